import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../../app/bureau-clock';
import { FormModal } from '../../../../app/ui/form-modal';
import { type Trainee, withdrawTrainee } from '../trainees-api';
import { useTraineeSave } from './use-trainee-save';

/** 退学 with its date (from the enrolment date to today). */
export function WithdrawModal({
  classId,
  trainee,
  onClose,
}: {
  classId: string;
  trainee: Trainee;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ withdrawnOn: Dayjs }>();
  const save = useTraineeSave(form, classId, onClose, {
    mutationFn: (v: { withdrawnOn: Dayjs }) =>
      withdrawTrainee(classId, trainee.id, v.withdrawnOn.format('YYYY-MM-DD')),
    successMessage: '已办理退学',
  });
  return (
    <FormModal
      title={`退学：${trainee.name}`}
      form={form}
      saving={save.isPending}
      submitTestId="withdraw-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="withdrawnOn"
          label="退学日期"
          rules={[{ required: true, message: '请选择退学日期' }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') < trainee.enrolledOn || afterBureauToday(d)}
            data-testid="withdraw-on"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
