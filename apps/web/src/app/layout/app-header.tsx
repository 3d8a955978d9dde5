import { DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Layout, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { logout } from '../auth/auth-api';
import type { CurrentUser } from '../auth/auth-types';
import { meQueryKey } from '../auth/use-me';

export function AppHeader({ user }: { user: CurrentUser }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      navigate('/login', { replace: true });
    },
  });

  return (
    <Layout.Header
      style={{
        background: '#fff',
        padding: '0 16px',
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 16,
      }}
    >
      <Space size={4} wrap data-testid="header-roles">
        {user.roles.map((role) => (
          <Tag key={role.code} color="red">
            {role.name}
          </Tag>
        ))}
      </Space>
      <Typography.Text type="secondary" data-testid="header-org">
        {user.org.name}
      </Typography.Text>
      <Dropdown
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
          ],
          onClick: ({ key }) => {
            if (key === 'password') navigate('/change-password');
            if (key === 'logout') signOut.mutate();
          },
        }}
      >
        <Button type="text" data-testid="user-menu">
          <Space>
            <span data-testid="header-user">{user.displayName}</span>
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      <Button
        icon={<LogoutOutlined />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
        data-testid="logout"
      >
        退出
      </Button>
    </Layout.Header>
  );
}
