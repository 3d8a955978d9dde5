import { Card, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../app/format/date-time';
import { formatYuan } from '../../../app/format/money';
import { tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { PlanStatusTag } from '../components/plan-status-tag';
import { fetchPlans, type PlanItem, type PlanStatus, planStatusLabels, plansKey } from '../finance-api';

const columns: ColumnsType<PlanItem> = [
  {
    title: '计划编号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, p) => <Link to={`/finance/plans/${p.id}`}>{n}</Link>,
  },
  { title: '计划名称', dataIndex: 'title', key: 'title' },
  { title: '案件数', dataIndex: 'totalCount', key: 'totalCount' },
  { title: '金额', dataIndex: 'totalAmount', key: 'totalAmount', align: 'right', render: formatYuan },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    render: (s: PlanStatus) => <PlanStatusTag status={s} />,
  },
  { title: '编制时间', dataIndex: 'createdAt', key: 'createdAt', render: formatInstant },
  { title: '审批时间', dataIndex: 'approvedAt', key: 'approvedAt', render: formatInstant },
  { title: '支付完毕', dataIndex: 'paidAt', key: 'paidAt', render: formatInstant },
];

function PaymentPlans() {
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...plansKey, 'list'],
    initialFilters: {} as { status?: PlanStatus },
    fetch: fetchPlans,
  });
  return (
    <Card
      title="用款计划"
      extra={
        <Select
          allowClear
          placeholder="计划状态"
          aria-label="计划状态"
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status?: PlanStatus) => applyFilters({ status })}
          options={Object.entries(planStatusLabels).map(([value, label]) => ({ value, label }))}
        />
      }
    >
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<PlanItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        pagination={tablePagination(paging, query.data?.total, setPaging)}
        data-testid="plans-table"
      />
    </Card>
  );
}

export function PaymentPlansPage() {
  return (
    <PermissionGate permission="case:read">
      <PaymentPlans />
    </PermissionGate>
  );
}
