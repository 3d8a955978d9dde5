import { Form, Input } from 'antd';
import { FormModal } from '../../../../app/ui/form-modal';
import { enrolTrainee } from '../trainees-api';
import { useTraineeSave } from './use-trainee-save';

/** 报名: one person by ID number; the server finds them in the registry and decides the group by the rules. */
export function EnrolModal({ classId, onClose }: { classId: string; onClose: () => void }) {
  const [form] = Form.useForm<{ idNumber: string }>();
  const save = useTraineeSave(form, classId, onClose, {
    mutationFn: (v: { idNumber: string }) => enrolTrainee(classId, v.idNumber),
    successMessage: '已报名',
    conflictField: 'idNumber',
  });
  return (
    <FormModal
      title="学员报名"
      form={form}
      saving={save.isPending}
      submitTestId="enrol-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="idNumber"
          label="公民身份号码"
          extra="学员须已在人员登记中；按登记信息判定是否属于本培训计划的培训对象"
          rules={[{ required: true, message: '请填写公民身份号码' }, { max: 30 }]}
        >
          <Input autoComplete="off" maxLength={30} data-testid="enrol-id-number" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
