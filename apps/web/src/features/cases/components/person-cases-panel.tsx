import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { formatFen } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { casesKey, fetchCases } from '../case-api';
import { paidStatuses } from '../case-labels';
import type { CaseItem } from '../case-types';
import { CaseStatusTag } from './case-tags';

function Payment({ c }: { c: CaseItem }) {
  if (paidStatuses.includes(c.status))
    return (
      <Tag color="green" data-testid="person-case-paid">
        已拨付 {formatFen(c.approvedAmountFen)}
      </Tag>
    );
  if (c.status === 'payment_failed') return <Tag color="error">拨付失败</Tag>;
  if (c.status === 'sent_to_finance' || c.status === 'payment_planned') return <Tag color="blue">待拨付</Tag>;
  return <>—</>;
}

/** 申请与待遇 on the person page: the person's cases, what was approved and whether it was paid. */
export function PersonCasesPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const allowed = can('case:read');
  const cases = useQuery({
    queryKey: [...casesKey, 'person', personId],
    queryFn: () => fetchCases({ personId }, { page: 1, pageSize: 50 }),
    enabled: allowed,
  });
  if (!allowed) return null;
  return (
    <Card title="申请与待遇" size="small" role="region" aria-label="申请与待遇" data-testid="person-cases">
      <QueryErrorAlert error={cases.error} onRetry={() => cases.refetch()} />
      <Table<CaseItem>
        rowKey="id"
        size="small"
        loading={cases.isFetching}
        dataSource={cases.data?.items}
        pagination={false}
        locale={{ emptyText: <EmptyState description="暂无申请" /> }}
        columns={[
          {
            title: '案件编号',
            dataIndex: 'number',
            key: 'number',
            render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link>,
          },
          { title: '事项', dataIndex: ['caseType', 'name'], key: 'caseType' },
          {
            title: '状态',
            dataIndex: 'status',
            key: 'status',
            render: (s: string, c) => <CaseStatusTag status={s} label={c.statusLabel} />,
          },
          {
            title: '批准金额',
            key: 'approved',
            align: 'right',
            render: (_: unknown, c) => formatFen(c.approvedAmountFen),
          },
          { title: '拨付情况', key: 'payment', render: (_: unknown, c) => <Payment c={c} /> },
        ]}
      />
    </Card>
  );
}
