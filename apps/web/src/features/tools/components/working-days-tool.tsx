import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Radio, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { type CalendarDay, fetchPeriodEnd, fetchWorkingDays } from '../../calendar/calendar-api';
import { DayKindTag, weekdayOf } from '../../calendar/components/day-kind-tag';

type Mode = 'working_days' | 'period';
interface Values {
  mode: Mode;
  start: Dayjs;
  days: number;
}

const daysTable = (days: CalendarDay[]) => (
  <Table<CalendarDay>
    rowKey="date"
    size="small"
    pagination={false}
    dataSource={days}
    columns={[
      { title: '日期', dataIndex: 'date', width: 120 },
      { title: '星期', dataIndex: 'date', width: 80, render: weekdayOf },
      { title: '原因', key: 'kind', render: (_, d) => <DayKindTag day={d} /> },
    ]}
    data-testid="tool-days"
  />
);

/**
 * 工作日计算器 on the server's calendar (packaged and entered years): the n-th working day after a
 * date, or the end of a period of n days with holiday postponement (民法典第二百零一条、第二百零三条).
 */
export function WorkingDaysTool() {
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<Mode>('working_days');
  const calc = useMutation({
    mutationFn: async ({ mode, start, days }: Values) => {
      const s = start.format('YYYY-MM-DD');
      return mode === 'working_days'
        ? { mode, answer: await fetchWorkingDays(s, days) }
        : { mode, answer: await fetchPeriodEnd(s, days) };
    },
  });
  const r = calc.data;
  return (
    <Card title="工作日计算">
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{ mode: 'working_days', days: 5 }}
        onValuesChange={(changed: Partial<Values>) => changed.mode && setMode(changed.mode)}
        onFinish={(v) => calc.mutate(v)}
      >
        <Form.Item name="mode">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'working_days', label: '第 N 个工作日' },
              { value: 'period', label: '期间届满日（N 日）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="start" label="起算日" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker data-testid="tool-start" />
        </Form.Item>
        <Form.Item
          name="days"
          label={mode === 'working_days' ? '工作日数' : '天数'}
          rules={[{ required: true }]}
        >
          <InputNumber
            min={mode === 'working_days' ? 0 : 1}
            max={mode === 'working_days' ? 1000 : 3660}
            data-testid="tool-days-input"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="tool-calc">
          计算
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        起算日当天不计入。期间届满日：最后一日是休息日或法定节假日的，以其后第一个工作日为届满日。
      </Typography.Paragraph>
      {calc.isError ? <QueryErrorAlert error={calc.error} /> : null}
      {r ? (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="tool-answer">
          {r.mode === 'working_days' ? (
            <Typography.Title level={5}>
              {r.answer.start} 之后第 {r.answer.workingDays} 个工作日：{r.answer.end}（
              {weekdayOf(r.answer.end)}）
            </Typography.Title>
          ) : (
            <Typography.Title level={5}>
              {r.answer.start} 起 {r.answer.days} 日，届满日：{r.answer.end}（{weekdayOf(r.answer.end)}）
              {r.answer.end !== r.answer.nominalEnd ? `，由 ${r.answer.nominalEnd} 顺延` : ''}
            </Typography.Title>
          )}
          {r.answer.provisionalYears.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={`工作日历尚无 ${r.answer.provisionalYears.join('、')} 年的节假日安排，该年只扣除了双休日，结果为暂定`}
            />
          ) : null}
          {r.mode === 'working_days'
            ? r.answer.notable.length > 0 && (
                <>
                  <Typography.Text>跳过的休息日、节假日和计入的调休上班日：</Typography.Text>
                  {daysTable(r.answer.notable)}
                </>
              )
            : r.answer.postponedOver.length > 0 && (
                <>
                  <Typography.Text>顺延跨过的日子：</Typography.Text>
                  {daysTable(r.answer.postponedOver)}
                </>
              )}
        </Space>
      ) : null}
    </Card>
  );
}
