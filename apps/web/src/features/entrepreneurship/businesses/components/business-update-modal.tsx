import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { type Business, businessesKey, updateBusiness } from '../businesses-api';

interface Values {
  declaredJobs: number | null;
  closedOn: Dayjs | null;
  closedReason: string | null;
}

/** Jobs declared at a follow-up, and the closing (date and reason), of a business. */
export function BusinessUpdateModal(props: { business: Business; onClose: () => void }) {
  const { business } = props;
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: (v: Values) =>
      updateBusiness(business.id, {
        version: business.version,
        declaredJobs: v.declaredJobs ?? null,
        closedOn: v.closedOn ? v.closedOn.format('YYYY-MM-DD') : null,
        closedReason: v.closedReason?.trim() || null,
      }),
    successMessage: '已保存',
    onSaved: () => {
      client.invalidateQueries({ queryKey: businessesKey });
      props.onClose();
    },
  });
  return (
    <FormModal
      title={`${business.name}：跟踪回访与注销`}
      form={form}
      saving={save.isPending}
      submitTestId="business-update-save"
      onClose={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          declaredJobs: business.declaredJobs,
          closedOn: business.closedOn ? dayjs(business.closedOn) : null,
          closedReason: business.closedReason,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="declaredJobs"
          label="回访申报的带动就业人数"
          extra="登记库中没有该企业其他人员的劳动合同或社保缴费记录时，以此数为准"
        >
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="closedOn" label="注销（停业）日期">
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="closedReason" label="注销（停业）原因" rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
