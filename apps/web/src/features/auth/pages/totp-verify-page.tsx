import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { verifyTotp } from '../../../app/auth/auth-api';
import { StageGuard } from '../../../app/auth/stage-guard';
import { stagePaths } from '../../../app/auth/stage-paths';
import { useRefreshMe } from '../../../app/auth/use-me';
import { AuthCard } from '../components/auth-card';
import { TotpCodeForm } from '../components/totp-code-form';

function TotpVerifyForm() {
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const verify = useMutation({
    mutationFn: verifyTotp,
    onSuccess: async (answer) => {
      await refreshMe();
      navigate(stagePaths[answer.stage], { replace: true });
    },
  });
  return (
    <TotpCodeForm submitting={verify.isPending} submitText="验证" onSubmit={(code) => verify.mutate(code)} />
  );
}

export function TotpVerifyPage() {
  return (
    <StageGuard stages={['totp']}>
      <AuthCard title="双因素认证" subtitle="请打开身份验证器，输入当前显示的 6 位动态验证码。">
        <TotpVerifyForm />
      </AuthCard>
    </StageGuard>
  );
}
