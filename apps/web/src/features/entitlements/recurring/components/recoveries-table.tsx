import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import type { RecoveryItem } from '../recurring-api';
import { monthSpan } from './status-tags';

const colors: Record<RecoveryItem['status'], string> = {
  open: 'orange',
  recovered: 'green',
  waived: 'default',
};

/**
 * The columns of over-payment recovery tasks (多发追回); `onResolve` offers 处理 on the open ones.
 * `withEntitlement` names the entitlement and its holder, for lists across entitlements.
 */
export function recoveryColumns({
  onResolve,
  withEntitlement = false,
}: {
  onResolve?: ((r: RecoveryItem) => void) | undefined;
  withEntitlement?: boolean;
}): TableColumnsType<RecoveryItem> {
  return [
    ...(withEntitlement
      ? [
          {
            title: '定期待遇',
            key: 'entitlement',
            render: (_: unknown, r: RecoveryItem) => (
              <Link to={`/entitlements/${r.entitlementId}`}>{r.entitlementNumber ?? '查看'}</Link>
            ),
          },
          {
            title: '享受人员',
            key: 'holder',
            render: (_: unknown, r: RecoveryItem) => r.holderName ?? '—',
          },
        ]
      : []),
    { title: '多发月份', key: 'months', render: (_: unknown, r) => monthSpan(r.fromMonth, r.toMonth) },
    {
      title: '已拨付案件',
      key: 'case',
      render: (_: unknown, r) => <Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? '查看案件'}</Link>,
    },
    {
      title: '金额',
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      render: (a: string) => formatYuan(a),
    },
    { title: '原因', dataIndex: 'reason', key: 'reason' },
    {
      title: '状态',
      key: 'status',
      render: (_: unknown, r) => <Tag color={colors[r.status]}>{r.statusLabel}</Tag>,
    },
    {
      title: '处理说明',
      dataIndex: 'resolutionNote',
      key: 'note',
      render: (n: string | null) => n ?? '—',
    },
    ...(onResolve
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: RecoveryItem) =>
              r.status === 'open' ? (
                <Button size="small" onClick={() => onResolve(r)} data-testid="recovery-resolve">
                  处理
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
}

/** The recoveries of one entitlement, all on one page. */
export function RecoveriesTable({ items }: { items: RecoveryItem[] }) {
  return (
    <Table<RecoveryItem>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: <EmptyState description="无多发待追回" /> }}
      data-testid="recoveries-table"
      columns={recoveryColumns({})}
    />
  );
}
