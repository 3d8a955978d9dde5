import { Card, Result } from 'antd';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageTitle } from '../../../../app/ui/page-title';
import { LoanTable } from '../components/loan-table';
import { RepaymentImport } from '../components/repayment-import';

/** 本行贷款: a bank's own loans and its repayment-file import. */
export function BankPage() {
  const can = usePermissions();
  if (!can('loan:operate'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return (
    <>
      <Card title={<PageTitle>本行创业担保贷款</PageTitle>} style={{ marginBottom: 16 }}>
        <LoanTable />
      </Card>
      <Card>
        <RepaymentImport />
      </Card>
    </>
  );
}
