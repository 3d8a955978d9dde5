import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import {
  concludeExamination,
  type ExaminationPage,
  healthChecksKey,
  type PackageItem,
  saveResults,
} from '../examinations-api';
import { bodyOf, type Exam, initialValues, type ResultValues } from '../results-body';

function ItemResult({ code }: { code: string }) {
  const declined = Form.useWatch(['items', code, 'declined']) as boolean | undefined;
  return declined ? (
    <Form.Item name={['items', code, 'signed']} valuePropName="checked" noStyle>
      <Checkbox data-testid={`item-${code}-signed`}>本人已签字</Checkbox>
    </Form.Item>
  ) : (
    <Space>
      <Form.Item name={['items', code, 'value']} noStyle rules={[{ max: 500, message: '最多500字' }]}>
        <Input
          maxLength={500}
          style={{ width: 260 }}
          aria-label="检查结果"
          data-testid={`item-${code}-value`}
        />
      </Form.Item>
      <Form.Item name={['items', code, 'abnormal']} valuePropName="checked" noStyle>
        <Checkbox data-testid={`item-${code}-abnormal`}>异常</Checkbox>
      </Form.Item>
    </Space>
  );
}

/**
 * Step 2: the package item by item (a result with 异常, or 放弃 with 本人已签字, 第二十条), the
 * conclusion and advice (第十二条) and the coded findings; 保存 keeps a draft, 出具结论 concludes.
 */
export function ResultsForm({ page, exam }: { page: ExaminationPage; exam: Exam }) {
  const [form] = Form.useForm<ResultValues>();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(exam.version);
  const save = useMutation({
    mutationFn: () => saveResults(exam.id, bodyOf(page.items, form.getFieldsValue(true), version)),
    onSuccess: (r) => {
      setVersion(r.version);
      message.success('已保存');
    },
  });
  const conclude = useMutation({
    mutationFn: () => concludeExamination(exam.id, bodyOf(page.items, form.getFieldsValue(true), version)),
    onSuccess: () => {
      message.success('已出具结论');
      // the examinee's day list, findings, archives and weekly figures all change with a conclusion
      void queryClient.invalidateQueries({ queryKey: healthChecksKey });
    },
  });
  return (
    <Form<ResultValues> form={form} layout="vertical" initialValues={initialValues(exam)}>
      <Table<PackageItem>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={page.items}
        data-testid="examination-items"
        columns={[
          { title: '体检项目', dataIndex: 'name', key: 'name', width: 220 },
          {
            title: '参考值',
            key: 'ref',
            width: 160,
            render: (_: unknown, i) => (i.referenceRange ? `${i.referenceRange} ${i.unit}` : '—'),
          },
          { title: '检查结果', key: 'result', render: (_: unknown, i) => <ItemResult code={i.code} /> },
          {
            title: '放弃',
            key: 'declined',
            width: 80,
            render: (_: unknown, i) => (
              <Form.Item name={['items', i.code, 'declined']} valuePropName="checked" noStyle>
                <Checkbox data-testid={`item-${i.code}-declined`}>放弃</Checkbox>
              </Form.Item>
            ),
          },
        ]}
      />
      <Form.Item name="conclusion" label="体检结论" style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="examination-conclusion" />
      </Form.Item>
      <Form.Item name="advice" label="健康建议">
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="examination-advice" />
      </Form.Item>
      <Form.Item name="findings" label="异常发现（重要异常将生成通知任务）">
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          data-testid="examination-findings"
          options={page.findingCodes.map((f) => ({
            value: f.code,
            label: f.serious ? `${f.label}（重要异常）` : f.label,
          }))}
        />
      </Form.Item>
      <Space>
        <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="examination-save">
          保存
        </Button>
        <Button
          type="primary"
          onClick={() => {
            // 第二十条: an item declined without the examinee's signature is not paid — say so first
            const values = form.getFieldsValue(true) as ResultValues;
            const unsigned = page.items.filter(
              (i) => values.items?.[i.code]?.declined && !values.items[i.code]?.signed,
            );
            if (unsigned.length === 0) return conclude.mutate();
            modal.confirm({
              title: '有放弃项目未经本人签字',
              content: `${unsigned.map((i) => i.name).join('、')}：体检职工未在健康档案相应位置签字认可，医保处不予支付此项费用（第二十条）。仍要出具结论？`,
              okText: '出具结论',
              cancelText: '返回签字',
              onOk: () => conclude.mutate(),
            });
          }}
          loading={conclude.isPending}
          data-testid="examination-conclude"
        >
          出具结论
        </Button>
      </Space>
    </Form>
  );
}
