import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Progress, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { firstPage } from '../../../app/paging';
import { PageTitle } from '../../../app/ui/page-title';
import { PagedTable } from '../../../app/ui/paged-table';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { runPercent, runsRefetchInterval } from '../run-progress';
import { fetchRuns, leadsKey, runsKey, type ScreeningRun, startRun } from '../screening-api';

const statusColors: Record<ScreeningRun['status'], string> = {
  running: 'processing',
  done: 'success',
  failed: 'error',
};

function RunButton() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: startRun,
    onSuccess: () => {
      message.success('已开始筛查，完成后线索清单自动更新');
      void queryClient.invalidateQueries({ queryKey: runsKey });
      void queryClient.invalidateQueries({ queryKey: leadsKey });
    },
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Button type="primary" loading={start.isPending} onClick={() => start.mutate()} data-testid="run-now">
      立即筛查
    </Button>
  );
}

function Runs() {
  const can = usePermissions();
  const [paging, setPaging] = useState(firstPage);
  const runs = useQuery({
    queryKey: [...runsKey, 'list', paging],
    queryFn: () => fetchRuns(paging),
    refetchInterval: (q) => runsRefetchInterval(q.state.data?.items),
  });
  return (
    <Card title={<PageTitle>筛查运行</PageTitle>} extra={can('screening:run') && <RunButton />}>
      <Typography.Paragraph type="secondary">
        系统每日按登记信息对辖区内全部人员筛查现行有效的政策，找出可能符合、尚未申领的人员，列入各站所的线索清单。
      </Typography.Paragraph>
      <PagedTable<ScreeningRun>
        query={runs}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="暂无筛查记录"
        // not isFetching: the list polls while a run is going, and the rows should not flicker
        loading={runs.isLoading}
        data-testid="runs-table"
        columns={[
          {
            title: '开始时间',
            dataIndex: 'startedAt',
            key: 'startedAt',
            width: 150,
            render: (at: string) => formatInstant(at),
          },
          { title: '范围', dataIndex: 'orgName', key: 'org' },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, r) => (
              <Tooltip title={r.error ?? undefined}>
                <Tag color={statusColors[r.status]} data-testid="run-status">
                  {r.statusLabel}
                </Tag>
              </Tooltip>
            ),
          },
          {
            title: '进度',
            key: 'progress',
            width: 200,
            render: (_: unknown, r) => (
              <Tooltip title={`${r.personsDone} / ${r.personsTotal} 人`}>
                <Progress
                  size="small"
                  // a finished bar shows a tick instead of its figure: the name says it in words
                  aria-label={`进度 ${r.personsDone} / ${r.personsTotal} 人`}
                  percent={runPercent(r)}
                  status={r.status === 'failed' ? 'exception' : r.status === 'running' ? 'active' : undefined}
                />
              </Tooltip>
            ),
          },
          { title: '新线索', dataIndex: 'leadsNew', key: 'new', align: 'right' },
          { title: '仍符合', dataIndex: 'leadsKept', key: 'kept', align: 'right' },
          { title: '已不符合', dataIndex: 'leadsLapsed', key: 'lapsed', align: 'right' },
          // the counters above are the run's whole area; this is what the reader's own area follows up
          {
            title: '本辖区待跟进',
            dataIndex: 'openLeadsInScope',
            key: 'scope',
            align: 'right',
          },
          {
            title: '政策',
            key: 'policies',
            ellipsis: true,
            render: (_: unknown, r) => r.policies.map((p) => p.name).join('、') || '—',
          },
        ]}
      />
    </Card>
  );
}

/** 筛查运行: the runs of 政策找人 with their progress; 立即筛查 for those who may start one. */
export function RunsPage() {
  return (
    <PermissionGate permission="screening:read">
      <Runs />
    </PermissionGate>
  );
}
