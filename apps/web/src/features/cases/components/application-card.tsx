import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ApiError } from '../../../app/api-error';
import { exampleFromSchema } from '../../policies/example-input';
import type { JsonSchema } from '../../policies/policy-types';
import { cleanValue, deepMerge, unwrapNullable } from '../application-schema';
import { updateCase } from '../case-api';
import { declaredFieldsOf, REMARK } from '../case-application-fields';
import { factLabel } from '../case-fact-labels';
import { inputValueLabels } from '../case-input-labels';
import type { CaseDetail } from '../case-types';
import { usePolicyOf } from './case-evaluation-card';
import { DeclaredFieldItem } from './declared-field-item';

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';

function placeholderOf(s: JsonSchema): string | undefined {
  if (s.format === 'date') return 'YYYY-MM-DD';
  if (s.pattern === MONTH) return 'YYYY-MM';
  if (typeof s.pattern === 'string' && s.pattern.startsWith('^\\d+')) return '如 1000.00';
  return undefined;
}

function SchemaField({ name, keyName, schema }: { name: NamePath; keyName: string; schema: JsonSchema }) {
  const { schema: s, nullable } = unwrapNullable(schema);
  const path = name as (string | number)[];
  const label = factLabel(keyName);
  if (s.type === 'object' && s.properties)
    return (
      <fieldset
        style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 12px', marginBottom: 12 }}
      >
        <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', margin: 0, border: 0 }}>
          {label}
        </legend>
        {Object.entries(s.properties).map(([k, child]) => (
          <SchemaField key={k} name={[...path, k]} keyName={k} schema={child} />
        ))}
      </fieldset>
    );
  const common = { name: path, label, extra: nullable ? '不适用的可留空' : undefined };
  if (Array.isArray(s.enum))
    return (
      <Form.Item {...common}>
        <Select
          allowClear={nullable}
          options={s.enum.map((v) => ({
            value: v as string,
            label: inputValueLabels[String(v)] ?? String(v),
          }))}
        />
      </Form.Item>
    );
  if (s.type === 'boolean')
    return (
      <Form.Item {...common} valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    );
  if (s.type === 'integer' || s.type === 'number')
    return (
      <Form.Item {...common}>
        <InputNumber min={typeof s.minimum === 'number' ? s.minimum : undefined} style={{ width: 200 }} />
      </Form.Item>
    );
  if (s.type === 'string')
    return (
      <Form.Item {...common}>
        <Input placeholder={placeholderOf(s)} style={{ maxWidth: 320 }} />
      </Form.Item>
    );
  return (
    <Form.Item label={label}>
      <Typography.Text type="secondary">此项请在纸质材料中核对</Typography.Text>
    </Form.Item>
  );
}

interface ApplicationValues {
  application?: Record<string, unknown>;
  declared?: Record<string, unknown>;
  remark?: string;
}

/** The application data to save: the declared fields or the schema form, and the remark. */
function toApplication(detail: CaseDetail, values: ApplicationValues, schema: JsonSchema | undefined) {
  const fromSchema =
    schema && values.application ? (cleanValue(schema, values.application) as Record<string, unknown>) : {};
  const remark = values.remark?.trim();
  const out: Record<string, unknown> = { ...detail.application, ...fromSchema, ...values.declared };
  if (remark) out[REMARK] = remark;
  else delete out[REMARK];
  return out;
}

/**
 * 申请信息: the declared application data a policy reads (申请填报) — the few fields of a policy
 * with its own list (Zhuhai), otherwise a form built from the policy's input schema: Chinese labels,
 * switches and dropdowns instead of JSON. Editable on drafts and returned cases; read-only after.
 */
export function ApplicationCard({ detail, onDone }: { detail: CaseDetail; onDone: (d: CaseDetail) => void }) {
  const declared = declaredFieldsOf(detail.policyId);
  const policy = usePolicyOf(detail.policyId);
  const [form] = Form.useForm<ApplicationValues>();
  const { message } = App.useApp();
  const editable = detail.availableActions.includes('update');
  const schema = declared.length ? undefined : policy.data?.inputSchema;
  const save = useMutation({
    mutationFn: (values: ApplicationValues) =>
      updateCase(detail.id, { version: detail.version, application: toApplication(detail, values, schema) }),
    meta: { silentError: true },
    onSuccess: (updated) => {
      message.success('申请信息已保存');
      onDone(updated);
    },
    onError: (error) => message.error(error instanceof ApiError ? error.message : '保存失败'),
  });
  if (!declared.length && !schema?.properties) return null;
  const remark = typeof detail.application[REMARK] === 'string' ? (detail.application[REMARK] as string) : '';
  const initialValues: ApplicationValues = declared.length
    ? {
        declared: Object.fromEntries(declared.map((f) => [f.name, detail.application[f.name] ?? f.initial])),
        remark,
      }
    : {
        application: deepMerge(exampleFromSchema(schema), detail.application) as Record<string, unknown>,
        remark,
      };

  return (
    <Card
      title="申请信息"
      size="small"
      data-testid="case-application"
      extra={
        editable ? (
          <Button type="primary" size="small" loading={save.isPending} onClick={() => form.submit()}>
            保存申请信息
          </Button>
        ) : null
      }
    >
      <Form<ApplicationValues>
        key={detail.version}
        form={form}
        layout="horizontal"
        labelCol={{ flex: '200px' }}
        labelWrap
        size="small"
        disabled={!editable}
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
      >
        {declared.map((f) => (
          <DeclaredFieldItem key={f.name} field={f} testIdPrefix="case-application" />
        ))}
        {Object.entries(schema?.properties ?? {}).map(([k, child]) => (
          <SchemaField key={k} name={['application', k]} keyName={k} schema={child} />
        ))}
        <Form.Item name="remark" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Card>
  );
}
