import { Button, Form, Input } from 'antd';

interface TotpCodeFormProps {
  submitting: boolean;
  submitText: string;
  onSubmit: (code: string) => void;
}

/** The 6-digit authenticator code input shared by enrolment and verification. */
export function TotpCodeForm({ submitting, submitText, onSubmit }: TotpCodeFormProps) {
  return (
    <Form layout="vertical" onFinish={(values: { code: string }) => onSubmit(values.code.trim())}>
      <Form.Item
        name="code"
        label="动态验证码"
        rules={[
          { required: true, message: '请输入 6 位动态验证码' },
          { pattern: /^\s*\d{6}\s*$/, message: '验证码为 6 位数字' },
        ]}
      >
        <Input
          size="large"
          maxLength={6}
          inputMode="numeric"
          autoComplete="one-time-code"
          placeholder="6 位数字"
          data-testid="totp-code"
          autoFocus
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={submitting}
        data-testid="totp-submit"
      >
        {submitText}
      </Button>
    </Form>
  );
}
