import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space } from 'antd';
import { examinationsKey, verifyIdentity } from '../examinations-api';

/**
 * Step 1, 核验身份 (第十五条): the ID number on the card the examinee shows is typed (or scanned into
 * the field) and compared by the server with the registry's; it is not kept.
 */
export function IdentityStep({ examineeId }: { examineeId: string }) {
  const [form] = Form.useForm<{ idNumber: string }>();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: (v: { idNumber: string }) => verifyIdentity(examineeId, v.idNumber.trim()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: examinationsKey }),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title="请查验参检职工本人身份证件，录入或读取证件上的公民身份号码，与参检名单登记信息一致后方可体检。号码仅用于比对，不予保存。"
      />
      <Form form={form} layout="inline" onFinish={(v) => verify.mutate(v)}>
        <Form.Item
          name="idNumber"
          label="公民身份号码"
          rules={[
            { required: true, message: '请输入公民身份号码' },
            { pattern: /^\d{15}$|^\d{17}[\dXx]$/, message: '公民身份号码为18位（或15位）' },
          ]}
        >
          <Input maxLength={18} autoComplete="off" style={{ width: 240 }} data-testid="identity-id-number" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="identity-verify">
            核验身份
          </Button>
        </Form.Item>
      </Form>
    </Space>
  );
}
