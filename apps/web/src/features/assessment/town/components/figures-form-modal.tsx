import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../../../../app/ui/form-errors';
import {
  createSubmission,
  type FigureBody,
  type PlanView,
  type SubmissionView,
  saveFigures,
  townAssessmentKey,
} from '../town-assessment-api';
import { unitLabels } from '../town-assessment-labels';

interface Values {
  townOrgId?: number;
  quarter?: number;
  figures: Record<string, { claimed?: number; denominator?: number; note?: string }>;
}

type Props = { onClose: () => void } & (
  | { plan: PlanView; submission?: undefined }
  | { plan?: undefined; submission: SubmissionView }
);

/** A town's figures of a quarter (a new draft from the plan, or the draft's figures changed). */
export function FiguresFormModal({ plan, submission, onClose }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const indicators =
    submission?.figures ??
    plan!.indicators.map((i) => ({ ...i, claimed: null, claimedDenominator: null, note: null }));
  const save = useMutation({
    mutationFn: (v: Values) => {
      const figures: FigureBody[] = indicators
        .filter((i) => typeof v.figures[i.code]?.claimed === 'number')
        .map((i) => ({
          code: i.code,
          claimed: v.figures[i.code]!.claimed!,
          denominator: i.method === 'rate_of_points' ? (v.figures[i.code]!.denominator ?? null) : null,
          note: v.figures[i.code]!.note || null,
        }));
      return submission
        ? saveFigures(submission.id, figures)
        : createSubmission({ townOrgId: v.townOrgId!, year: plan!.year, quarter: v.quarter!, figures });
    },
    onSuccess: (s) => {
      message.success('已保存草稿');
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
      onClose();
      if (!submission) navigate(`/town-assessment/submissions/${s.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) message.error(error.message);
    },
  });
  const initialFigures = Object.fromEntries(
    indicators.map((i) => [
      i.code,
      {
        claimed: i.claimed ?? undefined,
        denominator: i.claimedDenominator ?? undefined,
        note: i.note ?? undefined,
      },
    ]),
  );

  return (
    <Modal
      open
      width={760}
      title={
        submission
          ? `修改${submission.townName}${submission.year}年第${submission.quarter}季度上报`
          : '填报季度完成情况'
      }
      okText="保存草稿"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'figures-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ figures: initialFigures, townOrgId: plan?.towns[0]?.id }}
        onFinish={(v) => save.mutate(v)}
      >
        {plan ? (
          <Space>
            <Form.Item name="townOrgId" label="街镇" rules={[{ required: true, message: '请选择街镇' }]}>
              <Select
                style={{ width: 180 }}
                options={plan.towns.map((t) => ({ value: t.id, label: t.name }))}
              />
            </Form.Item>
            <Form.Item name="quarter" label="季度" rules={[{ required: true, message: '请选择季度' }]}>
              <Select
                style={{ width: 140 }}
                data-testid="figures-quarter"
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
              />
            </Form.Item>
          </Space>
        ) : null}
        {indicators.map((i) => (
          <Space key={i.code} align="start" wrap>
            <Form.Item
              name={['figures', i.code, 'claimed']}
              label={`${i.label}（${i.method === 'rate_of_points' ? '分子' : unitLabels[i.unit]}）`}
            >
              <InputNumber min={0} precision={0} style={{ width: 160 }} data-testid={`figure-${i.code}`} />
            </Form.Item>
            {i.method === 'rate_of_points' ? (
              <Form.Item name={['figures', i.code, 'denominator']} label="分母（基数）">
                <InputNumber
                  min={0}
                  precision={0}
                  style={{ width: 140 }}
                  data-testid={`figure-${i.code}-denominator`}
                />
              </Form.Item>
            ) : null}
            <Form.Item name={['figures', i.code, 'note']} label="说明">
              <Input maxLength={200} style={{ width: 220 }} />
            </Form.Item>
          </Space>
        ))}
        <Typography.Text type="secondary">
          上报前可随时修改；上报后如需修改请先撤回；市局审核后锁定。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
