import { Alert, Modal, Typography } from 'antd';

interface InitialPasswordModalProps {
  username: string;
  password: string;
  onClose: () => void;
}

/** Shows a one-time initial password: the server never returns it again. */
export function InitialPasswordModal({ username, password, onClose }: InitialPasswordModalProps) {
  return (
    <Modal
      open
      title="初始密码（仅显示一次）"
      onOk={onClose}
      onCancel={onClose}
      okText="我已记录"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        title="请立即将初始密码告知用户本人。关闭本窗口后将无法再次查看，用户首次登录须修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        用户名：<Typography.Text strong>{username}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>
        初始密码：
        <Typography.Text code copyable strong data-testid="initial-password">
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
