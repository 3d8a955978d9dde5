import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type Expert, expertsKey, fetchExpertAccounts, updateExpert } from '../experts-api';

/**
 * Links an expert to a sign-in account of role 创业专家 (or unlinks it), so that the expert signs in
 * and finds the plans and projects assigned to him; accounts linked to another expert are shown taken.
 */
export function ExpertAccountModal({ expert, onClose }: { expert: Expert; onClose: () => void }) {
  const [form] = Form.useForm<{ userId?: string }>();
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: [...expertsKey, 'accounts'], queryFn: fetchExpertAccounts });
  const save = useFormSave(form, {
    mutationFn: (v: { userId?: string }) =>
      updateExpert(expert.id, {
        name: expert.name,
        field: expert.field,
        organisation: expert.organisation,
        qualifications: expert.qualifications,
        userId: v.userId ?? null,
        version: expert.version,
      }),
    successMessage: '已更新专家的登录账号',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: expertsKey });
      onClose();
    },
  });
  const options = (accounts.data ?? []).map((a) => {
    const taken = a.linkedTo !== null && a.id !== expert.userId;
    return {
      value: a.id,
      label: `${a.displayName}（${a.username}，${a.orgName}）${taken ? `：已关联专家${a.linkedTo}` : ''}`,
      disabled: taken,
    };
  });
  return (
    <FormModal
      title={`关联登录账号：${expert.name}`}
      form={form}
      saving={save.isPending}
      submitTestId="expert-account-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ userId: expert.userId ?? undefined }}
        onFinish={(v) => save.mutate(v)}
      >
        <QueryErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        <Form.Item
          name="userId"
          label="登录账号"
          extra="须为「创业专家」角色的账号；清空则取消关联。关联后专家登录即可看到待评审的计划书和项目。"
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={accounts.isLoading}
            options={options}
            notFoundContent="本辖区暂无创业专家角色的账号"
            data-testid="expert-account-select"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
