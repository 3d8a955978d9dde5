import { Checkbox, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { EmployerPicker } from '../../../cases/components/employer-picker';
import { PersonPicker } from '../../../households/components/person-picker';
import { addWorker } from '../recruitment-api';

interface Values {
  personId: string;
  employerId: string;
  hiredOn: Dayjs;
  forSpecialTask?: boolean;
}

/** 录入招工人员: the person and the enterprise from the registry, the hiring date, the special task. */
export function AddWorkerModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      addWorker(unitId, {
        personId: v.personId,
        employerId: v.employerId,
        hiredOn: v.hiredOn.format('YYYY-MM-DD'),
        forSpecialTask: v.forSpecialTask ?? false,
      }),
    successMessage: '已录入招工台账，请上传“五符合”材料后提交认定',
    conflictField: 'personId',
    onSaved: onClose,
  });
  return (
    <FormModal
      title="录入招工人员"
      form={form}
      saving={save.isPending}
      submitTestId="worker-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="personId"
          label="招工人员"
          rules={[{ required: true, message: '请选择已登记的人员' }]}
        >
          <PersonPicker data-testid="worker-person" />
        </Form.Item>
        <Form.Item name="employerId" label="录用企业" rules={[{ required: true, message: '请选择录用企业' }]}>
          <EmployerPicker data-testid="worker-employer" />
        </Form.Item>
        <Form.Item name="hiredOn" label="录用日期" rules={[{ required: true, message: '请选择录用日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={afterBureauToday}
            data-testid="worker-hired-on"
          />
        </Form.Item>
        <Form.Item name="forSpecialTask" valuePropName="checked">
          <Checkbox data-testid="worker-special">计入专项招工任务（重点企业）</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
