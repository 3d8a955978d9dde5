import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { FormActions } from '../../../../app/ui/form-actions';
import {
  type ClassBody,
  type ClassView,
  type FormOptions,
  findOrderEmployer,
  levelLabels,
  type Programme,
  programmeLabels,
} from '../classes-api';

export interface ClassFormValues {
  programme: Programme;
  occupation: string;
  level?: number | null;
  hours: number;
  startsOn: Dayjs;
  endsOn: Dayjs;
  place: string;
  teacherIds: string[];
  employerId?: string | null;
  feePerTrainee?: string;
  capacity: number;
  completionThresholdPercent: number;
}

export const toBody = (v: ClassFormValues): ClassBody => ({
  programme: v.programme,
  occupation: v.occupation,
  level: v.level ?? null,
  hours: v.hours,
  startsOn: v.startsOn.format('YYYY-MM-DD'),
  endsOn: v.endsOn.format('YYYY-MM-DD'),
  place: v.place,
  teacherIds: v.teacherIds,
  employerId: v.programme === 'order_training' ? (v.employerId ?? null) : null,
  feePerTrainee: v.feePerTrainee?.trim() ? v.feePerTrainee.trim() : null,
  capacity: v.capacity,
  completionThresholdPercent: v.completionThresholdPercent,
});

export const fromClass = (c: ClassView): ClassFormValues => ({
  programme: c.programme,
  occupation: c.occupation,
  level: c.level,
  hours: c.hours,
  startsOn: dayjs(c.startsOn),
  endsOn: dayjs(c.endsOn),
  place: c.place,
  teacherIds: c.teacherIds,
  employerId: c.employerId,
  feePerTrainee: c.feePerTrainee ?? '',
  capacity: c.capacity,
  completionThresholdPercent: c.completionThresholdPercent,
});

/** The order employer: found by its credit code among registered employers. */
function OrderEmployer({
  initialName,
  onFound,
}: {
  initialName: string | null;
  onFound: (id: string) => void;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const find = async () => {
    setProblem(null);
    try {
      const e = await findOrderEmployer(code.trim());
      setName(e.name);
      onFound(e.id);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          placeholder="订单用人单位统一社会信用代码"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          data-testid="class-employer-code"
        />
        <Button onClick={() => void find()} data-testid="class-employer-find">
          查找
        </Button>
      </Space.Compact>
      {name && <Typography.Text data-testid="class-employer-name">订单单位：{name}</Typography.Text>}
      {problem && <Alert type="error" showIcon title={problem} />}
    </Space>
  );
}

/** 开班申请表: within the institution's registered occupations and levels, its own teachers. */
export function ClassForm(props: {
  options: FormOptions;
  initial?: ClassFormValues;
  employerName?: string | null;
  saving: boolean;
  onSubmit: (v: ClassFormValues) => void;
  onCancel: () => void;
  form: ReturnType<typeof Form.useForm<ClassFormValues>>[0];
}) {
  const { options, form } = props;
  const programme = Form.useWatch('programme', form);
  const occupation = Form.useWatch('occupation', form);
  const levels = options.occupations.find((o) => o.occupation === occupation)?.levels ?? [];
  return (
    <Form<ClassFormValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={props.initial ?? { completionThresholdPercent: 80, programme: 'skills_reemployment' }}
      onFinish={props.onSubmit}
      data-testid="class-form"
    >
      <Typography.Paragraph type="secondary">
        定点资格有效期：{options.validFrom ?? '—'} 至 {options.validTo ?? '—'}；培训班日期须在有效期内。
      </Typography.Paragraph>
      <Form.Item name="programme" label="培训项目" rules={[{ required: true }]}>
        <Select
          options={Object.entries(programmeLabels).map(([value, label]) => ({ value, label }))}
          data-testid="class-programme"
        />
      </Form.Item>
      <Form.Item
        name="occupation"
        label="培训职业（工种）"
        rules={[{ required: true, message: '请选择培训职业' }]}
      >
        <Select
          options={options.occupations.map((o) => ({ value: o.occupation, label: o.occupation }))}
          onChange={() => form.setFieldValue('level', null)}
          data-testid="class-occupation"
        />
      </Form.Item>
      <Form.Item name="level" label="培训等级">
        <Select
          allowClear
          disabled={levels.length === 0}
          placeholder={levels.length === 0 ? '不分等级' : '请选择'}
          options={levels.map((l) => ({ value: l, label: levelLabels[l] ?? `${l}级` }))}
          data-testid="class-level"
        />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="startsOn" label="开班日期" rules={[{ required: true, message: '请选择开班日期' }]}>
          <DatePicker data-testid="class-starts-on" />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
          <DatePicker data-testid="class-ends-on" />
        </Form.Item>
        <Form.Item name="hours" label="课时" rules={[{ required: true, message: '请填写课时' }]}>
          <InputNumber min={1} max={10000} data-testid="class-hours" />
        </Form.Item>
      </Space>
      <Form.Item name="place" label="培训地点" rules={[{ required: true, message: '请填写培训地点' }]}>
        <Input maxLength={200} data-testid="class-place" />
      </Form.Item>
      <Form.Item name="teacherIds" label="授课教师" rules={[{ required: true, message: '请选择授课教师' }]}>
        <Select
          mode="multiple"
          options={options.teachers.map((t) => ({ value: t.id, label: `${t.name}（${t.occupation}）` }))}
          data-testid="class-teachers"
        />
      </Form.Item>
      {programme === 'order_training' && (
        <Form.Item
          name="employerId"
          label="订单用人单位"
          rules={[{ required: true, message: '请查找订单用人单位' }]}
        >
          <OrderEmployer
            initialName={props.employerName ?? null}
            onFound={(id) => form.setFieldValue('employerId', id)}
          />
        </Form.Item>
      )}
      <Space size="large" wrap>
        <Form.Item
          name="feePerTrainee"
          label="每人培训费用（元）"
          extra={programme === 'entrepreneurship' ? '创业培训可不填' : '职业技能培训补贴按实际培训费用核定'}
        >
          <Input style={{ width: 180 }} data-testid="class-fee" />
        </Form.Item>
        <Form.Item name="capacity" label="计划人数" rules={[{ required: true, message: '请填写计划人数' }]}>
          <InputNumber min={1} max={Math.min(1000, options.capacity)} data-testid="class-capacity" />
        </Form.Item>
        <Form.Item name="completionThresholdPercent" label="结业出勤率（%）" rules={[{ required: true }]}>
          <InputNumber min={1} max={100} data-testid="class-threshold" />
        </Form.Item>
      </Space>
      <FormActions submitting={props.saving} submitTestId="class-save" onCancel={props.onCancel} />
    </Form>
  );
}
