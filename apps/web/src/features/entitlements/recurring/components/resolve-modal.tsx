import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio } from 'antd';
import { applyServerErrors } from '../../../../app/ui/form-errors';
import { entitlementsKey, type RecoveryItem, resolveRecovery } from '../recurring-api';

interface Values {
  status: 'recovered' | 'waived';
  note: string;
}

/** 处理多发: 已追回 (the money came back) or 核销 (written off), with a note of 2–200 字. */
export function ResolveModal({ recovery, onClose }: { recovery: RecoveryItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      resolveRecovery(recovery.id, { version: recovery.version, status: v.status, note: v.note.trim() }),
    onSuccess: () => {
      message.success('已处理');
      void queryClient.invalidateQueries({ queryKey: entitlementsKey });
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title={`处理多发：${recovery.fromMonth === recovery.toMonth ? recovery.fromMonth : `${recovery.fromMonth} 至 ${recovery.toMonth}`}`}
      okText="确定"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'recovery-resolve-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ status: 'recovered' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="status" label="处理结果" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'recovered', label: '已追回' },
              { value: 'waived', label: '核销' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="说明"
          rules={[
            { required: true, whitespace: true, message: '请填写说明' },
            { min: 2, max: 200, message: '说明为2至200字' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder="如：单位已退回多拨付的补贴，收据号……"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
