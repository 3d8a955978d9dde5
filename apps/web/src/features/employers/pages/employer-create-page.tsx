import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { applyServerErrors } from '../../../app/ui/form-errors';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { EmployerForm } from '../components/employer-form';
import { createEmployer, employersKey } from '../employer-api';
import type { EmployerBody } from '../employer-types';

function EmployerCreateContent() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EmployerBody>();
  const create = useMutation({
    mutationFn: (values: EmployerBody) => createEmployer({ ...values, phone: values.phone || undefined }),
    onSuccess: (employer) => {
      message.success('用人单位已登记');
      void queryClient.invalidateQueries({ queryKey: employersKey });
      navigate(`/employers/${employer.id}`, { replace: true });
    },
    // A duplicate credit code (409) belongs under the credit code.
    onError: (error) => {
      if (!applyServerErrors(form, error, 'creditCode')) message.error(error.message);
    },
  });

  return (
    <Card title="登记用人单位">
      <EmployerForm
        form={form}
        mode="create"
        submitting={create.isPending}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => navigate('/employers')}
      />
    </Card>
  );
}

export function EmployerCreatePage() {
  return (
    <PermissionGate permission="employer:write">
      <EmployerCreateContent />
    </PermissionGate>
  );
}
