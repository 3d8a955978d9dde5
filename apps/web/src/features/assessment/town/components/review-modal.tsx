import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { reviewSubmission, type SubmissionView, townAssessmentKey } from '../town-assessment-api';

type Decision = { accepted?: number; denominator?: number | null; reason?: string };
interface Values {
  decisions: Record<string, Decision>;
}

/** The city's review: each figure accepted as claimed or adjusted with a reason the town will read. */
export function ReviewModal({ submission, onClose }: { submission: SubmissionView; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const figures = submission.figures.filter((f) => f.claimed !== null);
  const review = useMutation({
    mutationFn: (v: Values) =>
      reviewSubmission(
        submission.id,
        figures.map((f) => {
          const d = v.decisions[f.code] ?? {};
          return {
            code: f.code,
            accepted: d.accepted ?? f.claimed!,
            denominator: f.claimedDenominator === null ? null : (d.denominator ?? f.claimedDenominator),
            reason: d.reason?.trim() || null,
          };
        }),
      ),
    onSuccess: () => {
      message.success('审核完成，该季度已锁定');
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
      onClose();
    },
    onError: (error) => message.error(error.message),
  });
  const changed = (code: string) => {
    const f = figures.find((x) => x.code === code)!;
    const d: Decision = form.getFieldValue(['decisions', code]) ?? {};
    return (
      d.accepted !== f.claimed || (f.claimedDenominator !== null && d.denominator !== f.claimedDenominator)
    );
  };

  return (
    <Modal
      open
      width={820}
      title={`审核${submission.townName}${submission.year}年第${submission.quarter}季度上报`}
      okText="确认审核"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={review.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'review-confirm' }}
    >
      <Typography.Paragraph type="secondary">
        核定数与上报数相同即为确认；修改核定数须说明理由（10–500字），理由将告知街镇。审核后该季度锁定。
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          decisions: Object.fromEntries(
            figures.map((f) => [f.code, { accepted: f.claimed!, denominator: f.claimedDenominator }]),
          ),
        }}
        onFinish={(v) => review.mutate(v)}
      >
        {figures.map((f) => (
          <Space key={f.code} align="start" wrap>
            <Form.Item
              name={['decisions', f.code, 'accepted']}
              label={`${f.label}（上报 ${f.claimed}${f.claimedDenominator === null ? '' : `/${f.claimedDenominator}`}${
                f.systemCount ? `，系统统计 ${f.systemCount.value}` : ''
              }）`}
              rules={[{ required: true, message: '请填写核定数' }]}
            >
              <InputNumber min={0} precision={0} style={{ width: 150 }} data-testid={`review-${f.code}`} />
            </Form.Item>
            {f.claimedDenominator !== null ? (
              <Form.Item name={['decisions', f.code, 'denominator']} label="核定分母">
                <InputNumber min={0} precision={0} style={{ width: 120 }} />
              </Form.Item>
            ) : null}
            <Form.Item
              name={['decisions', f.code, 'reason']}
              label="调整理由"
              dependencies={[
                ['decisions', f.code, 'accepted'],
                ['decisions', f.code, 'denominator'],
              ]}
              rules={[
                {
                  validator: async (_, value?: string) => {
                    const n = value?.trim().length ?? 0;
                    if (changed(f.code) && (n < 10 || n > 500))
                      throw new Error('调整核定数须说明理由（10–500字）');
                  },
                },
              ]}
            >
              <Input.TextArea
                rows={1}
                maxLength={500}
                style={{ width: 300 }}
                data-testid={`review-${f.code}-reason`}
              />
            </Form.Item>
          </Space>
        ))}
      </Form>
    </Modal>
  );
}
