import { useQuery } from '@tanstack/react-query';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { formatInstant } from '../../../../app/format/date-time';
import { formatYuan } from '../../../../app/format/money';
import { firstPage } from '../../../../app/paging';
import { PageTitle } from '../../../../app/ui/page-title';
import { PagedTable } from '../../../../app/ui/paged-table';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { RunModal } from '../components/run-modal';
import { monthSpan } from '../components/status-tags';
import { entitlementsKey, fetchRuns, type RunItem } from '../recurring-api';

function Runs() {
  const can = usePermissions();
  const [paging, setPaging] = useState(firstPage);
  const [running, setRunning] = useState(false);
  const runs = useQuery({ queryKey: [...entitlementsKey, 'runs', paging], queryFn: () => fetchRuns(paging) });
  return (
    <Card
      title={<PageTitle>发放名单</PageTitle>}
      extra={
        can('entitlement:run') && (
          <Button type="primary" onClick={() => setRunning(true)} data-testid="run-create">
            生成发放名单
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        每期的定期待遇发放名单：列入名单的生成申领案件，按受理、审核、批准、拨付的流程办理；出现停发情形的停发并注明原因。
      </Typography.Paragraph>
      <PagedTable<RunItem>
        query={runs}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="暂无发放名单"
        data-testid="runs-table"
        columns={[
          {
            title: '编号',
            key: 'number',
            render: (_: unknown, r) => <Link to={`/entitlements/runs/${r.id}`}>{r.number}</Link>,
          },
          { title: '政策', dataIndex: 'policyName', key: 'policy', ellipsis: true },
          {
            title: '发放月份',
            key: 'months',
            render: (_: unknown, r) => monthSpan(r.periodStart, r.periodEnd),
          },
          { title: '列入', dataIndex: 'listedCount', key: 'listed', align: 'right' },
          { title: '停发', dataIndex: 'stoppedCount', key: 'stopped', align: 'right' },
          { title: '多发追回', dataIndex: 'recoveryCount', key: 'recoveries', align: 'right' },
          {
            title: '金额',
            dataIndex: 'totalAmount',
            key: 'amount',
            align: 'right',
            render: (a: string) => formatYuan(a),
          },
          {
            title: '生成时间',
            dataIndex: 'createdAt',
            key: 'createdAt',
            render: (at: string) => formatInstant(at),
          },
        ]}
      />
      {running && <RunModal onClose={() => setRunning(false)} />}
    </Card>
  );
}

/** 发放名单: the period runs, and 生成发放名单 for the city reviewer. */
export function RunsPage() {
  return (
    <PermissionGate permission="entitlement:read">
      <Runs />
    </PermissionGate>
  );
}
