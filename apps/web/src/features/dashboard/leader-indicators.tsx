import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { QueryErrorAlert } from '../../app/ui/query-error-alert';
import { OrgFilter } from '../orgs/components/org-filter';
import {
  type ByOrg,
  casesPath,
  drilldownPath,
  fetchByOrg,
  fetchTrend,
  formatValue,
  statisticsKey,
  type Where,
} from '../statistics/statistics-api';
import { BarChart } from './bar-chart';
import { PeriodSelect } from './period-select';

const RANK_BY = 'new_employment_and_reemployment';

type TownRow = ByOrg['rows'][number];
type Item = TownRow['items'][number];

/** Where the records behind one cell are listed: the paid cases, or the indicator's drill-down. */
function cellPath(item: Item, where: Where, orgId: number, span: { from: string; to: string }) {
  if (item.code === 'subsidies_paid') return casesPath({ orgId, paidFrom: span.from, paidTo: span.to });
  return drilldownPath(item.code, { ...where, orgId });
}

function Cell({ item, to }: { item: Item; to: string }) {
  return (
    <Space direction="vertical" size={0}>
      <Link to={to}>{formatValue(item)}</Link>
      {item.target ? (
        <Typography.Text type="secondary">目标 {item.target.value}</Typography.Text>
      ) : (
        <Tag>未设目标</Tag>
      )}
    </Space>
  );
}

/**
 * Bureau leader and district: the key indicators of each town against the year's targets, a
 * ranking table, the amounts paid per town and the month-by-month trend. Every bar and every
 * figure opens the records behind it.
 */
export function LeaderIndicators({ orgId: homeOrgId, today }: { orgId: number; today: string }) {
  const navigate = useNavigate();
  const year = Number(today.slice(0, 4));
  const [where, setWhere] = useState<Where>({ period: 'year', year, orgId: homeOrgId });
  const byOrg = useQuery({
    queryKey: [...statisticsKey, 'by-org', where],
    queryFn: () => fetchByOrg(where),
  });
  const trend = useQuery({
    queryKey: [...statisticsKey, 'trend', 'new_jobs', year, where.orgId],
    queryFn: () => fetchTrend('new_jobs', year, where.orgId),
  });
  const period = byOrg.data?.period;
  const rows = [...(byOrg.data?.rows ?? [])].sort(
    (a, b) =>
      (b.items.find((i) => i.code === RANK_BY)?.value ?? 0) -
      (a.items.find((i) => i.code === RANK_BY)?.value ?? 0),
  );
  const value = (r: TownRow, code: string) => r.items.find((i) => i.code === code)?.value ?? 0;
  const names = byOrg.data?.rows[0]?.items ?? [];

  return (
    <Card
      size="small"
      title={`重点指标${byOrg.data ? `：${byOrg.data.org.name} ${byOrg.data.period.label}` : ''}`}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <OrgFilter
            value={where.orgId}
            onChange={(orgId) => setWhere({ ...where, orgId: orgId ?? homeOrgId })}
            width={200}
            data-testid="leader-org"
          />
          <PeriodSelect year={year} value={where} onChange={setWhere} />
        </Space>
      }
      data-testid="leader-indicators"
    >
      <QueryErrorAlert error={byOrg.error} onRetry={() => byOrg.refetch()} />
      {period && rows.length > 0 ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Typography.Title level={2} style={{ fontSize: 14 }}>
                新增就业再就业人数（人）
              </Typography.Title>
              <BarChart
                label="各下级机构新增就业再就业人数"
                categories={rows.map((r) => r.org.name)}
                series={[{ name: '新增就业再就业人数', data: rows.map((r) => value(r, RANK_BY)) }]}
                onBarClick={(i) => navigate(drilldownPath(RANK_BY, { ...where, orgId: rows[i]!.org.id }))}
                testId="chart-employment-by-org"
              />
            </Col>
            <Col xs={24} lg={12}>
              <Typography.Title level={2} style={{ fontSize: 14 }}>
                拨付补贴金额（元）
              </Typography.Title>
              <BarChart
                label="各下级机构拨付补贴金额"
                categories={rows.map((r) => r.org.name)}
                series={[{ name: '拨付金额', data: rows.map((r) => value(r, 'subsidies_paid')) }]}
                format={(v) => (v / 100).toLocaleString('zh-CN')}
                onBarClick={(i) =>
                  navigate(casesPath({ orgId: rows[i]!.org.id, paidFrom: period.from, paidTo: period.to }))
                }
                testId="chart-paid-by-org"
              />
            </Col>
          </Row>
          <Table<TownRow>
            rowKey={(r) => r.org.id}
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={rows}
            data-testid="ranking-table"
            columns={[
              { title: '排名', key: 'rank', width: 56, render: (_, __, i) => i + 1 },
              {
                title: '机构',
                key: 'org',
                render: (_, r) => (
                  <Typography.Link onClick={() => setWhere({ ...where, orgId: r.org.id })}>
                    {r.org.name}
                  </Typography.Link>
                ),
              },
              ...names.map((n, col) => ({
                title: n.name,
                key: n.code,
                render: (_: unknown, r: TownRow) => (
                  <Cell item={r.items[col]!} to={cellPath(r.items[col]!, where, r.org.id, period)} />
                ),
              })),
            ]}
          />
        </>
      ) : byOrg.data ? (
        <Typography.Paragraph type="secondary">
          本机构没有下级机构，可在「统计指标」中查看本级指标。
        </Typography.Paragraph>
      ) : null}
      {trend.data ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 14, marginTop: 16 }}>
            {year}年逐月新就业人数（人）
          </Typography.Title>
          <BarChart
            label={`${year}年逐月新就业人数`}
            categories={trend.data.points.map((p) => p.month)}
            series={[{ name: '新就业人数', data: trend.data.points.map((p) => p.value ?? 0) }]}
            onBarClick={(i) => {
              const month = trend.data.points[i]!.month;
              navigate(
                drilldownPath('new_jobs', {
                  orgId: where.orgId,
                  period: 'month',
                  year,
                  index: Number(month.slice(5)),
                }),
              );
            }}
            testId="chart-trend"
          />
        </>
      ) : null}
      <Link to="/statistics">全部统计指标</Link>
    </Card>
  );
}
