import { PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApiError } from '../../../app/api-error';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { type ActionSpec, stepsWithMaterials } from '../case-actions';
import { runCaseStep } from '../case-api';
import { type StepValues, stepBody } from '../case-step-body';
import type { Ticks } from '../case-ticks';
import type { CaseDetail } from '../case-types';
import { EvaluationSummary } from './case-evaluation-card';
import { supplementNoticePrintHref } from './case-record-cards';
import {
  ApproveForm,
  MaterialsSummary,
  NoteField,
  OverrideForm,
  ReEvaluateForm,
  RejectForm,
  ReturnForm,
  ReviewForm,
} from './step-forms';

interface StepModalProps {
  spec: ActionSpec;
  detail: CaseDetail;
  ticks: Ticks;
  /** the case file the step answered */
  onDone: (updated: CaseDetail) => void;
  /** someone else changed the case: reload it */
  onStale: () => void;
  onClose: () => void;
}

function stepForm(action: string, detail: CaseDetail, ticks: Ticks): ReactNode {
  const props = { detail, ticks };
  switch (action) {
    case 'accept':
      return (
        <>
          <MaterialsSummary {...props} blocking />
          <NoteField label="受理意见" testId="accept-note" />
        </>
      );
    case 'submit':
    case 'resubmit':
      return (
        <>
          <MaterialsSummary {...props} blocking={false} />
          <Typography.Paragraph type="secondary">
            按已保存的申请信息提交；「申请信息」中未保存的修改不会提交。
          </Typography.Paragraph>
          <NoteField label="说明" testId={`${action}-note`} />
        </>
      );
    case 'return':
      return <ReturnForm {...props} />;
    case 'review':
      return <ReviewForm {...props} />;
    case 're_evaluate':
      return <ReEvaluateForm {...props} />;
    case 'override_amount':
      return <OverrideForm {...props} />;
    case 'approve':
      return <ApproveForm {...props} />;
    case 'reject':
      return <RejectForm />;
    default:
      return <NoteField label="撤回原因" testId="withdraw-note" />;
  }
}

/** What the officer needs to see after the step: the rule's result, or the notice to print. */
function StepResult({ action, updated }: { action: string; updated: CaseDetail }) {
  if (action === 'return') {
    const notice = updated.supplementNotices[0];
    return (
      <Result
        status="success"
        title="已退回补正"
        subTitle={notice ? `一次性补正材料告知书 ${notice.number}` : undefined}
        extra={
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            href={supplementNoticePrintHref(updated.id)}
            target="_blank"
          >
            打印补正告知书
          </Button>
        }
      />
    );
  }
  if (!updated.frozenEvaluation) return <Result status="success" title="已完成" />;
  return <EvaluationSummary result={updated.frozenEvaluation} detail={updated} />;
}

/** Results worth reading before closing: the review's verdict and the supplement notice. */
const showsResult = (action: string) => ['review', 're_evaluate', 'return'].includes(action);

/** One lifecycle step: a small form, then POST with the case version; a stale version reloads the case. */
export function CaseStepModal({ spec, detail, ticks, onDone, onStale, onClose }: StepModalProps) {
  const [form] = Form.useForm<StepValues>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [updated, setUpdated] = useState<CaseDetail | null>(null);
  const step = useMutation({
    mutationFn: (values: StepValues) => {
      const ticksSent = stepsWithMaterials.includes(spec.action) ? ticks : undefined;
      const ctx = { version: detail.version, ticks: ticksSent, previousChecks: detail.humanChecks };
      return runCaseStep(detail.id, spec.step!, stepBody(spec.action, values, ctx));
    },
    meta: { silentError: true },
    onSuccess: (data) => {
      onDone(data);
      if (showsResult(spec.action)) setUpdated(data);
      else {
        message.success(`${spec.label}：操作成功`);
        onClose();
      }
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'STALE') {
        message.error(error.message);
        onStale();
        onClose();
        return;
      }
      if (!applyFieldErrors(form, error)) setFailure(error.message);
    },
  });

  if (updated)
    return (
      <Modal
        open
        title={`${spec.title}：结果`}
        width={760}
        onCancel={onClose}
        footer={
          <Button type="primary" autoInsertSpace={false} onClick={onClose} data-testid="case-step-close">
            关闭
          </Button>
        }
      >
        <div data-testid="case-step-result">
          <StepResult action={spec.action} updated={updated} />
        </div>
      </Modal>
    );

  return (
    <Modal
      open
      title={spec.title}
      width={spec.action === 'review' || spec.action === 're_evaluate' ? 680 : 560}
      okText={spec.okText}
      okButtonProps={{ danger: spec.danger, 'data-testid': 'case-step-ok' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={failure}
          data-testid="case-step-error"
        />
      ) : null}
      <Form<StepValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setFailure(null);
          step.mutate(values);
        }}
      >
        {stepForm(spec.action, detail, ticks)}
      </Form>
    </Modal>
  );
}
