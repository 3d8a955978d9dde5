import { Alert, Checkbox, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../app/format/money';
import { type Payment, type PlanDetail, reconcilePlan } from '../finance-api';
import { usePlanAction } from './use-plan-action';

/**
 * 对账: every paid payment is confirmed against the bank statement, except those marked 退票
 * (returned by the bank) with a reason — their cases go back to the finance queue.
 */
export function ReconcileModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const paid = plan.payments.filter((p) => p.status === 'paid');
  const [returned, setReturned] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const lines = Object.entries(returned).map(([key, reason]) => ({ key, reason: reason.trim() }));
  const missingReason = lines.some((l) => !l.reason);
  const reconcile = usePlanAction(
    plan.id,
    () => reconcilePlan(plan.id, plan.version, lines),
    (p) => `对账完成：${p.totals.reconciledCount} 笔已对账${lines.length ? `，${lines.length} 笔退票` : ''}`,
    { onSuccess: onClose },
  );
  const toggle = (key: string, on: boolean) =>
    setReturned(({ [key]: _dropped, ...rest }) => (on ? { ...rest, [key]: '' } : rest));
  return (
    <Modal
      open
      width={760}
      title="对账"
      okText="确认对账"
      onOk={() => {
        setTried(true);
        if (!missingReason) reconcile.mutate(undefined);
      }}
      onCancel={onClose}
      confirmLoading={reconcile.isPending}
      okButtonProps={{ 'data-testid': 'plan-reconcile-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        已支付 {paid.length} 笔。核对银行对账单，银行退回的（退票）请勾选并填写原因，其余确认为已对账。
      </Typography.Paragraph>
      {tried && missingReason ? (
        <Alert type="error" showIcon title="请填写每笔退票的原因" style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Payment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={paid}
        columns={[
          { title: '支付指令号', dataIndex: 'idempotencyKey', key: 'key' },
          { title: '收款人', dataIndex: 'payeeName', key: 'payee' },
          { title: '金额', dataIndex: 'amount', key: 'amount', align: 'right', render: formatYuan },
          {
            title: '退票',
            key: 'returned',
            render: (_: unknown, p) => (
              <Checkbox
                checked={p.idempotencyKey in returned}
                onChange={(e) => toggle(p.idempotencyKey, e.target.checked)}
              />
            ),
          },
          {
            title: '退票原因',
            key: 'reason',
            render: (_: unknown, p) =>
              p.idempotencyKey in returned ? (
                <Input
                  size="small"
                  maxLength={500}
                  value={returned[p.idempotencyKey]}
                  status={tried && !returned[p.idempotencyKey]?.trim() ? 'error' : undefined}
                  onChange={(e) => setReturned((r) => ({ ...r, [p.idempotencyKey]: e.target.value }))}
                />
              ) : null,
          },
        ]}
      />
    </Modal>
  );
}
