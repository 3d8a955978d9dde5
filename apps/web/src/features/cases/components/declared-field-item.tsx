import { Form, Select, Switch } from 'antd';
import type { DeclaredField } from '../case-application-fields';

/** One declared application field (申领项目, 本市组织 …) under `declared.<name>` of its form. */
export function DeclaredFieldItem({ field, testIdPrefix }: { field: DeclaredField; testIdPrefix: string }) {
  return (
    <Form.Item
      name={['declared', field.name]}
      label={field.label}
      initialValue={field.initial}
      valuePropName={field.kind === 'boolean' ? 'checked' : 'value'}
      extra={field.help}
    >
      {field.kind === 'boolean' ? (
        <Switch checkedChildren="是" unCheckedChildren="否" data-testid={`${testIdPrefix}-${field.name}`} />
      ) : (
        <Select options={field.options} data-testid={`${testIdPrefix}-${field.name}`} />
      )}
    </Form.Item>
  );
}
