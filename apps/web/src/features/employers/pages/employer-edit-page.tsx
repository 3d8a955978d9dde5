import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { applyServerErrors } from '../../../app/ui/form-errors';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { EmployerForm } from '../components/employer-form';
import { employersKey, fetchEmployer, updateEmployer } from '../employer-api';
import type { EmployerBody } from '../employer-types';

function EmployerEditContent({ id }: { id: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EmployerBody>();
  const employer = useQuery({ queryKey: [...employersKey, 'detail', id], queryFn: () => fetchEmployer(id) });
  const save = useMutation({
    mutationFn: ({ creditCode: _fixed, phone, ...values }: EmployerBody) =>
      updateEmployer(id, { ...values, ...(phone ? { phone } : {}), version: employer.data?.version ?? 1 }),
    onSuccess: () => {
      message.success('用人单位信息已保存');
      void queryClient.invalidateQueries({ queryKey: employersKey });
      navigate(`/employers/${id}`, { replace: true });
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });

  if (employer.isPending) return <Spin />;
  if (employer.isError) return <QueryErrorResult error={employer.error} onRetry={() => employer.refetch()} />;
  const e = employer.data;

  return (
    <Card title={`编辑用人单位：${e.name}（${e.creditCode}）`}>
      <EmployerForm
        form={form}
        mode="edit"
        initialValues={{
          name: e.name,
          type: e.type,
          industry: e.industry,
          size: e.size ?? undefined,
          address: e.address ?? undefined,
          orgId: e.org.id,
        }}
        submitting={save.isPending}
        onSubmit={(values) => save.mutate(values)}
        onCancel={() => navigate(`/employers/${id}`)}
      />
    </Card>
  );
}

export function EmployerEditPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="employer:write">
      <EmployerEditContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
