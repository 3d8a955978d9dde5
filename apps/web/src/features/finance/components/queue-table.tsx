import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatYuan } from '../../../app/format/money';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchQueue, financeKey, type QueueItem, type QueueStage } from '../finance-api';
import { DueDate } from './due-date';

const statusLabels: Record<string, string> = {
  approved: '已批准',
  notice_passed: '公示期满',
  sent_to_finance: '已转财政',
  payment_failed: '拨付失败',
};

const common: ColumnsType<QueueItem> = [
  {
    title: '案件编号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link>,
  },
  { title: '事项', dataIndex: 'caseTypeName', key: 'caseTypeName' },
  { title: '申请人', dataIndex: 'applicantName', key: 'applicantName' },
  { title: '状态', dataIndex: 'status', key: 'status', render: (s: string) => statusLabels[s] ?? s },
  {
    title: '金额',
    dataIndex: 'amount',
    key: 'amount',
    align: 'right',
    render: formatYuan,
  },
];

const byStage: Record<QueueStage, ColumnsType<QueueItem>> = {
  forward: [
    ...common,
    { title: '批准日期', dataIndex: 'decidedOn', key: 'decidedOn', render: (d) => d ?? '—' },
    {
      title: '转财政期限',
      dataIndex: 'forwardDueOn',
      key: 'forwardDueOn',
      render: (_: unknown, c) => (
        <DueDate on={c.forwardDueOn} overdue={c.forwardOverdue} provisional={c.provisional} />
      ),
    },
  ],
  payment: [
    ...common,
    { title: '财政收到日期', dataIndex: 'receivedOn', key: 'receivedOn', render: (d) => d ?? '—' },
    {
      title: '拨付期限',
      dataIndex: 'payDueOn',
      key: 'payDueOn',
      render: (_: unknown, c) => (
        <DueDate on={c.payDueOn} overdue={c.payOverdue} provisional={c.provisional} />
      ),
    },
    {
      title: '上次失败原因',
      dataIndex: 'lastFailure',
      key: 'lastFailure',
      render: (r: string | null) => (r ? <Typography.Text type="danger">{r}</Typography.Text> : '—'),
    },
  ],
};

interface QueueTableProps {
  stage: QueueStage;
  /** The bulk action's button label. */
  actionLabel: string;
  actionTestId: string;
  busy: boolean;
  /**
   * Runs the action on the selected cases; resolving true (done) or failing (the queue is refetched
   * with new versions) clears the selection.
   */
  onAction: (selected: QueueItem[]) => Promise<boolean> | undefined;
}

/** One finance queue with its deadlines, an overdue filter and a bulk action on the selected cases. */
export function QueueTable({ stage, actionLabel, actionTestId, busy, onAction }: QueueTableProps) {
  const [overdue, setOverdue] = useState(false);
  const [selected, setSelected] = useState<QueueItem[]>([]);
  const query = useQuery({
    queryKey: [...financeKey, 'queue', stage, overdue],
    queryFn: () => fetchQueue(stage, overdue),
  });
  const run = () =>
    void onAction(selected)
      ?.then((done) => done && setSelected([]))
      .catch(() => setSelected([]));
  return (
    <>
      <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={busy}
          onClick={run}
          data-testid={actionTestId}
        >
          {actionLabel}
          {selected.length ? `（${selected.length} 件）` : ''}
        </Button>
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
          只看已超期
        </Checkbox>
        {query.data ? <Typography.Text type="secondary">今天：{query.data.today}</Typography.Text> : null}
      </Flex>
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<QueueItem>
        rowKey="id"
        columns={byStage[stage]}
        dataSource={query.data?.items}
        loading={query.isFetching}
        rowSelection={{
          selectedRowKeys: selected.map((c) => c.id),
          onChange: (_keys, rows) => setSelected(rows),
        }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 件` }}
        data-testid={`finance-queue-${stage}`}
      />
    </>
  );
}
