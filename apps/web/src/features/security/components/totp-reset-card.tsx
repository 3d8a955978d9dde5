import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { resetTotp } from '../security-api';

/** For a user who lost the phone with their authenticator: they enrol a new one at next login. */
export function TotpResetCard() {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ username: string }>();
  const reset = useMutation({
    mutationFn: resetTotp,
    onSuccess: (_r, username) => {
      message.success(`已重置 ${username} 的动态口令，其会话已全部下线`);
      form.resetFields();
    },
  });
  const confirm = ({ username }: { username: string }) =>
    modal.confirm({
      title: `确定重置 ${username} 的动态口令？`,
      content: '该用户全部会话将下线；管理员下次登录时须重新绑定动态口令。此操作记入审计日志。',
      okButtonProps: { danger: true },
      onOk: () => reset.mutateAsync(username.trim()),
    });
  return (
    <Card title="重置动态口令" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        用户手机丢失或更换时使用；不能重置自己的动态口令。
      </Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={confirm}>
        <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input placeholder="用户名" data-testid="totp-reset-username" />
        </Form.Item>
        <Button htmlType="submit" danger loading={reset.isPending}>
          重置
        </Button>
      </Form>
    </Card>
  );
}
