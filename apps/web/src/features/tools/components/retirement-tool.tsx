import { type RetirementCategory, statutoryRetirement } from '@minsheng/rules/national/retirement.ts';
import { Card, DatePicker, Descriptions, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';

interface Values {
  birth?: Dayjs | null;
  category: RetirementCategory;
}

const categories: { value: RetirementCategory; label: string }[] = [
  { value: 'male', label: '男职工（原 60 周岁）' },
  { value: 'female_cadre', label: '女职工（原 55 周岁）' },
  { value: 'female_worker', label: '女职工（原 50 周岁）' },
];

/** 法定退休年龄计算: the statutory retirement month under the 2025 gradual raising of the age. */
export function RetirementTool() {
  const [form] = Form.useForm<Values>();
  const birth = Form.useWatch('birth', form);
  const category = Form.useWatch('category', form);
  const r = birth && category ? statutoryRetirement(birth.format('YYYY-MM-01'), category) : null;
  return (
    <Card title="法定退休年龄计算">
      <Form<Values> form={form} layout="inline" initialValues={{ category: 'male' }}>
        <Form.Item name="birth" label="出生年月">
          <DatePicker picker="month" data-testid="retirement-birth" />
        </Form.Item>
        <Form.Item name="category" label="类别">
          <Select options={categories} style={{ width: 200 }} />
        </Form.Item>
      </Form>
      {r ? (
        <Descriptions
          style={{ marginTop: 16 }}
          size="small"
          column={1}
          bordered
          data-testid="retirement-answer"
        >
          <Descriptions.Item label="法定退休年龄">
            {r.ageYears} 周岁{r.ageMonths > 0 ? ` ${r.ageMonths} 个月` : ''}（原 {r.originalAgeYears}{' '}
            周岁，延迟 {r.delayMonths} 个月）
          </Descriptions.Item>
          <Descriptions.Item label="退休月份">{r.retirementMonth.replace('-', ' 年 ')} 月</Descriptions.Item>
          <Descriptions.Item label="最早弹性提前退休">
            {r.earliestFlexibleMonth.replace('-', ' 年 ')} 月
          </Descriptions.Item>
          <Descriptions.Item label="依据">
            全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
