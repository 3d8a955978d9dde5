import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { positiveIntParam } from '../../../../app/url-params';
import {
  evidenceLabels,
  fetchDrilldown,
  figureLabels,
  type ProgressDrilldown,
  type ProgressFigure,
  trainingProgressKey,
  whereSearch,
} from '../progress-api';
import { useProgressWhere } from '../use-progress-where';

type Item = ProgressDrilldown['items'][number];
const resultLabels: Record<string, string> = { passed: '合格', failed: '不合格', absent: '缺考' };
const PAGE_SIZE = 20;

function DrilldownContent() {
  const { where, set, params } = useProgressWhere();
  const figure = (Object.keys(figureLabels).find((f) => f === params.get('figure')) ??
    'trained') as ProgressFigure;
  const page = positiveIntParam(params.get('page')) ?? 1;
  const list = useQuery({
    queryKey: [...trainingProgressKey, 'drilldown', where, figure, page],
    queryFn: () => fetchDrilldown(where, figure, page, PAGE_SIZE),
  });
  const d = list.data;
  return (
    <Card
      title={`${figureLabels[figure]}明细${d ? `：${d.org.name} ${d.period.label}（${d.total}人）` : ''}`}
      extra={<Link to={`/training/progress?${whereSearch(where)}`}>返回进展</Link>}
      data-testid="training-drilldown-page"
    >
      <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Item>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={d?.items}
        locale={{ emptyText: <EmptyState description="没有符合条件的学员" /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: d?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => set({ page: next }),
        }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, r) => <Link to={`/persons/${r.personId}`}>{name}</Link>,
          },
          { title: '身份证号', dataIndex: 'idNumberMasked' },
          { title: '所属单位', dataIndex: 'orgName' },
          { title: '培训班', dataIndex: 'classNumber' },
          { title: '培训机构', dataIndex: 'institutionName' },
          { title: '结业日期', dataIndex: 'endsOn' },
          {
            title: '考核结果',
            dataIndex: 'result',
            render: (v: string | null) => (v ? (resultLabels[v] ?? v) : '—'),
          },
          { title: '证书编号', dataIndex: 'certificateNumber', render: (v: string | null) => v ?? '—' },
          {
            title: '再就业依据',
            key: 'evidence',
            render: (_, r) => (r.evidenceKind ? `${evidenceLabels[r.evidenceKind]}（${r.evidenceOn}）` : '—'),
          },
        ]}
        data-testid="training-drilldown-table"
      />
    </Card>
  );
}

export function TrainingProgressDrilldownPage() {
  return (
    <PermissionGate permission="training:read">
      <DrilldownContent />
    </PermissionGate>
  );
}
