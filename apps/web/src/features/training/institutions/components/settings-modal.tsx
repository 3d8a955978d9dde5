import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber, Typography } from 'antd';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { fetchSettings, type InstitutionSettings, institutionsKey, saveSettings } from '../institutions-api';

/**
 * 定点机构设置: the notice period and the length of a designation. The policy texts require the
 * notice but name neither figure, so the bureau sets them (defaults 5 working days and 2 years).
 */
export function SettingsModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<InstitutionSettings>();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: [...institutionsKey, 'settings'], queryFn: fetchSettings });
  const save = useFormSave(form, {
    mutationFn: saveSettings,
    successMessage: '设置已保存',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
      onClose();
    },
  });
  return (
    <FormModal
      title="定点机构设置"
      form={form}
      saving={save.isPending}
      submitTestId="institution-settings-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        政策要求按“条件公开、平等竞争、合理布局、择优认定、社会公示和公布”原则认定定点机构，但未规定公示天数和认定有效期，由市局设定。
      </Typography.Paragraph>
      {settings.data && (
        <Form<InstitutionSettings>
          form={form}
          layout="vertical"
          initialValues={settings.data}
          onFinish={save.mutate}
        >
          <Form.Item
            name="noticeWorkingDays"
            label="认定前公示期（工作日，首尾两日均计入）"
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={30} precision={0} />
          </Form.Item>
          <Form.Item name="validityYears" label="认定有效期（年）" rules={[{ required: true }]}>
            <InputNumber min={1} max={5} precision={0} />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}
