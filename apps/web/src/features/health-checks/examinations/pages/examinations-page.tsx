import { Card, Result, Select, Space, Table, Tag } from 'antd';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { ViewResultsButton } from '../components/view-results-button';
import { type ExaminationItem, examinationsKey, fetchExaminations } from '../examinations-api';

const statusOptions = [
  { value: 'entered', label: '结果录入中' },
  { value: 'concluded', label: '已出结论' },
] as const;

/**
 * 体检记录: who was examined where and when, with item counts — never a result. Results open only
 * through 「查看体检结果」 with a stated purpose.
 */
function ExaminationsContent() {
  const can = usePermissions();
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...examinationsKey, 'list'],
    initialFilters: {} as { status?: ExaminationItem['status'] },
    fetch: fetchExaminations,
  });
  const mayReveal = can('health_check:reveal') || can('health_check:operate');
  return (
    <Card title={<PageTitle>体检记录</PageTitle>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status?: ExaminationItem['status']) => applyFilters({ ...filters, status })}
          options={[...statusOptions]}
        />
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<ExaminationItem>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="examinations-table"
        locale={{ emptyText: <EmptyState description="暂无体检记录" /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: '姓名', dataIndex: 'personName', key: 'name', width: 90 },
          { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id', width: 180 },
          { title: '体检医院', dataIndex: 'hospitalName', key: 'hospital' },
          { title: '体检日期', dataIndex: 'examinedOn', key: 'on', width: 110 },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, e) => (
              <Tag color={e.status === 'concluded' ? 'success' : 'processing'}>{e.statusLabel}</Tag>
            ),
          },
          { title: '已检项目', dataIndex: 'performedItems', key: 'performed', align: 'right' },
          {
            title: '放弃项目（未签字）',
            key: 'declined',
            align: 'right',
            render: (_: unknown, e) => `${e.declinedItems}（${e.unsignedDeclinedItems}）`,
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, e) => (mayReveal ? <ViewResultsButton examinationId={e.id} /> : null),
          },
        ]}
      />
    </Card>
  );
}

export function ExaminationsPage() {
  const can = usePermissions();
  if (!can('health_check:read') && !can('health_check:operate'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return <ExaminationsContent />;
}
