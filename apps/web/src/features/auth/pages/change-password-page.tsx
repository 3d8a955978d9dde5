import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { changePassword } from '../../../app/auth/auth-api';
import { StageGuard } from '../../../app/auth/stage-guard';
import { stagePaths } from '../../../app/auth/stage-paths';
import { useMe, useRefreshMe } from '../../../app/auth/use-me';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { AuthCard } from '../components/auth-card';
import { passwordStrengthHint } from '../components/password-strength';

interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePasswordForm() {
  const [form] = Form.useForm<ChangePasswordValues>();
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const me = useMe();
  const forced = me.data?.stage === 'change_password';

  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: async (answer) => {
      await refreshMe();
      navigate(stagePaths[answer.stage], { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <AuthCard
      title="修改密码"
      subtitle={forced ? '首次登录或密码已被重置，请先设置新密码。' : '请输入当前密码并设置新密码。'}
    >
      <Alert
        type="info"
        showIcon
        title="新密码建议至少 8 位，包含大写字母、小写字母、数字、符号中的至少 3 类；以系统安全策略为准。"
        style={{ marginBottom: 16 }}
      />
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        onFinish={({ oldPassword, newPassword }) => change.mutate({ oldPassword, newPassword })}
      >
        <Form.Item
          name="oldPassword"
          label="当前密码"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" data-testid="old-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          dependencies={['oldPassword']}
          rules={[
            { required: true, message: '请输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value === getFieldValue('oldPassword'))
                  throw new Error('新密码不能与当前密码相同');
              },
            }),
            passwordStrengthHint,
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword'))
                  throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={change.isPending}
          data-testid="change-password-submit"
        >
          确认修改
        </Button>
        {forced ? null : (
          <Button type="link" block onClick={() => navigate(-1)} style={{ marginTop: 8 }}>
            返回
          </Button>
        )}
      </Form>
    </AuthCard>
  );
}

export function ChangePasswordPage() {
  return (
    <StageGuard stages={['change_password', 'full']}>
      <ChangePasswordForm />
    </StageGuard>
  );
}
