import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../app/bureau-clock';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { updateContract } from '../insurance-api';
import type { Contract } from '../insurance-types';
import { testId } from './test-id';

interface FormValues {
  endedOn: Dayjs;
  endReason: string;
}

/** Ends a contract before its agreed end (解除/终止) with the date and the reason. */
export function ContractEndModal({
  contract,
  onClose,
  onSaved,
}: {
  contract: Contract;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      updateContract(contract.id, {
        endedOn: v.endedOn.format('YYYY-MM-DD'),
        endReason: v.endReason.trim(),
        version: contract.version,
      }),
    onSuccess: () => {
      message.success('劳动合同已解除（终止）');
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title={`解除（终止）劳动合同：${contract.employer.name}`}
      okText="确认解除"
      okButtonProps={{ danger: true, ...testId('contract-end-submit') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="endedOn"
          label="解除（终止）日期"
          rules={[{ required: true, message: '请选择解除（终止）日期' }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => afterBureauToday(d) || d.isBefore(dayjs(contract.startsOn), 'day')}
            data-testid="contract-ended-on"
          />
        </Form.Item>
        <Form.Item
          name="endReason"
          label="原因"
          rules={[
            { required: true, whitespace: true, message: '请填写解除或终止劳动合同的原因' },
            { max: 200, message: '原因不能超过 200 个字符' },
          ]}
        >
          <Input.TextArea
            rows={2}
            placeholder="如：协商一致解除、劳动者辞职、合同期满终止"
            data-testid="contract-end-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
