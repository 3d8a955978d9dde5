import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../app/api-error';
import { login } from '../../../app/auth/auth-api';
import { clearSessionExpired, isSessionExpired } from '../../../app/auth/session-expiry';
import { stagePaths } from '../../../app/auth/stage-paths';
import { useRefreshMe } from '../../../app/auth/use-me';
import { AuthCard } from '../components/auth-card';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  // Where the stage guard sent us from, to return there once fully signed in.
  const from = (location.state as { from?: string } | null)?.from;
  const queryClient = useQueryClient();
  const refreshMe = useRefreshMe();
  const [expired] = useState(isSessionExpired);
  useEffect(clearSessionExpired, []);

  const signIn = useMutation({
    mutationFn: login,
    meta: { silentError: true },
    onSuccess: async (answer) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      await refreshMe();
      navigate(answer.stage === 'full' && from ? from : stagePaths[answer.stage], { replace: true });
    },
  });

  return (
    <AuthCard title="用户登录">
      {expired && !signIn.isError ? (
        <Alert
          type="warning"
          showIcon
          title="登录已超时或已被强制下线，请重新登录"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {signIn.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(signIn.error)}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : null}
      <Form<LoginValues> layout="vertical" onFinish={(values) => signIn.mutate(values)} autoComplete="off">
        <Form.Item
          name="username"
          label="用户名"
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
        >
          <Input
            size="large"
            prefix={<UserOutlined />}
            placeholder="用户名"
            data-testid="login-username"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            placeholder="密码"
            autoComplete="current-password"
            data-testid="login-password"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={signIn.isPending}
          data-testid="login-submit"
        >
          登录
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/public/training" data-testid="login-public-training">
          定点培训机构名单及开班信息（无需登录）
        </Link>
        <br />
        <Link to="/public/entrepreneurship-projects" data-testid="login-public-projects">
          创业项目资源库（无需登录）
        </Link>
        <br />
        <Link to="/public/credit-communities" data-testid="login-public-credit-communities">
          信用社区名单（无需登录）
        </Link>
      </div>
    </AuthCard>
  );
}
