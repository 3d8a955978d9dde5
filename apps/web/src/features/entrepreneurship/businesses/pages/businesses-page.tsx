import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { tablePagination } from '../../../../app/paging';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { type BusinessRow, businessesKey, businessKindLabels, fetchBusinesses } from '../businesses-api';

/** Businesses opened by trainees, with the jobs they created and whether they survived a year (as of today). */
function BusinessesContent() {
  const { applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: businessesKey,
    initialFilters: { q: undefined as string | undefined },
    fetch: fetchBusinesses,
  });
  return (
    <Card
      title="创业实体"
      extra={
        <Space>
          <Input.Search
            aria-label="名称或统一社会信用代码"
            placeholder="名称或统一社会信用代码"
            allowClear
            maxLength={50}
            onSearch={(q) => applyFilters({ q: q.trim() || undefined })}
            style={{ width: 260 }}
            data-testid="businesses-search"
          />
          <Link to="/entrepreneurship/kpis">
            <Button>创业计划进展</Button>
          </Link>
        </Space>
      }
      data-testid="businesses-page"
    >
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<BusinessRow>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items}
        locale={{ emptyText: <EmptyState description="暂无创业实体（在学员档案中登记开业）" /> }}
        pagination={tablePagination(paging, query.data?.total, setPaging)}
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            render: (name: string, r) => <Link to={`/entrepreneurship/businesses/${r.id}`}>{name}</Link>,
          },
          { title: '类型', dataIndex: 'kind', render: (k: BusinessRow['kind']) => businessKindLabels[k] },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '创业者', dataIndex: 'personName' },
          { title: '身份证号', dataIndex: 'idNumberMasked' },
          { title: '行业', dataIndex: 'sector' },
          { title: '开业日期', dataIndex: 'openedOn' },
          { title: '带动就业', dataIndex: 'jobs', align: 'right' },
          {
            title: '状态',
            key: 'state',
            render: (_, r) =>
              r.closedOn ? (
                <Tag>已注销（{r.closedOn}）</Tag>
              ) : r.yearOld ? (
                r.survived ? (
                  <Tag color="success">稳定经营满一年</Tag>
                ) : (
                  <Tag color="warning">满一年，无经营证据</Tag>
                )
              ) : (
                <Tag color="processing">经营中（未满一年）</Tag>
              ),
          },
        ]}
        data-testid="businesses-table"
      />
    </Card>
  );
}

export function BusinessesPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <BusinessesContent />
    </PermissionGate>
  );
}
