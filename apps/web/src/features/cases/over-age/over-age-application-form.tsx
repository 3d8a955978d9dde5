import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../app/api-error';
import { saveOverAgeApplication } from './over-age-api';
import { areaLabels, femaleCategoryLabels, type OverAgeApplication, ownershipLabels } from './over-age-types';

type FormValues = Omit<OverAgeApplication, 'startedWorkOn' | 'leftEmployerOn'> & {
  startedWorkOn?: Dayjs | null;
  leftEmployerOn?: Dayjs | null;
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];
const required = (message: string) => [{ required: true, message }];
const asDate = (v: unknown) => (typeof v === 'string' ? dayjs(v) : undefined);

/** The street centre fills the written application (附件1) on a draft or returned case. */
export function OverAgeApplicationForm(props: {
  caseId: string;
  version: number;
  application: Record<string, unknown>;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const { startedWorkOn, leftEmployerOn, ...rest } = v;
      const body: OverAgeApplication = {
        ...rest,
        leftEmployerOn: leftEmployerOn?.format('YYYY-MM-DD') ?? '',
        ...(startedWorkOn ? { startedWorkOn: startedWorkOn.format('YYYY-MM-DD') } : {}),
      };
      return saveOverAgeApplication(props.caseId, props.version, body);
    },
    meta: { silentError: true },
    onSuccess: () => {
      message.success('申请信息已保存');
      props.onSaved();
    },
    onError: (error) => {
      message.error(error.message);
      // The server names fields as `application.<field>`: put each message under its field.
      if (error instanceof ApiError)
        form.setFields(
          error.fieldErrors.map((e) => ({
            name: e.path.replace(/^application\./, '').split('.')[0] as keyof FormValues,
            errors: [e.message],
          })),
        );
    },
  });
  const a = props.application;
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{
        ...a,
        startedWorkOn: asDate(a.startedWorkOn),
        leftEmployerOn: asDate(a.leftEmployerOn),
      }}
      onFinish={(v) => save.mutate(v)}
      data-testid="over-age-application-form"
    >
      <Form.Item name="formerEmployerName" label="原工作单位名称" rules={required('请填写原工作单位名称')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="ownership" label="原单位性质" rules={required('请选择原单位性质')}>
        <Select options={options(ownershipLabels)} />
      </Form.Item>
      <Form.Item name="formalEmployment" label="是否通过劳动部门办理正式就业手续" rules={required('请选择')}>
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item name="startedWorkOn" label="参加工作时间">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="leftEmployerOn" label="离开原单位时间" rules={required('请选择离开原单位时间')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="declaredServiceYears"
        label="本人申报连续工龄（年，含军龄等视同工龄，以经办机构确认为准）"
      >
        <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="area" label="户籍所在区（市）" rules={required('请选择户籍所在区（市）')}>
        <Select options={options(areaLabels)} />
      </Form.Item>
      <Form.Item
        name="insuredSinceLeaving"
        label="离开原单位后是否参加过基本养老或基本医疗保险"
        rules={required('请选择')}
      >
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item name="receivingPension" label="是否已享受定期基本养老待遇" rules={required('请选择')}>
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item name="femaleRetirementCategory" label="女性原身份（男性不填）">
        <Select allowClear options={options(femaleCategoryLabels)} />
      </Form.Item>
      <Form.Item name="address" label="现住址">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="phone" label="联系电话">
        <Input maxLength={30} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存申请信息
      </Button>
    </Form>
  );
}
