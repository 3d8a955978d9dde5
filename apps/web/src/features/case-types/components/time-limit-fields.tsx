import { Form, InputNumber, Space, Tag, Typography } from 'antd';
import type { CaseTypeTimeLimit } from '../case-type-settings-api';

const unitLabels: Record<CaseTypeTimeLimit['unit'], string> = {
  days: '日',
  working_days: '个工作日',
  day_of_month: '日前（每月）',
};
const sourceTags: Record<CaseTypeTimeLimit['source'], { color: string; label: string }> = {
  policy: { color: 'blue', label: '政策规定' },
  default: { color: 'default', label: '默认' },
  admin: { color: 'orange', label: '本局调整' },
};

/**
 * 办理时限: every limit stays (the server refuses a removed workflow step); only the amount is
 * edited. A changed policy limit becomes the bureau's own (本局调整) and the audit keeps both.
 */
export function TimeLimitFields({ limits }: { limits: CaseTypeTimeLimit[] }) {
  return (
    <Form.List name="timeLimits">
      {(fields) =>
        fields.map((field) => {
          const limit = limits[field.name]!;
          const tag = sourceTags[limit.source];
          return (
            <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
              <Typography.Text style={{ width: 150, display: 'inline-block' }}>{limit.label}</Typography.Text>
              <Form.Item
                name={[field.name, 'amount']}
                rules={[{ required: true, message: '请填写时限' }]}
                style={{ marginBottom: 0 }}
              >
                <InputNumber min={1} max={366} precision={0} aria-label={`${limit.label}时限`} />
              </Form.Item>
              <span>{unitLabels[limit.unit]}</span>
              <Typography.Text type="secondary">
                自{limit.from}
                {limit.clause ? `（${limit.clause}）` : ''}
              </Typography.Text>
              <Tag color={tag.color}>{tag.label}</Tag>
            </Space>
          );
        })
      }
    </Form.List>
  );
}
