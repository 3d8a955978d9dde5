import { useMutation, useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Spin } from 'antd';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { createRole, fetchPermissions, type RoleBody, updateRole } from '../role-api';
import { type DataScope, dataScopeLabels, type Role } from '../role-types';
import { PermissionCheckboxes } from './permission-checkboxes';

interface RoleFormModalProps {
  /** The role to edit; undefined to create one. */
  role?: Role;
  onClose: () => void;
  onSaved: () => void;
}

const dataScopeOptions = (Object.keys(dataScopeLabels) as DataScope[]).map((value) => ({
  value,
  label: dataScopeLabels[value],
}));

export function RoleFormModal({ role, onClose, onSaved }: RoleFormModalProps) {
  const [form] = Form.useForm<RoleBody>();
  const dataScope = Form.useWatch('dataScope', form);
  const permissions = useQuery({ queryKey: ['permissions'], queryFn: fetchPermissions, staleTime: Infinity });

  const save = useMutation({
    mutationFn: (values: RoleBody) => {
      const body = {
        ...values,
        customOrgIds: values.dataScope === 'custom' ? (values.customOrgIds ?? []) : [],
      };
      return role ? updateRole(role.id, body) : createRole(body);
    },
    onSuccess: onSaved,
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Modal
      open
      title={role ? `编辑角色：${role.name}` : '新建角色'}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={760}
    >
      <Form<RoleBody>
        form={form}
        layout="vertical"
        initialValues={
          role
            ? {
                code: role.code,
                name: role.name,
                permissions: role.permissions,
                dataScope: role.dataScope,
                customOrgIds: role.customOrgIds,
              }
            : { permissions: [], dataScope: 'subtree', customOrgIds: [] }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="code"
          label="角色编码"
          rules={[
            { required: true, message: '请输入角色编码' },
            {
              pattern: /^[a-z][a-z0-9_]{2,40}$/,
              message: '角色编码为 3–41 位小写字母、数字或下划线，以字母开头',
            },
          ]}
        >
          <Input disabled={role?.builtin} data-testid="role-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label="角色名称"
          rules={[
            { required: true, whitespace: true, message: '请输入角色名称' },
            { min: 2, max: 40, message: '角色名称应为 2 至 40 个字符' },
          ]}
        >
          <Input data-testid="role-name" />
        </Form.Item>
        <Form.Item name="dataScope" label="数据范围" rules={[{ required: true, message: '请选择数据范围' }]}>
          <Select options={dataScopeOptions} data-testid="role-data-scope" />
        </Form.Item>
        {dataScope === 'custom' ? (
          <Form.Item
            name="customOrgIds"
            label="自定义机构"
            rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个机构' }]}
          >
            <OrgTreeSelect multiple data-testid="role-custom-orgs" />
          </Form.Item>
        ) : null}
        <Form.Item name="permissions" label="权限">
          {permissions.isPending ? (
            <Spin />
          ) : permissions.isError ? (
            <QueryErrorAlert error={permissions.error} onRetry={() => permissions.refetch()} />
          ) : (
            <PermissionCheckboxes permissions={permissions.data} />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
