import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useBureauToday } from '../../../app/bureau-clock';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { PeriodSelect } from '../../dashboard/period-select';
import { OrgFilter } from '../../orgs/components/org-filter';
import {
  drilldownPath,
  fetchCatalogue,
  fetchIndicators,
  formatValue,
  type IndicatorValue,
  statisticsKey,
} from '../statistics-api';
import { useWhereParams } from '../use-where-params';

function IndicatorsContent() {
  const today = useBureauToday();
  const year = Number(today.slice(0, 4));
  const { where, set } = useWhereParams(year);
  const catalogue = useQuery({ queryKey: [...statisticsKey, 'catalogue'], queryFn: fetchCatalogue });
  const values = useQuery({
    queryKey: [...statisticsKey, 'values', where],
    queryFn: () => fetchIndicators(where),
  });
  const defs = new Map((catalogue.data ?? []).map((d) => [d.code, d]));
  return (
    <Card
      title={`统计指标${values.data ? `：${values.data.org.name} ${values.data.period.label}` : ''}`}
      extra={
        <Space>
          <OrgFilter
            value={where.orgId}
            onChange={(orgId) => set({ orgId })}
            width={200}
            data-testid="stats-org"
          />
          <PeriodSelect
            year={year}
            value={where}
            onChange={(w) => set({ period: w.period, year: w.year, index: w.index })}
          />
        </Space>
      }
      data-testid="indicators-page"
    >
      <QueryErrorAlert error={values.error ?? catalogue.error} onRetry={() => values.refetch()} />
      <Table<IndicatorValue>
        rowKey="code"
        size="small"
        pagination={false}
        loading={values.isFetching}
        dataSource={values.data?.items}
        columns={[
          { title: '指标', key: 'name', render: (_, v) => defs.get(v.code)?.name ?? v.name, width: 200 },
          {
            title: '数值',
            key: 'value',
            width: 160,
            render: (_, v) =>
              v.kind === 'uncountable' ? (
                <Typography.Text type="secondary">未能计数</Typography.Text>
              ) : (
                <Link to={drilldownPath(v.code, where)}>{formatValue(v)}</Link>
              ),
          },
          {
            title: '分子 / 分母',
            key: 'parts',
            width: 110,
            render: (_, v) => (v.kind === 'rate' ? `${v.numerator} / ${v.denominator}` : ''),
          },
          {
            title: '口径与依据',
            key: 'definition',
            render: (_, v) => {
              const d = defs.get(v.code);
              return (
                <Typography.Text type="secondary">
                  {v.reason ?? d?.counting}{' '}
                  {d ? `（${d.reference.doc}${d.reference.clause ? ` ${d.reference.clause}` : ''}）` : ''}
                </Typography.Text>
              );
            },
          },
        ]}
        data-testid="indicators-table"
      />
    </Card>
  );
}

export function IndicatorsPage() {
  return (
    <PermissionGate permission="stats:read">
      <IndicatorsContent />
    </PermissionGate>
  );
}
