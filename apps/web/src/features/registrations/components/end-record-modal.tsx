import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { afterBureauToday, bureauTodayDay } from '../../../app/bureau-clock';
import { DictSelect } from '../../persons/components/dict-select';

interface EndRecordModalProps {
  title: string;
  dateLabel: string;
  reasonLabel: string;
  reasonDict: string;
  /** The record's start: the end may not be earlier. */
  startedOn: string;
  defaultReason?: string;
  submit: (date: string, reason: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

interface FormValues {
  date: Dayjs;
  reason: string;
}

/** Ends a record (就业登记终止 / 失业登记注销 / 就业困难退出) with a date and a dictionary reason. */
export function EndRecordModal(props: EndRecordModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (v: FormValues) => props.submit(v.date.format('YYYY-MM-DD'), v.reason),
    onSuccess: () => {
      message.success(`${props.title}已完成`);
      props.onDone();
    },
    onError: (error) => message.error(error.message),
  });
  const start = dayjs(props.startedOn);
  return (
    <Modal
      open
      title={props.title}
      okText="确定"
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'end-record-submit' }}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ date: bureauTodayDay(), reason: props.defaultReason }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="date"
          label={props.dateLabel}
          rules={[{ required: true, message: `请选择${props.dateLabel}` }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => afterBureauToday(d) || d.isBefore(start, 'day')}
            data-testid="end-record-date"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={props.reasonLabel}
          rules={[{ required: true, message: `请选择${props.reasonLabel}` }]}
        >
          <DictSelect dict={props.reasonDict} data-testid="end-record-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
