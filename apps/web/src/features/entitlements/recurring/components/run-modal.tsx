import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { afterBureauMonth } from '../../../../app/bureau-clock';
import { applyServerErrors } from '../../../../app/ui/form-errors';
import { entitlementsKey, type RecurringPolicyId, startRun, useRecurringPolicies } from '../recurring-api';

interface Values {
  policyId: RecurringPolicyId;
  month: Dayjs;
}

/** 生成发放名单: a policy and a month (not after the bureau's current month); opens the run. */
export function RunModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const policies = useRecurringPolicies();
  const save = useMutation({
    mutationFn: (v: Values) => startRun({ policyId: v.policyId, month: v.month.format('YYYY-MM') }),
    onSuccess: (run) => {
      message.success(`发放名单已生成：列入 ${run.listedCount} 人，停发 ${run.stoppedCount} 人`);
      void queryClient.invalidateQueries({ queryKey: entitlementsKey });
      onClose();
      navigate(`/entitlements/runs/${run.id}`);
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title="生成发放名单"
      okText="生成"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'run-submit' }}
    >
      <Typography.Paragraph type="secondary">
        对本期应发放的定期待遇逐一核查登记信息中的停发情形：仍符合的列入名单并生成申领案件（按规则核定金额），出现停发情形的停发并注明原因；已拨付期间事后发现不应发放的，生成多发追回任务。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ policyId: policies.length === 1 ? policies[0]!.id : undefined }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="policyId" label="政策" rules={[{ required: true, message: '请选择政策' }]}>
          <Select options={policies.map((p) => ({ value: p.id, label: p.name }))} data-testid="run-policy" />
        </Form.Item>
        <Form.Item name="month" label="发放月份" rules={[{ required: true, message: '请选择发放月份' }]}>
          <DatePicker picker="month" disabledDate={afterBureauMonth} data-testid="run-month" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
