import { useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { hospitalsKey, type RegisterBody, registerHospital } from '../hospitals-api';
import { QualificationFields, StaffingFields } from './hospital-fields';

const initialValues: Partial<RegisterBody> = {
  general: true,
  insuranceDesignated: true,
  examiners: 0,
  plannedDailyVolume: 0,
};

/** 登记体检医院: a hospital's application (待认定); the checklist is recorded on its page. */
export function RegisterHospitalModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<RegisterBody>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useFormSave(form, {
    mutationFn: registerHospital,
    successMessage: '已登记体检医院，请在医院页面核对设施条件',
    conflictField: 'code',
    onSaved: () => void queryClient.invalidateQueries({ queryKey: hospitalsKey }),
  });
  return (
    <FormModal
      title="登记体检医院"
      form={form}
      saving={save.isPending}
      submitTestId="hospital-save"
      onClose={onClose}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) =>
          save.mutate(
            { ...v, chiefExaminerTitle: v.chiefExaminerTitle ?? null },
            { onSuccess: (h) => navigate(`/health-checks/hospitals/${(h as { id: string }).id}`) },
          )
        }
      >
        <Form.Item
          name="name"
          label="医院名称"
          rules={[{ required: true, min: 2, message: '请填写医院名称' }]}
        >
          <Input maxLength={100} placeholder="如：泰安市中心医院体检科" />
        </Form.Item>
        <Form.Item
          name="code"
          label="机构代码"
          rules={[
            { required: true, message: '请填写机构代码' },
            { pattern: /^[A-Za-z0-9-]{2,32}$/, message: '机构代码为2至32位字母、数字或短横线' },
          ]}
        >
          <Input maxLength={32} placeholder="统一社会信用代码或医疗机构登记号" />
        </Form.Item>
        <QualificationFields />
        <StaffingFields />
      </Form>
    </FormModal>
  );
}
