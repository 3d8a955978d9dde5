import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { PersonForm } from '../components/person-form';
import { fetchPerson, personsKey, updatePerson } from '../person-api';
import type { PersonBody } from '../person-types';

function PersonEditContent({ id }: { id: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PersonBody>();
  const person = useQuery({ queryKey: [...personsKey, 'detail', id], queryFn: () => fetchPerson(id) });
  const save = useMutation({
    mutationFn: ({ idNumber: _fixed, phone, ...values }: PersonBody) =>
      updatePerson(id, { ...values, ...(phone ? { phone } : {}), version: person.data?.version ?? 1 }),
    onSuccess: () => {
      message.success('人员信息已保存');
      void queryClient.invalidateQueries({ queryKey: personsKey });
      navigate(`/persons/${id}`, { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  if (person.isPending) return <Spin />;
  if (person.isError) return <QueryErrorResult error={person.error} onRetry={() => person.refetch()} />;
  const p = person.data;

  return (
    <Card title={`编辑人员：${p.name}（${p.idNumberMasked}）`}>
      <PersonForm
        form={form}
        mode="edit"
        initialValues={{
          name: p.name,
          ethnicity: p.ethnicity ?? undefined,
          education: p.education ?? undefined,
          hukouType: p.hukouType,
          hukouPlace: p.hukouPlace,
          address: p.address ?? undefined,
          orgId: p.org.id,
        }}
        submitting={save.isPending}
        onSubmit={(values) => save.mutate(values)}
        onCancel={() => navigate(`/persons/${id}`)}
      />
    </Card>
  );
}

export function PersonEditPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="person:write">
      <PersonEditContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
