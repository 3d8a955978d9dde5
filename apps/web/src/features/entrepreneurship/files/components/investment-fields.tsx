import { Form, Input, InputNumber } from 'antd';

/** The investment (yuan, as the server's `YuanInput` takes it) and jobs fields of a plan or a project. */
export function InvestmentJobsFields({ jobsName, jobsLabel }: { jobsName: string; jobsLabel: string }) {
  return (
    <>
      <Form.Item
        name="investment"
        label="投资额（元）"
        rules={[{ required: true, pattern: /^\d{1,9}(\.\d{1,2})?$/, message: '请填写不超过两位小数的元数' }]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name={jobsName} label={jobsLabel} rules={[{ required: true, message: '请填写人数' }]}>
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
