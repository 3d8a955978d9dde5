import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Flex, QRCode, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { confirmTotp, enrolTotp } from '../../../app/auth/auth-api';
import { StageGuard } from '../../../app/auth/stage-guard';
import { stagePaths } from '../../../app/auth/stage-paths';
import { useRefreshMe } from '../../../app/auth/use-me';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { AuthCard } from '../components/auth-card';
import { TotpCodeForm } from '../components/totp-code-form';

const enrolmentKey = ['auth', 'totp-enrolment'] as const;

function TotpEnrolment() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refreshMe = useRefreshMe();
  // A query (not an effect) so the secret is requested once even under StrictMode double rendering.
  const enrolment = useQuery({
    queryKey: enrolmentKey,
    queryFn: enrolTotp,
    staleTime: Infinity,
    retry: false,
  });

  const confirm = useMutation({
    mutationFn: confirmTotp,
    onSuccess: async (answer) => {
      queryClient.removeQueries({ queryKey: enrolmentKey });
      await refreshMe();
      navigate(stagePaths[answer.stage], { replace: true });
    },
  });

  if (enrolment.isPending) {
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin />
      </Flex>
    );
  }
  if (enrolment.isError)
    return <QueryErrorAlert error={enrolment.error} onRetry={() => enrolment.refetch()} />;

  return (
    <>
      <Alert
        type="info"
        showIcon
        title="管理员账号须启用双因素认证。请用身份验证器（如 Microsoft Authenticator、FreeOTP）扫描二维码或手动输入密钥，然后输入显示的 6 位验证码。"
        style={{ marginBottom: 16 }}
      />
      <Flex justify="center" style={{ marginBottom: 16 }}>
        <QRCode value={enrolment.data.otpauthUri} size={180} aria-label="绑定身份验证器的二维码" />
      </Flex>
      <Descriptions column={1} size="small" bordered layout="vertical" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="密钥">
          <Typography.Text copyable code data-testid="totp-secret">
            {enrolment.data.secret}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="绑定链接">
          <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="totp-uri">
            {enrolment.data.otpauthUri}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <TotpCodeForm
        submitting={confirm.isPending}
        submitText="完成绑定"
        onSubmit={(code) => confirm.mutate(code)}
      />
    </>
  );
}

export function TotpEnrolPage() {
  return (
    <StageGuard stages={['totp_enrol']}>
      <AuthCard title="绑定双因素认证">
        <TotpEnrolment />
      </AuthCard>
    </StageGuard>
  );
}
