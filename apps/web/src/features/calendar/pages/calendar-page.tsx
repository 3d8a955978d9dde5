import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { calendarKey, type DayEntry, fetchYear, fetchYears, type YearSummary } from '../calendar-api';
import { DayKindTag, weekdayOf } from '../components/day-kind-tag';
import { ProvisionalLists } from '../components/provisional-lists';
import { type EnterYearResult, YearEntryModal } from '../components/year-entry-modal';
import { YearGrid } from '../components/year-grid';

const sourceTag = (y: YearSummary) =>
  y.source === 'entered' ? (
    <Tag color="blue">{y.packaged ? '本系统录入（替换内置）' : '本系统录入'}</Tag>
  ) : (
    <Tag>内置数据</Tag>
  );

function DaysTable({ days, kind }: { days: DayEntry[]; kind: 'holiday' | 'adjusted_workday' }) {
  return (
    <Table<DayEntry>
      rowKey="date"
      size="small"
      dataSource={days}
      pagination={false}
      columns={[
        { title: '日期', dataIndex: 'date', width: 120 },
        { title: '星期', dataIndex: 'date', width: 80, render: weekdayOf },
        { title: '安排', dataIndex: 'name', render: (name: string) => <DayKindTag day={{ kind, name }} /> },
      ]}
    />
  );
}

function YearView({ year, onReplace }: { year: number; onReplace?: (() => void) | undefined }) {
  const detail = useQuery({ queryKey: [...calendarKey, 'year', year], queryFn: () => fetchYear(year) });
  if (detail.isError) return <QueryErrorAlert error={detail.error} onRetry={() => detail.refetch()} />;
  const d = detail.data;
  return (
    <Card
      title={`${year} 年节假日安排`}
      loading={detail.isPending}
      extra={onReplace ? <Button onClick={onReplace}>替换本年安排</Button> : null}
      data-testid="year-view"
    >
      {d ? (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="来源">{sourceTag(d)}</Descriptions.Item>
            <Descriptions.Item label="依据">{d.sourceDoc ?? '—'}</Descriptions.Item>
            {d.enteredByName ? (
              <Descriptions.Item label="录入">
                {d.enteredByName}，
                {new Date(d.enteredAt!).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Tabs
            items={[
              {
                key: 'grid',
                label: '年历',
                children: <YearGrid year={year} holidays={d.holidays} workdays={d.workdays} />,
              },
              {
                key: 'table',
                label: `节假日（${d.holidays.length}）`,
                children: <DaysTable days={d.holidays} kind="holiday" />,
              },
              {
                key: 'workdays',
                label: `调休上班日（${d.workdays.length}）`,
                children: <DaysTable days={d.workdays} kind="adjusted_workday" />,
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

/**
 * 工作日历: which years the working-day calendar covers and where each came from, a year's
 * holidays and adjusted working days, the entry of a newly published year (administrator), and
 * what was counted provisionally meanwhile.
 */
export function CalendarPage() {
  const can = usePermissions();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const years = useQuery({ queryKey: [...calendarKey, 'years'], queryFn: fetchYears });
  const [selected, setSelected] = useState<number | null>(null);
  const [entry, setEntry] = useState<{ base?: number } | null>(null);
  const base = useQuery({
    queryKey: [...calendarKey, 'year', entry?.base],
    queryFn: () => fetchYear(entry!.base!),
    enabled: entry?.base !== undefined,
  });

  if (years.isError) return <QueryErrorAlert error={years.error} onRetry={() => years.refetch()} />;
  const thisYear = Number(years.data?.today.slice(0, 4) ?? 0);
  const covered = new Set(years.data?.years.map((y) => y.year));
  const missing = [thisYear, thisYear + 1].filter((y) => thisYear && !covered.has(y));
  const shown = selected ?? years.data?.years[0]?.year ?? null;
  const writer = can('calendar:write');
  const reader = writer || can('case:read');

  const saved = (result: EnterYearResult) => {
    setEntry(null);
    setSelected(result.year);
    void queryClient.invalidateQueries({ queryKey: calendarKey });
    modal.success({
      title: `${result.year} 年节假日安排已保存`,
      content: (
        <div data-testid="year-entry-result">
          <p>按暂定日历计算的办理期限已重算 {result.recounted.length} 件。</p>
          <ul>
            {result.recounted.map((r) => (
              <li key={r.caseId}>
                {r.number}：{r.before} → {r.after}
              </li>
            ))}
          </ul>
          <p>须重新核验的审核结果 {result.toRecheck.length} 件，请通知审核人员在案件页面“重新核验”。</p>
        </div>
      ),
    });
  };

  return (
    <>
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`工作日历尚无 ${missing.join('、')} 年的节假日安排`}
          description="涉及这些年份的办理期限暂按双休日计算。国务院办公厅发布该年节假日安排后，请系统管理员在此录入。"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card
            title="工作日历年份"
            extra={
              writer ? (
                <Button type="primary" onClick={() => setEntry({})} data-testid="year-entry-open">
                  录入年度安排
                </Button>
              ) : null
            }
          >
            <Table<YearSummary>
              rowKey="year"
              size="small"
              loading={years.isPending}
              dataSource={years.data?.years ?? []}
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              onRow={(y) => ({ onClick: () => setSelected(y.year), style: { cursor: 'pointer' } })}
              rowClassName={(y) => (y.year === shown ? 'ant-table-row-selected' : '')}
              columns={[
                { title: '年份', dataIndex: 'year', width: 70 },
                { title: '来源', key: 'source', render: (_, y) => sourceTag(y) },
                { title: '节假日', dataIndex: 'holidayCount', width: 70 },
                { title: '调休上班', dataIndex: 'workdayCount', width: 80 },
              ]}
              data-testid="calendar-years"
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {shown ? (
            <YearView year={shown} onReplace={writer ? () => setEntry({ base: shown }) : undefined} />
          ) : (
            <Empty />
          )}
        </Col>
      </Row>
      {reader ? <ProvisionalLists /> : null}
      {entry && (entry.base === undefined || base.data) ? (
        <YearEntryModal
          base={entry.base === undefined ? undefined : base.data}
          defaultYear={thisYear + 1}
          onClose={() => setEntry(null)}
          onSaved={saved}
        />
      ) : null}
    </>
  );
}
