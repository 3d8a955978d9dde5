import { calendarYearProblems } from '@minsheng/rules/engine/calendar-year-check.ts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../app/api-error';
import { type DayEntry, enterYear, type YearDetail } from '../calendar-api';

interface DayRow {
  date: Dayjs | null;
  name: string;
}

interface Values {
  year: number;
  sourceDoc: string;
  holidays: DayRow[];
  workdays: DayRow[];
  replacePackaged: boolean;
}

const toRows = (days: DayEntry[]): DayRow[] => days.map((d) => ({ date: dayjs(d.date), name: d.name }));
const toEntries = (rows: DayRow[] | undefined): DayEntry[] =>
  (rows ?? [])
    .filter((r) => r.date)
    .map((r) => ({ date: r.date!.format('YYYY-MM-DD'), name: (r.name ?? '').trim() }));

function DayList({
  field,
  label,
  testId,
}: {
  field: 'holidays' | 'workdays';
  label: string;
  testId: string;
}) {
  const form = Form.useFormInstance<Values>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [rangeName, setRangeName] = useState('');
  const addRange = () => {
    if (!range || !rangeName.trim()) return;
    const rows = [...(form.getFieldValue(field) ?? [])] as DayRow[];
    for (let d = range[0]; !d.isAfter(range[1], 'day'); d = d.add(1, 'day'))
      rows.push({ date: d, name: rangeName.trim() });
    form.setFieldValue(field, rows);
    setRange(null);
  };
  return (
    <>
      <Divider titlePlacement="start">{label}</Divider>
      <Space wrap style={{ marginBottom: 8 }}>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
        />
        <Input
          placeholder="名称，如 春节"
          value={rangeName}
          onChange={(e) => setRangeName(e.target.value)}
          style={{ width: 140 }}
          data-testid={`${testId}-range-name`}
        />
        <Button onClick={addRange} data-testid={`${testId}-range-add`}>
          按日期段添加
        </Button>
      </Space>
      <Form.List name={field}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: '请选择日期' }]}>
                  <DatePicker data-testid={`${testId}-date-${f.name}`} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
                >
                  <Input placeholder="名称" style={{ width: 160 }} data-testid={`${testId}-name-${f.name}`} />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(f.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ date: null, name: '' })} data-testid={`${testId}-add`}>
              添加一天
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export type EnterYearResult = Awaited<ReturnType<typeof enterYear>>;

/**
 * Enters or replaces a year's official schedule (国务院办公厅节假日安排通知): holidays and adjusted
 * working days, checked here with the same rules the server applies before anything is sent.
 */
export function YearEntryModal({
  base,
  defaultYear,
  onClose,
  onSaved,
}: {
  /** the year being replaced; absent for a new year */
  base?: YearDetail | undefined;
  /** the year a new entry starts with (next year on the server's clock) */
  defaultYear: number;
  onClose: () => void;
  onSaved: (result: EnterYearResult) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      enterYear(v.year, {
        sourceDoc: v.sourceDoc,
        holidays: toEntries(v.holidays),
        workdays: toEntries(v.workdays),
        ...(base?.packaged ? { replacePackaged: v.replacePackaged } : {}),
        ...(base?.version ? { version: base.version } : {}),
      }),
    onSuccess: onSaved,
    onError: (e) => setProblems([errorMessage(e)]),
  });
  const submit = (v: Values) => {
    const record = (rows: DayRow[]) => Object.fromEntries(toEntries(rows).map((d) => [d.date, d.name]));
    const found = calendarYearProblems({
      year: v.year,
      holidays: record(v.holidays),
      workdays: record(v.workdays),
    });
    setProblems(found);
    if (found.length === 0) save.mutate(v);
  };
  return (
    <Modal
      open
      width={720}
      title={base ? `替换 ${base.year} 年节假日安排` : '录入年度节假日安排'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'year-entry-save' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          year: base?.year ?? defaultYear,
          sourceDoc: base?.source === 'entered' ? (base.sourceDoc ?? '') : '',
          holidays: base ? toRows(base.holidays) : [],
          workdays: base ? toRows(base.workdays) : [],
          replacePackaged: false,
        }}
      >
        <Space wrap>
          <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
            <InputNumber min={2000} max={2100} disabled={Boolean(base)} data-testid="year-entry-year" />
          </Form.Item>
          <Form.Item
            name="sourceDoc"
            label="依据（通知名称和文号）"
            rules={[{ required: true, whitespace: true, message: '请填写安排所依据的通知' }]}
          >
            <Input
              style={{ width: 460 }}
              placeholder="国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"
              data-testid="year-entry-source"
            />
          </Form.Item>
        </Space>
        {base?.packaged ? (
          <Form.Item
            name="replacePackaged"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v) =>
                  v ? Promise.resolve() : Promise.reject(new Error('须确认替换内置安排')),
              },
            ]}
          >
            <Checkbox>替换内置安排（该年已有随系统发布的节假日数据）</Checkbox>
          </Form.Item>
        ) : null}
        <DayList field="holidays" label="法定节假日（含调休放假的日子）" testId="holidays" />
        <DayList field="workdays" label="调休上班日（周末上班）" testId="workdays" />
        {problems.length > 0 ? (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            title="请核对后再保存"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
            data-testid="year-entry-problems"
          />
        ) : null}
      </Form>
    </Modal>
  );
}
