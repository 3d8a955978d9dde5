import { useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber, Typography } from 'antd';
import { dataOf, typedApi } from '../../../app/api/typed-client';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { type ReportTemplate, reportsKey } from '../report-api';

/** 报送时限设置: per report, the working day after the period's end by which it is due. */
export function DueSettingsModal({
  templates,
  onClose,
}: {
  templates: ReportTemplate[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, number>>();
  const client = useQueryClient();
  const save = useFormSave(form, {
    mutationFn: async (values: Record<string, number>) => {
      for (const t of templates)
        if (values[t.code] !== t.dueWorkingDays)
          await dataOf(
            typedApi.PUT('/api/reports/templates/{code}/due', {
              params: { path: { code: t.code } },
              body: { workingDays: values[t.code]! },
            }),
          );
    },
    successMessage: '报送时限已保存',
    onSaved: () => {
      void client.invalidateQueries({ queryKey: reportsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="报送时限设置"
      form={form}
      saving={save.isPending}
      submitTestId="due-settings-ok"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={Object.fromEntries(templates.map((t) => [t.code, t.dueWorkingDays]))}
        onFinish={(values) => save.mutate(values)}
      >
        {templates.map((t) => (
          <Form.Item
            key={t.code}
            name={t.code}
            label={`${t.title}：报告期结束后第几个工作日`}
            extra={<Typography.Text type="secondary">{t.due.basis}</Typography.Text>}
            rules={[{ required: true, type: 'integer', min: 1, max: 60, message: '请填写 1 至 60 的整数' }]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: 120 }} />
          </Form.Item>
        ))}
      </Form>
    </FormModal>
  );
}
