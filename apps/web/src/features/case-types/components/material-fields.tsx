import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Switch } from 'antd';
import { applicantKindNames } from '../../cases/case-labels';
import type { ApplicantKind } from '../../policies/policy-types';

/** 材料清单: what each applicant kind hands in; new cases copy the list as it is when they start. */
export function MaterialFields({ kinds }: { kinds: ApplicantKind[] }) {
  const kindOptions = kinds.map((k) => ({ value: k, label: applicantKindNames[k] ?? k }));
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'label']}
                rules={[{ required: true, whitespace: true, message: '请填写材料名称' }]}
                style={{ marginBottom: 0 }}
              >
                <Input placeholder="材料名称" style={{ width: 300 }} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'applicantKind']} style={{ marginBottom: 0 }}>
                <Select options={kindOptions} style={{ width: 150 }} aria-label="申请人类型" />
              </Form.Item>
              <Form.Item name={[field.name, 'required']} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Switch checkedChildren="必交" unCheckedChildren="选交" />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label="删除材料"
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ label: '', applicantKind: kinds[0], group: '', required: true })}
            disabled={kinds.length === 0}
          >
            添加材料
          </Button>
        </>
      )}
    </Form.List>
  );
}
