import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { bureauNow } from '../../../app/bureau-clock';
import { resetUserPassword, unlockUser, updateUser, usersKey } from '../user-api';
import type { UserItem } from '../user-types';

interface UserRowActionsProps {
  user: UserItem;
  onEdit: () => void;
  onPasswordReset: (password: string) => void;
}

export function isLocked(user: UserItem): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > bureauNow();
}

export function UserRowActions({ user, onEdit, onPasswordReset }: UserRowActionsProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersKey });

  const toggleStatus = useMutation({
    mutationFn: () => updateUser(user.id, { status: user.status === 'active' ? 'disabled' : 'active' }),
    onSuccess: () => {
      message.success(user.status === 'active' ? '用户已禁用' : '用户已启用');
      return refresh();
    },
  });
  const reset = useMutation({
    mutationFn: () => resetUserPassword(user.id),
    onSuccess: (answer) => {
      onPasswordReset(answer.initialPassword);
      return refresh();
    },
  });
  const unlock = useMutation({
    mutationFn: () => unlockUser(user.id),
    onSuccess: () => {
      message.success('用户已解锁');
      return refresh();
    },
  });

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        编辑
      </Button>
      <Popconfirm
        title={`确定重置 ${user.displayName} 的密码？`}
        description="将生成新的初始密码，用户下次登录须修改。"
        onConfirm={() => reset.mutateAsync()}
      >
        <Button type="link" size="small" loading={reset.isPending}>
          重置密码
        </Button>
      </Popconfirm>
      {isLocked(user) ? (
        <Button type="link" size="small" loading={unlock.isPending} onClick={() => unlock.mutate()}>
          解锁
        </Button>
      ) : null}
      <Popconfirm
        title={user.status === 'active' ? `确定禁用 ${user.displayName}？` : `确定启用 ${user.displayName}？`}
        description={user.status === 'active' ? '禁用后该用户将无法登录，已有会话将失效。' : undefined}
        onConfirm={() => toggleStatus.mutateAsync()}
      >
        <Button type="link" size="small" danger={user.status === 'active'} loading={toggleStatus.isPending}>
          {user.status === 'active' ? '禁用' : '启用'}
        </Button>
      </Popconfirm>
    </Space>
  );
}
