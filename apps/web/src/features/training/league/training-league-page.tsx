import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { useBureauToday } from '../../../app/bureau-clock';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import {
  decisionLabels,
  evaluateInstitution,
  fetchLeague,
  type LeagueRow,
  type LeagueSort,
  percent,
} from '../progress/progress-api';

const sortLabels: Record<LeagueSort, string> = {
  employmentRate: '按就业率',
  passRate: '按合格率',
  certificateRate: '按取证率',
  completion: '按计划完成率',
  trained: '按培训人数',
};
const decisionColors = { keep: 'success', rectify: 'warning', suspend: 'orange', withdraw: 'error' } as const;

/** 定点培训机构年度排行 and the yearly evaluation (city only) that records a recommended decision. */
export function TrainingLeaguePage() {
  const today = useBureauToday();
  const can = usePermissions();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [sort, setSort] = useState<LeagueSort>('employmentRate');
  const league = useQuery({
    queryKey: ['training', 'league', year, sort],
    queryFn: () => fetchLeague(year, sort),
  });
  const evaluate = useMutation({
    mutationFn: (row: LeagueRow) => evaluateInstitution(row.institutionId, year),
    onSuccess: (e) => {
      client.invalidateQueries({ queryKey: ['training', 'league'] });
      modal.info({ title: `考评结论：${decisionLabels[e.decision]}`, content: e.conclusion, width: 560 });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const confirm = (row: LeagueRow) =>
    modal.confirm({
      title: `考评${row.name}${year}年度业绩？`,
      content:
        '按该机构本年度结业学员的记录计数，给出结论和建议；考评结果保存后不可重复考评，机构状态须另行处理。',
      okText: '考评',
      onOk: () => evaluate.mutateAsync(row),
    });
  return (
    <Card
      title={`定点培训机构年度排行${league.data ? `（结业后${league.data.window.months}个月内就业计入就业率）` : ''}`}
      extra={
        <Space>
          <InputNumber
            aria-label="年度"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            addonAfter="年"
            style={{ width: 120 }}
            data-testid="league-year"
          />
          <Select<LeagueSort>
            aria-label="排序方式"
            value={sort}
            onChange={setSort}
            options={Object.entries(sortLabels).map(([value, label]) => ({
              value: value as LeagueSort,
              label,
            }))}
            style={{ width: 140 }}
            data-testid="league-sort"
          />
        </Space>
      }
      data-testid="training-league-page"
    >
      <QueryErrorAlert error={league.error} onRetry={() => league.refetch()} />
      <Table<LeagueRow>
        rowKey="institutionId"
        size="small"
        pagination={false}
        loading={league.isFetching}
        dataSource={league.data?.items}
        locale={{ emptyText: <EmptyState description="本年度没有定点培训机构的培训记录" /> }}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 60 },
          { title: '机构', dataIndex: 'name' },
          { title: '培训人数', dataIndex: 'trained', align: 'right' },
          { title: '合格率', key: 'passRate', align: 'right', render: (_, r) => percent(r.passRate) },
          {
            title: '取证率',
            key: 'certificateRate',
            align: 'right',
            render: (_, r) => percent(r.certificateRate),
          },
          {
            title: '就业率',
            key: 'employmentRate',
            align: 'right',
            render: (_, r) => percent(r.employmentRate),
          },
          {
            title: '计划完成率',
            key: 'completion',
            align: 'right',
            render: (_, r) => `${percent(r.completion)}（${r.trained}/${r.planned}）`,
          },
          {
            title: '年度考评',
            key: 'decision',
            render: (_, r) =>
              r.decision ? (
                <Tag color={decisionColors[r.decision]}>{decisionLabels[r.decision]}</Tag>
              ) : can('training:manage') ? (
                <Button size="small" onClick={() => confirm(r)} data-testid={`league-evaluate-${r.number}`}>
                  考评
                </Button>
              ) : (
                '未考评'
              ),
          },
        ]}
        data-testid="training-league-table"
      />
    </Card>
  );
}
