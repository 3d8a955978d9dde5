import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Form } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useFormSave } from '../../../../app/ui/form-modal';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { applyClass, classesKey, fetchClass, fetchFormOptions, updateClass } from '../classes-api';
import { ClassForm, type ClassFormValues, fromClass, toBody } from '../components/class-form';

function ClassFormContent() {
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ClassFormValues>();
  const options = useQuery({ queryKey: [...classesKey, 'form-options'], queryFn: fetchFormOptions });
  const existing = useQuery({
    queryKey: [...classesKey, 'detail', id],
    queryFn: () => fetchClass(id!),
    enabled: Boolean(id),
  });
  const save = useFormSave(form, {
    mutationFn: (v: ClassFormValues) =>
      id ? updateClass(id, { ...toBody(v), version: existing.data!.version }) : applyClass(toBody(v)),
    successMessage: id ? '开班申请已修改' : '开班申请已提交，等待市局审批',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: classesKey });
      navigate(id ? `/training/classes/${id}` : '/training/classes');
    },
  });
  const error = options.error ?? existing.error;
  if (error) return <QueryErrorResult error={error} onRetry={() => void options.refetch()} />;
  if (!options.data || (id && !existing.data)) return <PageSpin />;
  return (
    <Card title={id ? `修改开班申请 ${existing.data?.number ?? ''}` : '申请开班'}>
      <ClassForm
        form={form}
        options={options.data}
        {...(existing.data
          ? { initial: fromClass(existing.data), employerName: existing.data.employerName }
          : {})}
        saving={save.isPending}
        onSubmit={(v) => save.mutate(v)}
        onCancel={() => navigate(-1)}
      />
    </Card>
  );
}

/** 申请开班 / 修改开班申请 (institution staff). */
export function ClassFormPage() {
  return (
    <PermissionGate permission="training:operate">
      <ClassFormContent />
    </PermissionGate>
  );
}
