import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { formatYuan, sumYuan } from '../../../app/format/money';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { createPlan, financeKey, plansKey, type QueueItem } from '../finance-api';

interface Values {
  title: string;
  note?: string;
}

/** 生成用款计划 from the selected cases of the payment queue, then open the new plan. */
export function PlanCreateModal({ cases, onClose }: { cases: QueueItem[]; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      createPlan({
        title: v.title,
        ...(v.note ? { note: v.note } : {}),
        cases: cases.map((c) => ({ id: c.id, version: c.version })),
      }),
    onSuccess: (plan) => {
      message.success(`已生成用款计划 ${plan.number}`);
      void queryClient.invalidateQueries({ queryKey: financeKey });
      void queryClient.invalidateQueries({ queryKey: plansKey });
      navigate(`/finance/plans/${plan.id}`);
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      // A case moved meanwhile (409): show the queue as it is now.
      void queryClient.invalidateQueries({ queryKey: financeKey });
    },
  });
  return (
    <Modal
      open
      title="生成用款计划"
      okText="生成"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'plan-create-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        共 {cases.length} 件，合计 {formatYuan(sumYuan(cases.map((c) => c.amount ?? '0')))}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false}>
        <Form.Item
          name="title"
          label="计划名称"
          rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}
          initialValue={`${bureauTodayDay().format('YYYY年M月')}用款计划`}
        >
          <Input maxLength={200} data-testid="plan-title" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={3} maxLength={500} data-testid="plan-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
