import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { PersonForm } from '../components/person-form';
import { createPerson, personsKey } from '../person-api';
import type { PersonBody } from '../person-types';

function PersonCreateContent() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PersonBody>();
  const create = useMutation({
    mutationFn: (values: PersonBody) => createPerson({ ...values, phone: values.phone || undefined }),
    onSuccess: (person) => {
      message.success('人员已登记');
      void queryClient.invalidateQueries({ queryKey: personsKey });
      navigate(`/persons/${person.id}`, { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Card title="登记人员">
      <PersonForm
        form={form}
        mode="create"
        submitting={create.isPending}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => navigate('/persons')}
      />
    </Card>
  );
}

export function PersonCreatePage() {
  return (
    <PermissionGate permission="person:write">
      <PersonCreateContent />
    </PermissionGate>
  );
}
