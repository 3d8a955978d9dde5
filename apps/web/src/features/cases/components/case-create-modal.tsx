import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { certificatesKey, fetchPersonCertificates } from '../../certificates/certificate-api';
import { PersonPicker } from '../../households/components/person-picker';
import { caseTypesKey, createCase, fetchCaseTypes } from '../case-api';
import { applicantKindNames, concernsPerson } from '../case-labels';
import type { CaseDetail, CaseTypeDef, CreateCaseBody } from '../case-types';
import { CaseTypeSelect } from './case-type-select';
import { EmployerPicker } from './employer-picker';

interface CreateValues {
  caseTypeId?: string;
  applicantKind?: CreateCaseBody['applicantKind'];
  personId?: string;
  employerId?: string;
  certificateId?: string;
  remark?: string;
  provided?: string[];
}

function toBody(values: CreateValues, type: CaseTypeDef): CreateCaseBody {
  const kind = values.applicantKind ?? type.applicantKinds[0] ?? 'person';
  const remark = values.remark?.trim();
  const application: Record<string, unknown> = remark ? { remark } : {};
  const provided = new Set(values.provided ?? []);
  return {
    caseTypeId: type.id,
    applicantKind: kind,
    ...(concernsPerson(kind) && values.personId ? { personId: values.personId } : {}),
    ...(concernsPerson(kind) && values.certificateId ? { certificateId: values.certificateId } : {}),
    ...(kind === 'employer' && values.employerId ? { employerId: values.employerId } : {}),
    application,
    materials: type.materials
      .filter((m) => m.applicantKind === kind)
      .map((m) => ({ code: m.code, provided: provided.has(m.code) })),
  };
}

/** 新建申请: choose the 事项, the applicant and the materials at hand; creates a draft and opens it. */
export function CaseCreateModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const navigate = useNavigate();
  const types = useQuery({ queryKey: caseTypesKey, queryFn: fetchCaseTypes, staleTime: 300_000 });
  const caseTypeId = Form.useWatch('caseTypeId', form);
  const kindValue = Form.useWatch('applicantKind', form);
  const personId = Form.useWatch('personId', form);
  const type = types.data?.find((t) => t.id === caseTypeId);
  const kind = kindValue ?? type?.applicantKinds[0];
  const certificates = useQuery({
    queryKey: [...certificatesKey, 'person', personId],
    queryFn: () => fetchPersonCertificates(personId ?? ''),
    enabled: Boolean(personId) && concernsPerson(kind),
  });
  const save = useFormSave(form, {
    mutationFn: (values: CreateValues) => {
      if (!type) throw new Error('请选择事项');
      return createCase(toBody(values, type));
    },
    successMessage: '已创建申请草稿',
    onSaved: () => undefined,
  });
  const materials = type?.materials.filter((m) => m.applicantKind === kind) ?? [];

  return (
    <FormModal
      title="新建申请"
      form={form}
      saving={save.isPending}
      submitTestId="case-create-save"
      onClose={onClose}
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(values, { onSuccess: (created) => navigate(`/cases/${(created as CaseDetail).id}`) })
        }
        onValuesChange={(changed) => {
          // Another 事项 has other applicant kinds and materials: start those choices again.
          if ('caseTypeId' in changed) form.setFieldsValue({ applicantKind: undefined, provided: [] });
          if ('personId' in changed) form.setFieldsValue({ certificateId: undefined });
        }}
      >
        <Form.Item name="caseTypeId" label="事项" rules={[{ required: true, message: '请选择事项' }]}>
          <CaseTypeSelect enabledOnly placeholder="选择申请事项" data-testid="case-create-type" />
        </Form.Item>
        {type ? (
          <Form.Item name="applicantKind" label="申请人类型">
            <Select
              placeholder={applicantKindNames[type.applicantKinds[0] ?? 'person']}
              options={type.applicantKinds.map((k) => ({ value: k, label: applicantKindNames[k] ?? k }))}
              data-testid="case-create-kind"
            />
          </Form.Item>
        ) : null}
        {type && concernsPerson(kind) ? (
          <>
            <Form.Item name="personId" label="申请人" rules={[{ required: true, message: '请选择申请人' }]}>
              <PersonPicker data-testid="case-create-person" />
            </Form.Item>
            {personId ? (
              <Form.Item name="certificateId" label="职业资格证书" extra="涉及证书的补贴须选择证书">
                <Select
                  allowClear
                  loading={certificates.isFetching}
                  placeholder={certificates.data?.items.length === 0 ? '该人员尚无登记的证书' : '选择证书'}
                  options={(certificates.data?.items ?? []).map((c) => ({
                    value: c.id,
                    label: `${c.occupation} ${c.level}级 ${c.number}（${c.issuedOn}）`,
                  }))}
                  data-testid="case-create-certificate"
                />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        {type && kind === 'employer' ? (
          <Form.Item
            name="employerId"
            label="用人单位"
            rules={[{ required: true, message: '请选择用人单位' }]}
          >
            <EmployerPicker data-testid="case-create-employer" />
          </Form.Item>
        ) : null}
        {type && kind === 'institution' ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="以本机构名义申请，申请人为本机构。"
          />
        ) : null}
        {materials.length ? (
          <Form.Item name="provided" label="已收到的材料" extra="勾选申请人已提交的材料；其余记为缺少">
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={materials.map((m) => ({
                value: m.code,
                label: `${m.label}${m.required ? '' : '（非必需）'}`,
              }))}
              data-testid="case-create-materials"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="remark" label="备注">
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder="申请说明（选填）"
            data-testid="case-create-remark"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
