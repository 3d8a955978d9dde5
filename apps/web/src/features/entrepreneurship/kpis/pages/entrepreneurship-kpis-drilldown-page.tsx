import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { positiveIntParam } from '../../../../app/url-params';
import { whereSearch } from '../../../training/progress/progress-api';
import { useProgressWhere } from '../../../training/progress/use-progress-where';
import {
  entrepreneurshipKpisKey,
  fetchKpiDrilldown,
  type KpiDrilldown,
  type KpiFigure,
  kpiFigureLabels,
  survivalEvidenceLabels,
} from '../kpis-api';

type Item = KpiDrilldown['items'][number];
const resultLabels: Record<string, string> = { passed: '合格', failed: '不合格', absent: '缺考' };
const PAGE_SIZE = 20;
const fileFigures: KpiFigure[] = ['trainees', 'passed', 'served', 'opened3', 'opened6'];

function DrilldownContent() {
  const { where, set, params } = useProgressWhere();
  const figure = ((Object.keys(kpiFigureLabels) as KpiFigure[]).find((f) => f === params.get('figure')) ??
    'trainees') as KpiFigure;
  const page = positiveIntParam(params.get('page')) ?? 1;
  const list = useQuery({
    queryKey: [...entrepreneurshipKpisKey, 'drilldown', where, figure, page],
    queryFn: () => fetchKpiDrilldown(where, figure, page, PAGE_SIZE),
  });
  const d = list.data;
  const ofFiles = fileFigures.includes(figure);
  const business = {
    title: '创业实体',
    key: 'business',
    render: (_: unknown, r: Item) =>
      r.businessId ? <Link to={`/entrepreneurship/businesses/${r.businessId}`}>{r.businessName}</Link> : '—',
  };
  return (
    <Card
      title={`${kpiFigureLabels[figure]}明细${d ? `：${d.org.name} ${d.period.label}（${d.total}）` : ''}`}
      extra={<Link to={`/entrepreneurship/kpis?${whereSearch(where)}`}>返回创业计划进展</Link>}
      data-testid="entrepreneurship-kpis-drilldown-page"
    >
      <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Item>
        rowKey={(r) => `${r.fileId}-${r.businessId ?? ''}`}
        size="small"
        loading={list.isFetching}
        dataSource={d?.items}
        locale={{ emptyText: <EmptyState description="没有符合条件的记录" /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: d?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => set({ page: next }),
        }}
        columns={[
          { title: '档案编号', dataIndex: 'fileNumber' },
          { title: '姓名', dataIndex: 'personName' },
          { title: '身份证号', dataIndex: 'idNumberMasked' },
          { title: '所属单位', dataIndex: 'orgName' },
          ...(ofFiles
            ? [
                { title: '培训结束日期', dataIndex: 'trainingEndedOn' },
                {
                  title: '考核结果',
                  dataIndex: 'result',
                  render: (v: string | null) => (v ? (resultLabels[v] ?? v) : '—'),
                },
                business,
                { title: '开业日期', dataIndex: 'openedOn', render: (v: string | null) => v ?? '—' },
              ]
            : [
                business,
                { title: '开业日期', dataIndex: 'openedOn' },
                { title: '注销日期', dataIndex: 'closedOn', render: (v: string | null) => v ?? '—' },
                { title: '带动就业', dataIndex: 'jobs', align: 'right' as const },
                {
                  title: '稳定经营依据',
                  key: 'evidence',
                  render: (_: unknown, r: Item) =>
                    r.survivalEvidenceKind
                      ? `${survivalEvidenceLabels[r.survivalEvidenceKind]}（${r.survivalEvidenceOn}）`
                      : '—',
                },
              ]),
        ]}
        data-testid="entrepreneurship-kpis-drilldown-table"
      />
    </Card>
  );
}

export function EntrepreneurshipKpisDrilldownPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <DrilldownContent />
    </PermissionGate>
  );
}
