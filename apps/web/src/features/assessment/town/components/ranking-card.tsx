import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { bureauTodayDay } from '../../../../app/bureau-clock';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import {
  generateDocument,
  type Period,
  type PlanView,
  type Ranking,
  townAssessmentKey,
  useRanking,
} from '../town-assessment-api';
import { periodLabels } from '../town-assessment-labels';

type Line = Ranking['lines'][number];

/** The live score of the plan's towns over the period's reviewed figures, and its document generated. */
export function RankingCard({ plan }: { plan: PlanView }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState<Period>('half_year');
  // The notice's date as printed: the half-year notice is issued in early July (二 "7月上旬").
  const [datedOn, setDatedOn] = useState<Dayjs>(bureauTodayDay);
  const ranking = useRanking(plan.id, period);
  const generate = useMutation({
    mutationFn: () => generateDocument(plan.id, period, datedOn.format('YYYY-MM-DD')),
    onSuccess: () => {
      message.success(`${periodLabels[period]}已生成，发布前可重新生成`);
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
    },
    onError: (error) => message.error(error.message),
  });
  const lines = ranking.data?.lines ?? [];
  const columns: ColumnsType<Line> = [
    { title: '名次', dataIndex: 'rank', key: 'rank' },
    { title: '街镇', dataIndex: 'townName', key: 'town' },
    { title: '总分', dataIndex: 'total', key: 'total', render: (t: string) => <strong>{t}</strong> },
    {
      title: '未审核季度（按0计）',
      key: 'missing',
      render: (_, l) =>
        l.missingQuarters.length ? l.missingQuarters.map((q) => `第${q}季度`).join('、') : '—',
    },
  ];
  // Points per indicator with the towns as columns (in rank order): a dozen indicators fit as rows.
  const pointColumns: ColumnsType<PlanView['indicators'][number]> = [
    { title: '指标（分值）', key: 'label', render: (_, i) => `${i.label}（${i.maxPoints}分）` },
    ...lines.map((l) => ({
      title: l.townName,
      key: String(l.townOrgId),
      render: (_: unknown, i: PlanView['indicators'][number]) => l.points[i.code] ?? '—',
    })),
  ];
  return (
    <Card
      title="计分排名（按占最高的百分比）"
      extra={
        <Space>
          <Segmented<Period>
            value={period}
            onChange={setPeriod}
            options={[
              { value: 'half_year', label: '半年（1–2季度）' },
              { value: 'year_end', label: '年终（1–4季度）' },
            ]}
          />
          <DatePicker
            aria-label="通报日期"
            allowClear={false}
            value={datedOn}
            onChange={(d) => d && setDatedOn(d)}
          />
          <Button
            type="primary"
            loading={generate.isPending}
            onClick={() => generate.mutate()}
            data-testid="ranking-generate"
          >
            生成{periodLabels[period]}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        只计市局审核核定的数字；未审核的季度按0计。每项指标确定最高得分，其余的按占最高的百分比确定得分。
      </Typography.Paragraph>
      <QueryErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />
      <Table
        rowKey="townOrgId"
        size="small"
        pagination={false}
        loading={ranking.isPending}
        dataSource={lines}
        columns={columns}
        data-testid="ranking-table"
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        各项指标得分
      </Typography.Title>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={plan.indicators}
        columns={pointColumns}
      />
    </Card>
  );
}
