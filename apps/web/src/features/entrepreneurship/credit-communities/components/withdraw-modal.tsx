import { Form, Input } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type Evaluation, withdraw } from '../credit-communities-api';

/** 撤销称号 by the bureau, with its reason (audited). */
export function WithdrawModal(props: {
  name: string;
  evaluation: Evaluation;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useFormSave(form, {
    mutationFn: ({ reason }: { reason: string }) =>
      withdraw(props.evaluation.id, { reason, version: props.evaluation.version }),
    successMessage: '已撤销信用社区称号',
    onSaved: props.onSaved,
  });
  return (
    <FormModal
      title={`撤销 ${props.name} ${props.evaluation.year}年度信用社区称号`}
      form={form}
      saving={save.isPending}
      submitTestId="credit-community-withdraw-save"
      onClose={props.onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="reason"
          label="撤销理由"
          rules={[{ required: true, whitespace: true, message: '请写明撤销理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
