import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Result, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { PageSpin } from '../../../app/ui/page-spin';
import { PageTitle } from '../../../app/ui/page-title';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import {
  fetchSettlement,
  fileSettlement,
  type SettlementDetail,
  type SettlementLine,
  settlementsKey,
} from './settlements-api';

const DEDUCTION_OF: Record<string, string> = {
  result_error_deduction: '差错率',
  missed_item_deduction: '漏检率',
  data_entry_error_deduction: '录入差错率',
  satisfaction_deduction: '满意率',
};

/** What a line is measured by: the unsigned items one by one, a deduction's rate and points. */
function LineBasis({ line }: { line: SettlementLine }) {
  if (line.items)
    return line.items.length === 0 ? (
      <Typography.Text type="secondary">无</Typography.Text>
    ) : (
      <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="settlement-unsigned-items">
        {line.items.map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two examinees may share a masked name and item
          <li key={n}>{`${i.examinee}　${i.item}　${i.fee} 元`}</li>
        ))}
      </ul>
    );
  if (line.excessPoints === null) return null;
  const below = line.id === 'satisfaction_deduction';
  const word = below ? '低于' : '超出';
  const points = Number(line.excessPoints);
  return (
    <Typography.Text type={points > 0 ? 'danger' : 'secondary'}>
      {`${DEDUCTION_OF[line.id]} ${line.rate}%（标准${below ? '≥' : '≤'}${line.limit}%），${word} ${line.excessPoints} 个百分点`}
    </Typography.Text>
  );
}

function Lines({ s }: { s: SettlementDetail }) {
  return (
    <Table<SettlementLine>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={s.lines}
      data-testid="settlement-lines"
      rowClassName={(l) => (l.id === 'net_payment' ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: '项目',
          dataIndex: 'label',
          render: (v: string, l) => (l.id === 'net_payment' ? <strong>{v}</strong> : v),
        },
        { title: '计算依据', key: 'basis', render: (_: unknown, l) => <LineBasis line={l} /> },
        {
          title: '金额（元）',
          dataIndex: 'amount',
          align: 'right',
          render: (v: string, l) => <span data-testid={`settlement-amount-${l.id}`}>{v}</span>,
        },
        { title: '条款', dataIndex: 'clause' },
      ]}
    />
  );
}

function Checks({ s }: { s: SettlementDetail }) {
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={s.checks}
      data-testid="settlement-checks"
      columns={[
        { title: '人工核查事项（审核时由医保处确认）', dataIndex: 'label' },
        {
          title: '记录情况',
          dataIndex: 'records',
          render: (v: string, c) => (
            <Typography.Text type={c.ok ? undefined : 'warning'}>{v}</Typography.Text>
          ),
        },
        { title: '依据', dataIndex: 'citation' },
      ]}
    />
  );
}

/** 体检费用结算明细: the amounts line by line with their clauses, the checks, filing and the case. */
export function SettlementDetailPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const allowed = can('health_check:read') || can('health_check:operate');
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const settlement = useQuery({
    queryKey: [...settlementsKey, id],
    queryFn: () => fetchSettlement(id),
    enabled: allowed,
  });
  const file = useMutation({
    mutationFn: (s: SettlementDetail) => fileSettlement(s.id, s.version),
    onSuccess: (s) => {
      void client.invalidateQueries({ queryKey: settlementsKey });
      message.success(`已提交经办：案件 ${s.case?.number ?? ''}，按案件流程受理、审核、审批、拨付`);
    },
    onError: (e: Error) => message.error(e.message),
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  if (settlement.error)
    return <QueryErrorResult error={settlement.error} onRetry={() => void settlement.refetch()} />;
  const s = settlement.data;
  if (!s) return <PageSpin />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{`${s.hospitalName} 体检费用结算`}</PageTitle>}
        extra={
          <Space>
            <Link to={`/health-checks/settlements?planId=${s.planId}`}>返回结算列表</Link>
            {can('health_check:manage') && s.status === 'computed' ? (
              <Button
                type="primary"
                loading={file.isPending}
                disabled={s.outcome === 'ineligible' || s.pendingExaminees > 0}
                data-testid="settlement-file"
                onClick={() =>
                  modal.confirm({
                    title: '提交经办？',
                    content: `以本次核算（实际拨付 ${s.net} 元）生成${s.hospitalName}的结算案件，提交后不能重新核算。`,
                    okText: '提交经办',
                    onOk: () => file.mutateAsync(s),
                  })
                }
              >
                提交经办
              </Button>
            ) : null}
          </Space>
        }
      >
        {s.status === 'computed' && s.pendingExaminees > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="settlement-pending"
            title={`该院尚有 ${s.pendingExaminees} 名已安排的职工未体检（未出结论或未标记未到检）：体检全部结束后再核算并提交经办。`}
          />
        )}
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="状态">
            <Tag color={s.status === 'filed' ? 'blue' : 'gold'}>{s.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="实际拨付">
            <strong data-testid="settlement-net">{`${s.net} 元`}</strong>
          </Descriptions.Item>
          <Descriptions.Item label="体检结束日期">{s.input.examinationsEndedOn}</Descriptions.Item>
          <Descriptions.Item label="核算时间">{formatInstant(s.computedAt)}</Descriptions.Item>
          <Descriptions.Item label="经办案件">
            {s.case ? (
              <Link to={`/cases/${s.case.id}`} data-testid="settlement-case">
                {`${s.case.number}（${s.case.statusLabel}）`}
              </Link>
            ) : (
              '未提交'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="已拨付">{s.paidAmount ? `${s.paidAmount} 元` : '—'}</Descriptions.Item>
        </Descriptions>
        {s.failedConditions.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title="不符合结算条件"
            description={s.failedConditions.map((c) => `${c.text}（${c.clause}）`).join('；')}
          />
        ) : null}
      </Card>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 15, margin: 0 }}>逐项金额</h2>}
        extra={
          s.document ? <Typography.Text type="secondary">{`依据：${s.document}`}</Typography.Text> : null
        }
      >
        <Lines s={s} />
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>人工核查事项</h2>}>
        <Checks s={s} />
      </Card>
    </Space>
  );
}
