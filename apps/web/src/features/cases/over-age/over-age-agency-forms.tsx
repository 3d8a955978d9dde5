import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { afterBureauToday } from '../../../app/bureau-clock';
import { applyServerErrors } from '../../../app/ui/form-errors';
import { confirmServiceYears, recordBillPaid } from './over-age-api';
import type { OverAgeConfirmation } from './over-age-types';

interface ConfirmValues {
  serviceYears: number;
  deemedServiceYears: number;
  archiveNumber: string;
  basis: string;
}

/** 工龄认定: the city agency records the confirmed years and the electronic archive number. */
export function ServiceYearsForm(props: {
  caseId: string;
  current: OverAgeConfirmation | null;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfirmValues>();
  const save = useMutation({
    mutationFn: (v: ConfirmValues) =>
      confirmServiceYears(props.caseId, { ...v, version: props.current?.version }),
    meta: { silentError: true },
    onSuccess: () => {
      message.success('工龄认定已保存');
      props.onSaved();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) message.error(error.message);
    },
  });
  return (
    <Form<ConfirmValues>
      form={form}
      layout="vertical"
      initialValues={props.current ?? { deemedServiceYears: 0 }}
      onFinish={(v) => save.mutate(v)}
      data-testid="over-age-service-years-form"
    >
      <Form.Item
        name="serviceYears"
        label="确认的连续工龄（年，含视同工龄）"
        rules={[{ required: true, message: '请填写连续工龄' }]}
      >
        <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="deemedServiceYears" label="其中视同工龄（军龄等，年）">
        <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="archiveNumber"
        label="电子档案编号"
        rules={[{ required: true, message: '请填写电子档案编号' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="basis"
        label="认定依据（档案材料）"
        rules={[{ required: true, message: '请填写认定依据' }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {props.current ? '更正工龄认定' : '确认工龄并存入电子档案'}
      </Button>
    </Form>
  );
}

interface PaidValues {
  receiptNumber: string;
  paidOn: Dayjs;
}

/** The district agency records the payment of the back-payment bill. */
export function BillPaidForm(props: { caseId: string; decidedOn: string | null; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PaidValues>();
  const save = useMutation({
    mutationFn: (v: PaidValues) =>
      recordBillPaid(props.caseId, { receiptNumber: v.receiptNumber, paidOn: v.paidOn.format('YYYY-MM-DD') }),
    meta: { silentError: true },
    onSuccess: () => {
      message.success('缴费已登记');
      props.onSaved();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error, 'receiptNumber')) message.error(error.message);
    },
  });
  return (
    <Form<PaidValues>
      form={form}
      layout="inline"
      onFinish={(v) => save.mutate(v)}
      data-testid="over-age-paid-form"
    >
      <Form.Item
        name="receiptNumber"
        label="缴费收据号"
        rules={[{ required: true, message: '请填写缴费收据号' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="paidOn" label="缴费日期" rules={[{ required: true, message: '请选择缴费日期' }]}>
        <DatePicker
          disabledDate={(d) =>
            afterBureauToday(d) || (props.decidedOn ? d.isBefore(dayjs(props.decidedOn), 'day') : false)
          }
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        登记已缴费
      </Button>
    </Form>
  );
}
