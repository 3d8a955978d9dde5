import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import type { OrgId } from '../../orgs/org-types';
import { createUser, updateUser } from '../user-api';
import type { UserItem } from '../user-types';
import { RoleSelect } from './role-select';

interface UserFormValues {
  username: string;
  displayName: string;
  orgId: OrgId;
  roleIds: number[];
}

interface UserFormModalProps {
  /** The user to edit; undefined to create one. */
  user?: UserItem;
  onClose: () => void;
  onCreated: (username: string, initialPassword: string) => void;
  onUpdated: () => void;
}

export function UserFormModal({ user, onClose, onCreated, onUpdated }: UserFormModalProps) {
  const [form] = Form.useForm<UserFormValues>();

  const save = useMutation({
    mutationFn: async (values: UserFormValues) => {
      if (user) {
        const { username: _ignored, ...changes } = values;
        await updateUser(user.id, changes);
        return null;
      }
      return createUser(values);
    },
    onSuccess: (result) => (result ? onCreated(result.user.username, result.initialPassword) : onUpdated()),
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Modal
      open
      title={user ? `编辑用户：${user.username}` : '新建用户'}
      okText="保存"
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                orgId: user.org.id,
                roleIds: user.roles.map((r) => r.id),
              }
            : { roleIds: [] }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="username"
          label="用户名"
          rules={[
            { required: true, message: '请输入用户名' },
            {
              pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/,
              message: '用户名以字母开头，3–32 位字母、数字或 _ . -',
            },
          ]}
        >
          <Input disabled={Boolean(user)} data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { max: 40, message: '姓名不能超过 40 个字符' },
          ]}
        >
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="orgId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
          <OrgTreeSelect data-testid="user-org" />
        </Form.Item>
        <Form.Item
          name="roleIds"
          label="角色"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
        >
          <RoleSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
