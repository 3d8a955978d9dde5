import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { useBureauToday } from '../../../app/bureau-clock';
import { formatInstant } from '../../../app/format/date-time';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { ClaimLines } from './claim-lines';
import {
  computeClaim,
  fetchBanks,
  fetchClaim,
  fetchClaims,
  type SubsidyClaim,
  submitClaim,
  subsidyKey,
} from './interest-subsidy-api';

const statusColors = { computed: 'processing', submitted: 'warning', paid: 'success' } as const;

/** The last quarter that has ended. */
const lastQuarter = (today: string) => {
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return q === 0
    ? { year: Number(today.slice(0, 4)) - 1, quarter: 4 }
    : { year: Number(today.slice(0, 4)), quarter: q };
};

/** The chosen claim: totals, submission, lines. */
function ClaimDetail({ id }: { id: string }) {
  const can = usePermissions();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const claim = useQuery({ queryKey: [...subsidyKey, id], queryFn: () => fetchClaim(id) });
  const submit = useMutation({
    mutationFn: (c: SubsidyClaim) => submitClaim(c.id, c.version),
    onSuccess: (batch) => {
      client.invalidateQueries({ queryKey: subsidyKey });
      message.success(
        `已提交：生成 ${batch.totals.cases} 件贴息案件（批次 ${batch.number}），按案件流程审批拨付`,
      );
    },
    onError: (e: Error) => message.error(e.message),
  });
  if (claim.error) return <QueryErrorAlert error={claim.error} onRetry={() => claim.refetch()} />;
  const c = claim.data;
  if (!c) return null;
  return (
    <Card
      type="inner"
      title={
        <Typography.Title
          level={3}
          style={{ margin: 0, fontSize: 16 }}
        >{`${c.number} ${c.bankName}`}</Typography.Title>
      }
      extra={
        can('entrepreneurship:manage') && c.status === 'computed' ? (
          <Button
            type="primary"
            loading={submit.isPending}
            disabled={c.counts.payable === 0}
            onClick={() =>
              modal.confirm({
                title: `提交 ${c.number}？`,
                content: `${c.counts.payable} 笔应贴息贷款将各生成一件借款人的贴息案件，提交后不能重新核算。`,
                okText: '提交',
                onOk: () => submit.mutateAsync(c),
              })
            }
          >
            提交申报
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="贴息期">{`${c.periodStart} 至 ${c.periodEnd}`}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={statusColors[c.status]}>{c.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="贴息合计">{`${c.total} 元`}</Descriptions.Item>
        <Descriptions.Item label="贷款笔数">{c.counts.all}</Descriptions.Item>
        <Descriptions.Item label="应贴息笔数">{c.counts.payable}</Descriptions.Item>
        <Descriptions.Item label="核算时间">{formatInstant(c.computedAt)}</Descriptions.Item>
      </Descriptions>
      <ClaimLines claimId={c.id} total={c.counts.all} />
    </Card>
  );
}

/**
 * 贴息申报 (001 篇3 三(二)1): the city chooses a bank and a quarter, computes the claim from the loan
 * ledger, reads its lines and each line's explanation, and submits it; a bank's staff read their
 * own bank's claims.
 */
export function InterestSubsidyPage() {
  const can = usePermissions();
  const today = useBureauToday();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [period, setPeriod] = useState(() => lastQuarter(today));
  const [bankId, setBankId] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const banks = useQuery({ queryKey: [...subsidyKey, 'banks'], queryFn: fetchBanks });
  const claims = useQuery({ queryKey: [...subsidyKey, 'list', bankId], queryFn: () => fetchClaims(bankId) });
  const compute = useMutation({
    mutationFn: () => computeClaim({ bankId: bankId!, ...period }),
    onSuccess: (c) => {
      client.invalidateQueries({ queryKey: subsidyKey });
      setSelected(c.id);
      message.success(`已核算 ${c.number}：${c.lineCount} 笔贷款，贴息合计 ${c.total} 元`);
      if (c.dayBasisPlaceholder)
        message.warning(`日利率按年利率÷${c.dayBasis}换算为占位值，请在「政策参数」确认后重新核算`);
    },
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
            创业担保贷款贴息申报
          </Typography.Title>
        }
        extra={
          <Space wrap>
            <Select
              aria-label="经办银行"
              placeholder="选择经办银行"
              allowClear
              value={bankId}
              onChange={setBankId}
              loading={banks.isLoading}
              options={(banks.data ?? []).map((b) => ({ value: b.id, label: `${b.name}（${b.code}）` }))}
              style={{ width: 240 }}
            />
            {can('entrepreneurship:manage') ? (
              <>
                <InputNumber
                  aria-label="年度"
                  min={2009}
                  max={2100}
                  value={period.year}
                  onChange={(v) => v && setPeriod((p) => ({ ...p, year: v }))}
                  addonAfter="年"
                  style={{ width: 120 }}
                />
                <Select
                  aria-label="季度"
                  value={period.quarter}
                  onChange={(quarter) => setPeriod((p) => ({ ...p, quarter }))}
                  options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
                  style={{ width: 110 }}
                />
                <Button
                  type="primary"
                  disabled={!bankId}
                  loading={compute.isPending}
                  onClick={() => compute.mutate()}
                >
                  核算贴息
                </Button>
              </>
            ) : null}
          </Space>
        }
      >
        <QueryErrorAlert error={claims.error} onRetry={() => claims.refetch()} />
        {claims.data && claims.data.length === 0 ? (
          <EmptyState description="暂无贴息申报" />
        ) : (
          <Table<SubsidyClaim>
            rowKey="id"
            size="small"
            loading={claims.isLoading}
            dataSource={claims.data ?? []}
            pagination={false}
            onRow={(c) => ({ onClick: () => setSelected(c.id), style: { cursor: 'pointer' } })}
            rowClassName={(c) => (c.id === selected ? 'ant-table-row-selected' : '')}
            columns={[
              { title: '申报编号', dataIndex: 'number' },
              { title: '经办银行', dataIndex: 'bankName' },
              {
                title: '贴息期',
                key: 'period',
                render: (_: unknown, c) => `${c.periodStart} 至 ${c.periodEnd}`,
              },
              { title: '贷款笔数', dataIndex: 'loans', align: 'right' },
              { title: '贴息合计（元）', dataIndex: 'total', align: 'right' },
              {
                title: '状态',
                dataIndex: 'statusLabel',
                render: (label: string, c) => <Tag color={statusColors[c.status]}>{label}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      {selected ? <ClaimDetail id={selected} /> : null}
    </Space>
  );
}
