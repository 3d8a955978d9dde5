import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';

/**
 * Health data is sensitive personal information: before it is shown, the viewer states why (2–200
 * 字); the server keeps the purpose in the audit log with every view.
 */
export function PurposeDialog<T>({
  title,
  reveal,
  onRevealed,
  onClose,
}: {
  title: string;
  reveal: (purpose: string) => Promise<T>;
  onRevealed: (data: T) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ purpose: string }>();
  const run = useMutation({ mutationFn: (purpose: string) => reveal(purpose), onSuccess: onRevealed });
  return (
    <Modal
      open
      title={title}
      okText="确认查看"
      cancelText="取消"
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'purpose-ok' } as never}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="体检结果属于敏感个人信息，查看须说明用途，每次查看均记入审计日志。"
      />
      <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v.purpose.trim())}>
        <Form.Item
          name="purpose"
          label="查看用途"
          rules={[
            { required: true, whitespace: true, message: '请说明查看用途' },
            { min: 2, max: 200, message: '查看用途为2至200字' },
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={200}
            showCount
            placeholder="如：出具纸质体检报告、质量抽查复核"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
