import { Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FormActions } from '../../../../app/ui/form-actions';
import { useFormSave } from '../../../../app/ui/form-modal';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { creditCodeProblem } from '../../../employers/credit-code';
import { employerDicts } from '../../../employers/employer-types';
import { DictSelect } from '../../../persons/components/dict-select';
import { type BusinessBody, businessKindLabels, createBusiness } from '../businesses-api';

interface Values {
  kind: BusinessBody['kind'];
  creditCode: string;
  name: string;
  sector: string;
  industry: string;
  openedOn: Dayjs;
}

/**
 * 登记开业 of a trainee file (`?fileId=`, linked from the file's page): the credit code is checked
 * here as the server checks it; the server links the business to the registry's employer with
 * that code, or registers the employer.
 */
function CreateContent() {
  const [params] = useSearchParams();
  const fileId = params.get('fileId') ?? '';
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      createBusiness({
        fileId,
        kind: v.kind,
        creditCode: v.creditCode.trim().toUpperCase(),
        name: v.name,
        sector: v.sector,
        industry: v.industry,
        openedOn: v.openedOn.format('YYYY-MM-DD'),
      }).then((b) => navigate(`/entrepreneurship/businesses/${b.id}`)),
    successMessage: '创业实体已登记',
    conflictField: 'creditCode',
    onSaved: () => {},
  });
  return (
    <Card title="登记创业实体（开业）" data-testid="business-create-page">
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ kind: 'enterprise' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select
            options={Object.entries(businessKindLabels).map(([value, label]) => ({ value, label }))}
            data-testid="business-kind"
          />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          rules={[
            {
              validator: (_, v: string | undefined) => {
                const problem = creditCodeProblem(v ?? '');
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            },
          ]}
        >
          <Input maxLength={18} data-testid="business-credit-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, min: 2, max: 100, message: '请填写名称（2至100字）' }]}
        >
          <Input maxLength={100} data-testid="business-name" />
        </Form.Item>
        <Form.Item
          name="sector"
          label="经营项目（行业）"
          rules={[{ required: true, max: 50, message: '请填写经营项目' }]}
        >
          <Input maxLength={50} data-testid="business-sector" />
        </Form.Item>
        <Form.Item
          name="industry"
          label="国民经济行业门类"
          rules={[{ required: true, message: '请选择行业门类' }]}
          extra="登记库中尚无该单位时，用于登记用人单位"
        >
          <DictSelect dict={employerDicts.industry} data-testid="business-industry" />
        </Form.Item>
        <Form.Item
          name="openedOn"
          label="开业日期（营业执照成立日期）"
          rules={[{ required: true, message: '请选择开业日期' }]}
        >
          <DatePicker data-testid="business-opened-on" />
        </Form.Item>
        <FormActions submitting={save.isPending} submitTestId="business-save" onCancel={() => navigate(-1)} />
      </Form>
    </Card>
  );
}

export function BusinessCreatePage() {
  return (
    <PermissionGate permission="entrepreneurship:write">
      <CreateContent />
    </PermissionGate>
  );
}
