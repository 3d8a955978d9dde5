import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { applyServerErrors } from '../../../app/ui/form-errors';
import { dismissLead, type LeadDetail, leadsKey } from '../screening-api';

/** 排除: the officer closes a lead with the reason (2–200 字); later runs do not raise it again. */
export function DismissModal({ lead, onClose }: { lead: LeadDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: { reason: string }) => dismissLead(lead.id, lead.version, v.reason.trim()),
    onSuccess: () => {
      message.success('线索已排除');
      void queryClient.invalidateQueries({ queryKey: leadsKey });
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Modal
      open
      title={`排除线索：${lead.person.name}`}
      okText="确认排除"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'lead-dismiss-save' }}
    >
      <Typography.Paragraph type="secondary">
        排除后该线索不再提示，以后的筛查也不会再次列出。请写明核实的情况。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="reason"
          label="排除理由"
          rules={[
            { required: true, whitespace: true, message: '请填写排除理由' },
            { min: 2, max: 200, message: '排除理由为2至200字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：经电话核实，本人已在外地就业" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
