import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Result, Space } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageTitle } from '../../../../app/ui/page-title';
import { ApplicationModal } from '../components/application-modal';
import { LoanTable } from '../components/loan-table';
import { banksKey, checkOverdue, fetchBanks, loansKey } from '../loans-api';

/** 创业担保贷款: the bureau's list (its data scope) or the bank's (its own loans). */
export function LoansPage() {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [applying, setApplying] = useState(false);
  const allowed = can('entrepreneurship:read') || can('loan:operate');
  const banks = useQuery({ queryKey: banksKey, queryFn: fetchBanks, enabled: allowed });
  const overdue = useMutation({
    mutationFn: checkOverdue,
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: loansKey });
      message.success(
        `已检查 ${r.checked} 笔还款中的贷款，逾期 ${r.overdue} 笔（本次新转逾期 ${r.becameOverdue} 笔）`,
      );
    },
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return (
    <Card
      title={<PageTitle>创业担保贷款</PageTitle>}
      extra={
        <Space wrap>
          {can('entrepreneurship:write') && (
            <Button type="primary" onClick={() => setApplying(true)} data-testid="loan-apply">
              受理申请
            </Button>
          )}
          {can('entrepreneurship:manage') && (
            <Button
              loading={overdue.isPending}
              onClick={() => overdue.mutate()}
              data-testid="loan-overdue-check"
            >
              逾期检查
            </Button>
          )}
        </Space>
      }
    >
      <LoanTable banks={banks.data} />
      {applying && <ApplicationModal banks={banks.data ?? []} onClose={() => setApplying(false)} />}
    </Card>
  );
}
