import { regionOf } from '@minsheng/rules/national/region-names.ts';
import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import { Alert, Card, Descriptions, Input } from 'antd';
import { useState } from 'react';

/**
 * 身份证号码校验, in the browser: nothing is sent to the server or kept, so the number the officer
 * types is neither logged nor stored.
 */
export function IdCheckTool() {
  const [value, setValue] = useState('');
  const parsed = value.trim() ? parseResidentId(value, { allow15: true }) : null;
  const region = parsed?.ok ? regionOf(parsed.regionCode) : null;
  return (
    <Card title="公民身份号码校验">
      <Input.Search
        placeholder="输入 18 位（或 15 位）公民身份号码"
        allowClear
        enterButton="校验"
        onSearch={setValue}
        style={{ maxWidth: 420 }}
        autoComplete="off"
        data-testid="id-input"
      />
      {parsed && !parsed.ok ? (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={`无效：${parsed.message}`}
          data-testid="id-answer"
        />
      ) : null}
      {parsed?.ok ? (
        <Descriptions style={{ marginTop: 16 }} size="small" column={1} bordered data-testid="id-answer">
          <Descriptions.Item label="结论">
            有效{parsed.converted ? `（已转换为 18 位：${parsed.id}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="出生日期">{parsed.birthDate}</Descriptions.Item>
          <Descriptions.Item label="性别">{parsed.gender === 'male' ? '男' : '女'}</Descriptions.Item>
          <Descriptions.Item label="地址码">
            {parsed.regionCode}
            {region?.name ? `（${region.name}）` : ''}
            {region && !region.county ? '，不在现行行政区划代码中' : ''}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
