import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useCurrentUser, usePermissions } from '../../../app/auth/use-me';
import { downloadReport, type ReportDetail, useGenerateReport, useReportActions } from '../report-api';
import { ReportStepModal, type StepField } from './report-step-modal';

type Step = 'submit' | 'correct' | 'return';

const steps: Record<Step, { title: string; fields: StepField[]; done: string }> = {
  submit: {
    title: '上报（上报后锁定）',
    fields: [
      { name: 'unitHead', label: '单位负责人' },
      { name: 'preparer', label: '填表人' },
    ],
    done: '已上报',
  },
  correct: {
    title: '更正：从业务记录重新生成新版本',
    fields: [{ name: 'reason', label: '更正原因', multiline: true }],
    done: '已生成更正版本',
  },
  return: {
    title: '退回修改',
    fields: [{ name: 'note', label: '退回原因', multiline: true }],
    done: '已退回',
  },
};

/** What the user may do with the report shown; the server checks every step again. */
export function ReportActions({
  report,
  onVersion,
}: {
  report: ReportDetail;
  onVersion: (v?: number) => void;
}) {
  const { message } = App.useApp();
  const can = usePermissions();
  const user = useCurrentUser();
  const actions = useReportActions(report.id);
  const regenerate = useGenerateReport();
  const [step, setStep] = useState<Step | null>(null);
  const current = report.version.version === report.currentVersion;
  const own = Number(user.org.id) === report.orgId;
  const prepare = can('report:prepare') && own && current;
  const review = can('report:review') && !own && current && report.status === 'submitted';

  const run = async (values: Record<string, string>) => {
    if (step === 'submit')
      return actions.submit.mutateAsync({ unitHead: values.unitHead!, preparer: values.preparer! });
    if (step === 'return') return actions.review.mutateAsync({ decision: 'return', note: values.note! });
    const { version } = await actions.correct.mutateAsync({ reason: values.reason! });
    onVersion(version);
  };

  return (
    <Space wrap>
      {prepare && report.status === 'draft' ? (
        <>
          <Button
            loading={regenerate.isPending}
            onClick={() =>
              regenerate.mutate(
                { templateCode: report.templateCode, period: report.period.key, orgId: report.orgId },
                { onSuccess: () => message.success('已从业务记录重新生成') },
              )
            }
            data-testid="report-regenerate"
          >
            重新生成
          </Button>
          <Button type="primary" onClick={() => setStep('submit')} data-testid="report-submit">
            上报
          </Button>
        </>
      ) : null}
      {prepare && report.status !== 'draft' ? (
        <Button onClick={() => setStep('correct')} data-testid="report-correct">
          更正
        </Button>
      ) : null}
      {review ? (
        <>
          <Button
            type="primary"
            loading={actions.review.isPending}
            onClick={() =>
              actions.review.mutate(
                { decision: 'accept' },
                { onSuccess: () => message.success('已审核通过') },
              )
            }
            data-testid="report-accept"
          >
            审核通过
          </Button>
          <Button danger onClick={() => setStep('return')} data-testid="report-return">
            退回
          </Button>
        </>
      ) : null}
      <Button icon={<DownloadOutlined />} onClick={() => downloadReport(report)} data-testid="report-export">
        导出 Excel
      </Button>
      <Button
        icon={<PrinterOutlined />}
        href={`/print/reports/${report.id}?version=${report.version.version}`}
        target="_blank"
        data-testid="report-print"
      >
        打印
      </Button>
      {step ? (
        <ReportStepModal
          title={steps[step].title}
          fields={steps[step].fields.map((f) =>
            f.name === 'preparer' ? { ...f, initial: user.displayName } : f,
          )}
          successMessage={steps[step].done}
          testId={`report-${step}-form`}
          run={run}
          onClose={() => setStep(null)}
        />
      ) : null}
    </Space>
  );
}
