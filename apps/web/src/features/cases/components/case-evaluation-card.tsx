import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { formatFen, formatYuan } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { FigureLinks } from '../../policies/components/figure-links';
import { fetchPolicy, policiesKey } from '../../policies/policy-api';
import { checkStatusTags, conditionStatusTags, outcomeTags } from '../../policies/policy-labels';
import type { CaseDetail, FrozenEvaluation } from '../case-types';
import { useCaseFacts } from '../facts/case-facts-api';
import { factText, factTitle, fieldNameMap } from '../facts/fact-text';

/** The policy definition (amount and check labels); reviewers and officers hold `policy:read`. */
export function usePolicyOf(policyId: string) {
  return useQuery({
    queryKey: [...policiesKey, 'detail', policyId],
    queryFn: () => fetchPolicy(policyId),
    staleTime: 300_000,
    retry: false,
  });
}

/** The rule's verdict in Chinese: outcome, conditions with their clauses, checks and the explanation. */
export function EvaluationSummary({ result, detail }: { result: FrozenEvaluation; detail: CaseDetail }) {
  const policy = usePolicyOf(detail.policyId);
  const amountLabel = (id: string) => policy.data?.amounts.find((a) => a.id === id)?.label ?? id;
  const outcome = outcomeTags[result.outcome];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>核验结论：</Typography.Text>
        <Tag color={outcome.color} data-testid="case-outcome">
          {outcome.label}
        </Tag>
        <Typography.Text type="secondary">核验日期 {result.on}</Typography.Text>
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        bordered
        dataSource={Object.entries(result.amounts).map(([id, yuan]) => ({ id, yuan }))}
        locale={{ emptyText: <EmptyState description="无补贴金额（不符合条件或尚有人工核查项未确认）" /> }}
        columns={[
          { title: '补贴项目', dataIndex: 'id', key: 'id', render: amountLabel },
          { title: '规则金额', dataIndex: 'yuan', key: 'yuan', align: 'right', render: formatYuan },
        ]}
      />
      <List
        size="small"
        bordered
        header={<Typography.Text strong>条件判断</Typography.Text>}
        dataSource={result.conditions}
        data-testid="case-conditions"
        renderItem={(c) => (
          <List.Item>
            <div>
              <Space wrap size={4}>
                <Tag color={conditionStatusTags[c.status].color}>{conditionStatusTags[c.status].label}</Tag>
                <Typography.Text>{c.sentence}</Typography.Text>
              </Space>
              {c.detail ? (
                <div>
                  <Typography.Text type="secondary">{c.detail}</Typography.Text>
                </div>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.label} · 依据：{c.citation}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {result.checks.length ? (
        <List
          size="small"
          bordered
          header={<Typography.Text strong>人工核查</Typography.Text>}
          dataSource={result.checks}
          renderItem={(c) => (
            <List.Item>
              <Space wrap size={4}>
                <Tag color={checkStatusTags[c.status].color}>{checkStatusTags[c.status].label}</Tag>
                <Typography.Text>{c.label}</Typography.Text>
                <FigureLinks figures={c.figures} />
                {detail.humanChecks[c.id]?.note ? (
                  <Typography.Text type="secondary">（{detail.humanChecks[c.id]?.note}）</Typography.Text>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  依据：{c.citation}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      <div data-testid="case-explanation">
        <Typography.Text strong>规则说明</Typography.Text>
        <ol style={{ margin: '8px 0 0', paddingLeft: 20 }}>
          {result.explanationLines.map((line, i) => (
            // The lines are the engine's fixed wording, in order; the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <li key={i}>{line}</li>
          ))}
        </ol>
      </div>
    </Space>
  );
}

/** Where a fact came from; for an object, where its parts came from (sources are kept per field). */
function sourceOf(sources: Record<string, string>, key: string): string {
  if (sources[key]) return sources[key];
  const parts = Object.entries(sources).filter(([path]) => path.startsWith(`${key}.`));
  return [...new Set(parts.map(([, source]) => source))].join('；') || '—';
}

function FactsTable({ detail }: { detail: CaseDetail }) {
  const names = fieldNameMap(useCaseFacts(detail.id, detail.version).data?.fields ?? []);
  const row = (key: string, value: unknown, source: string) => ({
    key,
    label: factTitle(names, key),
    value: factText(value, key, names) || '无',
    source,
  });
  const facts = detail.frozenFacts;
  const rows = facts
    ? Object.entries(facts.input).map(([key, value]) => row(key, value, sourceOf(facts.sources, key)))
    : Object.entries(detail.application).map(([key, value]) => row(key, value, '申请填报'));
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: <EmptyState description="无申请填报信息" /> }}
      data-testid="case-facts"
      columns={[
        { title: '事实', dataIndex: 'label', key: 'label', width: 180 },
        { title: '取值', dataIndex: 'value', key: 'value' },
        { title: '来源', dataIndex: 'source', key: 'source', width: 200 },
      ]}
    />
  );
}

/** 事实与规则: the facts frozen at review with their sources, and the rule's frozen result. */
export function CaseEvaluationCard({ detail }: { detail: CaseDetail }) {
  const result = detail.frozenEvaluation;
  return (
    <Card title="事实与规则" size="small" data-testid="case-evaluation">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {result ? (
          <EvaluationSummary result={result} detail={detail} />
        ) : (
          <EmptyState description="尚未审核：审核时按决定日的登记信息运行政策规则，冻结事实与结果" />
        )}
        {detail.reviewNote || detail.overrideAmountFen !== null ? (
          <Descriptions size="small" column={1} bordered>
            {detail.reviewNote ? (
              <Descriptions.Item label="审核意见">{detail.reviewNote}</Descriptions.Item>
            ) : null}
            {detail.overrideAmountFen !== null ? (
              <Descriptions.Item label="调整后核定金额">
                {formatFen(detail.overrideAmountFen)}（理由：{detail.overrideReason}）
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : null}
        {detail.frozenFacts ? (
          <Alert
            type="info"
            showIcon
            title={`以下事实于 ${detail.frozenFacts.asOf} 冻结，之后登记信息的修改不影响本案`}
          />
        ) : (
          <Typography.Text type="secondary">申请填报信息（审核时与登记信息合并）</Typography.Text>
        )}
        <FactsTable detail={detail} />
      </Space>
    </Card>
  );
}
