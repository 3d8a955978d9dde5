import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { formatYuan } from '../../../app/format/money';
import { approvePlan, cancelPlan, type PlanDetail } from '../finance-api';
import { BankReturnModal } from './bank-return-modal';
import { PayModal } from './pay-modal';
import { ReconcileModal } from './reconcile-modal';
import { usePlanAction } from './use-plan-action';

type Dialog = 'pay' | 'bank-return' | 'reconcile' | null;

/** The buttons a plan allows now, by its status and the user's permissions. */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const can = usePermissions();
  const { modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const approve = usePlanAction(
    plan.id,
    () => approvePlan(plan.id, plan.version),
    (p) => `用款计划 ${p.number} 已审批`,
  );
  const cancel = usePlanAction(
    plan.id,
    () => cancelPlan(plan.id, plan.version),
    (p) => `用款计划 ${p.number} 已作废，案件已回到待拨付队列`,
  );
  const draft = plan.status === 'draft';
  const finance = can('case:finance');
  const pay = can('case:pay') && plan.status === 'approved';
  const confirm = (title: string, content: string, run: () => void, testId: string) =>
    modal.confirm({ title, content, onOk: run, okButtonProps: { 'data-testid': testId } });
  return (
    <Space wrap>
      {finance && draft ? (
        <Button
          type="primary"
          loading={approve.isPending}
          onClick={() =>
            confirm(
              '审批用款计划',
              `确认审批 ${plan.number}（${plan.totalCount} 件，${formatYuan(plan.totalAmount)}）？`,
              () => approve.mutate(undefined),
              'plan-approve-confirm',
            )
          }
          data-testid="plan-approve"
        >
          审批
        </Button>
      ) : null}
      {finance && draft ? (
        <Button
          danger
          loading={cancel.isPending}
          onClick={() =>
            confirm(
              '作废用款计划',
              '作废后计划中的案件回到待拨付队列，可重新编制用款计划。',
              () => cancel.mutate(undefined),
              'plan-cancel-confirm',
            )
          }
          data-testid="plan-cancel"
        >
          作废
        </Button>
      ) : null}
      {pay ? (
        <Button type="primary" onClick={() => setDialog('pay')} data-testid="plan-pay">
          拨付
        </Button>
      ) : null}
      {pay ? (
        <Button onClick={() => setDialog('bank-return')} data-testid="plan-bank-return">
          导入银行回单
        </Button>
      ) : null}
      {finance && plan.status === 'paid' && plan.totals.paidCount > 0 ? (
        <Button onClick={() => setDialog('reconcile')} data-testid="plan-reconcile">
          对账
        </Button>
      ) : null}
      <Button
        icon={<PrinterOutlined />}
        href={`/print/payment-plans/${plan.id}`}
        target="_blank"
        data-testid="plan-print"
      >
        打印拨付清单
      </Button>
      {dialog === 'pay' ? <PayModal plan={plan} onClose={() => setDialog(null)} /> : null}
      {dialog === 'bank-return' ? <BankReturnModal planId={plan.id} onClose={() => setDialog(null)} /> : null}
      {dialog === 'reconcile' ? <ReconcileModal plan={plan} onClose={() => setDialog(null)} /> : null}
    </Space>
  );
}
