import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { verifyAuditChain } from '../log-api';

/** Recomputes the audit hash chain and checks its signed checkpoints on the server, and reports. */
export function VerifyChainButton() {
  const { modal } = App.useApp();
  const verify = useMutation({
    mutationFn: verifyAuditChain,
    onSuccess: (result) => {
      if (result.ok) {
        modal.success({ title: '审计链完整', content: `已校验 ${result.checked} 条审计记录，未发现篡改。` });
      } else {
        modal.error({ title: '审计链校验失败', content: result.message });
      }
    },
  });
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      data-testid="audit-verify"
    >
      校验审计链
    </Button>
  );
}
