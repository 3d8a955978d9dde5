import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { FormModal, useFormSave } from '../../../app/ui/form-modal';
import { updateCase } from '../case-api';
import type { CaseDetail } from '../case-types';
import { type CaseFactField, changeCaseFacts } from './case-facts-api';
import { type FieldNameMap, factText } from './fact-text';

/** The least a reason must say (the server's MIN_REASON). */
const MIN_REASON = 5;

/** How the value is given: declared data of a draft, or a change of a pre-filled fact with a reason. */
export type ChangeMode = 'declare' | 'change';

interface Values {
  value?: unknown;
  reason?: string;
}

/** The control for a field's type; Form.Item hands it `value`, `onChange` and `id` to pass on. */
function ValueInput({ field, ...control }: { field: CaseFactField; value?: unknown; id?: string }) {
  const props = { ...control, 'data-testid': 'fact-change-value' } as Record<string, unknown>;
  if (field.enum)
    return (
      <Select {...props} options={field.enum.map((v) => ({ value: v, label: field.enumLabels?.[v] ?? v }))} />
    );
  if (field.type === 'boolean')
    return (
      <Radio.Group {...props}>
        <Radio value>是</Radio>
        <Radio value={false}>否</Radio>
      </Radio.Group>
    );
  if (field.type === 'number' || field.type === 'integer')
    return (
      <InputNumber
        {...props}
        min={field.minimum}
        max={field.maximum}
        precision={field.type === 'integer' ? 0 : undefined}
        style={{ width: 200 }}
      />
    );
  return (
    <Input
      {...props}
      maxLength={field.maxLength}
      placeholder={field.format === 'date' ? 'YYYY-MM-DD' : undefined}
      style={{ maxWidth: 320 }}
    />
  );
}

/** The application data with one declared value set (a draft's own answers need no reason). */
function declare(application: Record<string, unknown>, path: readonly string[], value: unknown) {
  const out = structuredClone(application);
  let o = out;
  for (const p of path.slice(0, -1)) {
    if (typeof o[p] !== 'object' || o[p] === null) o[p] = {};
    o = o[p] as Record<string, unknown>;
  }
  o[path.at(-1)!] = value;
  return out;
}

/**
 * 修改 one field of the application form. A pre-filled fact is changed with a reason of at least
 * five characters (audited, shown to the reviewer); a draft's declared answer is simply saved.
 * Nothing is pre-selected for a value not given: the officer chooses it.
 */
export function FactChangeModal({
  detail,
  field,
  mode,
  names,
  onDone,
  onClose,
}: {
  detail: CaseDetail;
  field: CaseFactField;
  mode: ChangeMode;
  names: FieldNameMap;
  onDone: (d: CaseDetail) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const path = field.path.join('.');
  const save = useFormSave(form, {
    mutationFn: async ({ value, reason }: Values) =>
      onDone(
        mode === 'declare'
          ? await updateCase(detail.id, {
              version: detail.version,
              application: declare(detail.application, field.path, value),
            })
          : await changeCaseFacts(detail.id, detail.version, [{ path, value, reason: reason ?? '' }]),
      ),
    successMessage: mode === 'declare' ? '申请信息已保存' : '已修改，审核时显示修改理由',
    onSaved: onClose,
  });
  const current = factText(field.value, path, names);
  return (
    <FormModal
      title={`修改「${field.titles.join(' · ')}」`}
      form={form}
      saving={save.isPending}
      submitTestId="fact-change-ok"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ value: field.value ?? undefined }}
        onFinish={(values) => save.mutate(values)}
      >
        <Typography.Paragraph type="secondary">当前值：{current || '（未填写）'}</Typography.Paragraph>
        <Form.Item name="value" label="新的值" rules={[{ required: true, message: '请填写新的值' }]}>
          <ValueInput field={field} />
        </Form.Item>
        {mode === 'change' ? (
          <Form.Item
            name="reason"
            label="修改理由"
            extra="记入审计日志，审核人员审核时可见"
            rules={[
              { required: true, whitespace: true, message: '请写明修改理由' },
              { min: MIN_REASON, message: `理由至少 ${MIN_REASON} 个字` },
            ]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="fact-change-reason" />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
