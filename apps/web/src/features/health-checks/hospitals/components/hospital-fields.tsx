import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { examinerTitleLabels, gradeLabels } from '../hospitals-api';

const gradeOptions = Object.entries(gradeLabels).map(([value, label]) => ({ value: Number(value), label }));
const titleOptions = Object.entries(examinerTitleLabels).map(([value, label]) => ({ value, label }));

/** 第一条's facts of a hospital: the register form and the edit form share them. */
export function QualificationFields() {
  return (
    <>
      <Form.Item name="address" label="地址">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="contact" label="联系人及电话">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="grade"
        label="医院等级（卫生行政部门认定）"
        rules={[{ required: true, message: '请选择医院等级' }]}
      >
        <Select options={gradeOptions} data-testid="hospital-grade" />
      </Form.Item>
      <Form.Item name="general" label="综合医院" valuePropName="checked" extra="第一条：须为二级以上综合医院">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      <Form.Item name="insuranceDesignated" label="市直医疗保险定点医院" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    </>
  );
}

/** 第七条's staffing: 总主检 (副主任医师以上) and 主检人数 against the planned daily volume (不低于1:10). */
export function StaffingFields() {
  return (
    <>
      <Form.Item name="chiefExaminerName" label="总主检姓名">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="chiefExaminerTitle" label="总主检职称" extra="第七条：须副主任医师以上">
        <Select options={titleOptions} allowClear placeholder="选择职称" />
      </Form.Item>
      <Form.Item name="examiners" label="主检人数" rules={[{ required: true, message: '请填写主检人数' }]}>
        <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="plannedDailyVolume"
        label="计划日均受检人数"
        rules={[{ required: true, message: '请填写计划日均受检人数' }]}
        extra="第七条：主检人数与日均受检人数之比不得低于1:10"
      >
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
