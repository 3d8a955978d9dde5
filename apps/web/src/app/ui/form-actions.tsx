import { Button, Space } from 'antd';

interface FormActionsProps {
  submitting: boolean;
  /** `data-testid` of the save button. */
  submitTestId: string;
  onCancel: () => void;
}

/** The 保存 / 取消 buttons under a full-page form. */
export function FormActions({ submitting, submitTestId, onCancel }: FormActionsProps) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={submitting} data-testid={submitTestId}>
        保存
      </Button>
      <Button onClick={onCancel}>取消</Button>
    </Space>
  );
}
