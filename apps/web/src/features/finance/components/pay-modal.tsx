import { Form, Input, Modal, Typography } from 'antd';
import { formatYuan } from '../../../app/format/money';
import { type PlanDetail, payPlan } from '../finance-api';
import { usePlanAction } from './use-plan-action';

/** 拨付: one transfer for the whole plan, every pending payment paid with one bank reference. */
export function PayModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ bankReference: string }>();
  const pay = usePlanAction(
    plan.id,
    (v: { bankReference: string }) => payPlan(plan.id, v.bankReference.trim()),
    (p) => `已登记拨付 ${p.totals.paidCount} 笔，合计 ${formatYuan(p.totals.paidAmount)}`,
    { onSuccess: onClose },
  );
  return (
    <Modal
      open
      title="拨付"
      okText="确认拨付"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pay.isPending}
      okButtonProps={{ 'data-testid': 'plan-pay-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        待支付 {plan.totals.pendingCount} 笔，合计 {formatYuan(plan.totals.pendingAmount)}
        ，以一笔银行划款支付。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => pay.mutate(v)} preserve={false}>
        <Form.Item
          name="bankReference"
          label="银行流水号"
          rules={[
            { required: true, whitespace: true, message: '请填写银行流水号' },
            { pattern: /^[A-Za-z0-9\-_/]{4,64}$/, message: '银行流水号须为4至64位字母、数字或 - _ /' },
          ]}
        >
          <Input maxLength={64} data-testid="plan-bank-reference" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
