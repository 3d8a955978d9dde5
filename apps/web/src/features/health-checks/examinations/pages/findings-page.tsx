import { Alert, Button, Card, Checkbox, Modal, Result, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { NotifiedDialog } from '../components/notified-dialog';
import { PurposeDialog } from '../components/purpose-dialog';
import { type FindingItem, fetchFindings, findingsKey, viewFinding } from '../examinations-api';

type Filters = { status?: FindingItem['status']; overdue?: 'true' };

/** 「查看异常内容」: the finding's wording after the purpose is stated. */
function ViewFinding({ finding }: { finding: FindingItem }) {
  const [asking, setAsking] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  return (
    <>
      <Button size="small" onClick={() => setAsking(true)} data-testid="finding-view">
        查看异常内容
      </Button>
      {asking && (
        <PurposeDialog
          title="查看重要异常内容"
          reveal={(purpose) => viewFinding(finding.id, purpose)}
          onRevealed={(v) => {
            setAsking(false);
            setSummary(v.summary);
          }}
          onClose={() => setAsking(false)}
        />
      )}
      {summary !== null && (
        <Modal open title={`重要异常：${finding.personName}`} footer={null} onCancel={() => setSummary(null)}>
          <Alert type="warning" title={summary} />
        </Modal>
      )}
    </>
  );
}

/**
 * 重要异常通知 (第十七条): the tasks a serious finding opened, who is to be told and by when, overdue
 * flagged; the hospital registers each notification. The finding's wording is not in the list.
 */
function FindingsContent() {
  const can = usePermissions();
  const [notifying, setNotifying] = useState<FindingItem | null>(null);
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...findingsKey, 'list'],
    initialFilters: { status: 'open' } as Filters,
    fetch: fetchFindings,
  });
  const mayReveal = can('health_check:reveal') || can('health_check:operate');
  return (
    <Card title={<PageTitle>重要异常通知</PageTitle>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status?: FindingItem['status']) => applyFilters({ ...filters, status })}
          options={[
            { value: 'open', label: '待通知' },
            { value: 'notified', label: '已通知' },
          ]}
        />
        <Checkbox
          checked={filters.overdue === 'true'}
          onChange={(e) => applyFilters({ ...filters, overdue: e.target.checked ? 'true' : undefined })}
        >
          只看逾期未通知
        </Checkbox>
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<FindingItem>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="findings-table"
        locale={{ emptyText: <EmptyState description="暂无重要异常通知任务" /> }}
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
          { title: '通知对象', dataIndex: 'notifyPartyLabel', key: 'party' },
          {
            title: '通知期限',
            key: 'due',
            render: (_: unknown, f) => (
              <Space size={4}>
                {f.dueOn}
                {f.overdue ? <Tag color="error">逾期</Tag> : null}
              </Space>
            ),
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, f) => (
              <Tag color={f.status === 'notified' ? 'success' : 'warning'}>{f.statusLabel}</Tag>
            ),
          },
          {
            title: '通知情况',
            key: 'how',
            render: (_: unknown, f) => (f.notifiedOn ? `${f.notifiedOn} ${f.notifiedHow ?? ''}` : '—'),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, f) => (
              <Space>
                {f.canNotify && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setNotifying(f)}
                    data-testid="finding-notify"
                  >
                    登记已通知
                  </Button>
                )}
                {mayReveal && <ViewFinding finding={f} />}
              </Space>
            ),
          },
        ]}
      />
      {notifying && <NotifiedDialog finding={notifying} onClose={() => setNotifying(null)} />}
    </Card>
  );
}

export function FindingsPage() {
  const can = usePermissions();
  if (!can('health_check:read') && !can('health_check:operate'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return <FindingsContent />;
}
