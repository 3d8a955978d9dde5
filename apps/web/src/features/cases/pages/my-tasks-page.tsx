import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { tablePagination } from '../../../app/paging';
import { EmptyState } from '../../../app/ui/empty-state';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { casesKey, fetchMyTasks } from '../case-api';
import type { CaseItem } from '../case-types';
import { taskColumns } from '../components/case-columns';
import { CaseTypeSelect } from '../components/case-type-select';
import { DueFilters } from '../components/due-filters';
import { useCaseListParams } from '../use-case-list-params';

function MyTasksContent() {
  const navigate = useNavigate();
  const { filters, paging, update } = useCaseListParams();
  const tasks = useQuery({
    queryKey: [...casesKey, 'my-tasks', filters, paging],
    queryFn: () => fetchMyTasks(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: typeof filters) => update({ filters: next });

  return (
    <Card
      title="我的待办"
      extra={
        tasks.data ? (
          <Typography.Text type="secondary">今天是 {tasks.data.today}，按到期日先后排列</Typography.Text>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <CaseTypeSelect
          value={filters.caseTypeId}
          onChange={(caseTypeId) => applyFilters({ ...filters, caseTypeId })}
          style={{ width: 260 }}
          aria-label="事项"
          data-testid="task-filter-case-type"
        />
        <DueFilters filters={filters} onChange={applyFilters} />
      </Space>
      <QueryErrorAlert error={tasks.error} onRetry={() => tasks.refetch()} />
      <Table<CaseItem>
        rowKey="id"
        columns={taskColumns}
        dataSource={tasks.data?.items}
        loading={tasks.isFetching}
        locale={{ emptyText: <EmptyState description="暂无待办案件" /> }}
        pagination={tablePagination(paging, tasks.data?.total, (next) => update({ paging: next }))}
        onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
        data-testid="tasks-table"
      />
    </Card>
  );
}

export function MyTasksPage() {
  return (
    <PermissionGate permission="case:read">
      <MyTasksContent />
    </PermissionGate>
  );
}
