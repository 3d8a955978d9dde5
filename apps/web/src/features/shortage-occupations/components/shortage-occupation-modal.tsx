import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { createShortageOccupation, type ShortageOccupationBody } from '../shortage-occupation-api';

interface FormValues extends Omit<ShortageOccupationBody, 'publishedOn'> {
  publishedOn: Dayjs;
}

/** Adds one occupation to the catalogue; it applies from its publication date on. */
export function ShortageOccupationModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const save = useFormSave(form, {
    mutationFn: ({ publishedOn, refDoc, ...rest }: FormValues) =>
      createShortageOccupation({
        ...rest,
        publishedOn: publishedOn.format('YYYY-MM-DD'),
        refDoc: refDoc?.trim() || undefined,
      }),
    successMessage: '已加入紧缺工种目录',
    // Already listed with that date (409) belongs under the occupation.
    conflictField: 'occupation',
    onSaved,
  });

  return (
    <FormModal
      title="登记紧缺工种"
      form={form}
      saving={save.isPending}
      submitTestId="shortage-submit"
      onClose={onClose}
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item
          name="occupation"
          label="职业（工种）"
          rules={[
            { required: true, whitespace: true, message: '请输入职业（工种）' },
            { max: 100, message: '职业（工种）不能超过 100 个字符' },
          ]}
        >
          <Input data-testid="shortage-occupation" />
        </Form.Item>
        <Form.Item
          name="catalogueName"
          label="目录名称"
          rules={[
            { required: true, whitespace: true, message: '请输入目录名称' },
            { max: 200, message: '目录名称不能超过 200 个字符' },
          ]}
        >
          <Input placeholder="如：2026 年度紧缺工种目录" data-testid="shortage-catalogue" />
        </Form.Item>
        <Form.Item
          name="publishedOn"
          label="公布日期"
          extra="自公布之日起执行"
          rules={[{ required: true, message: '请选择公布日期' }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="shortage-published-on" />
        </Form.Item>
        <Form.Item
          name="refDoc"
          label="文件依据"
          rules={[{ max: 200, message: '文件依据不能超过 200 个字符' }]}
        >
          <Input placeholder="发文字号" data-testid="shortage-ref-doc" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
