import { Form, Input } from 'antd';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';

export interface StepField {
  name: string;
  label: string;
  multiline?: boolean;
  initial?: string;
}

interface Props {
  title: string;
  fields: StepField[];
  successMessage: string;
  testId: string;
  run: (values: Record<string, string>) => Promise<unknown>;
  onClose: () => void;
}

/** A report step that asks for a few required texts (上报: names for the footer; 更正, 退回: a reason). */
export function ReportStepModal({ title, fields, successMessage, testId, run, onClose }: Props) {
  const [form] = Form.useForm<Record<string, string>>();
  const save = useFormSave(form, { mutationFn: run, successMessage, onSaved: onClose });
  return (
    <FormModal
      title={title}
      form={form}
      saving={save.isPending}
      submitTestId={`${testId}-ok`}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']))}
        onFinish={(values) => save.mutate(values)}
      >
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={[{ required: true, whitespace: true, message: `请填写${f.label}` }]}
          >
            {f.multiline ? (
              <Input.TextArea rows={3} maxLength={500} data-testid={`${testId}-${f.name}`} />
            ) : (
              <Input maxLength={30} data-testid={`${testId}-${f.name}`} />
            )}
          </Form.Item>
        ))}
      </Form>
    </FormModal>
  );
}
