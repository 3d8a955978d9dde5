import { Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser, usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { DueSettingsModal } from '../components/due-settings-modal';
import { ReportOverviewCard } from '../components/report-overview-card';
import { ReportStatusTag } from '../components/report-status-tag';
import { TemplatePeriodPicker } from '../components/template-period-picker';
import {
  fetchReports,
  type ReportItem,
  reportsKey,
  type TemplatePeriod,
  useGenerateReport,
  useReportTemplates,
} from '../report-api';

const columns: ColumnsType<ReportItem> = [
  {
    title: '报表',
    key: 'title',
    render: (_: unknown, r) => <Link to={`/reports/${r.id}`}>{r.title}</Link>,
  },
  { title: '报告期', dataIndex: 'periodLabel', key: 'period' },
  { title: '填报单位', dataIndex: 'orgName', key: 'org' },
  { title: '版本', dataIndex: 'currentVersion', key: 'version', render: (v: number) => `第 ${v} 版` },
  {
    title: '状态',
    key: 'status',
    render: (_: unknown, r) => <ReportStatusTag status={r.status} overdue={r.overdue} />,
  },
  { title: '报送时限', dataIndex: 'dueOn', key: 'dueOn' },
  { title: '报出日期', dataIndex: 'submittedOn', key: 'submittedOn', render: (d: string | null) => d ?? '—' },
];

/** 定期统计报表: generate one (stations), see the reporters and the roll-up (levels above), the list. */
export function ReportsPage() {
  const can = usePermissions();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const templates = useReportTemplates();
  const generate = useGenerateReport();
  const [choice, setChoice] = useState<TemplatePeriod>({});
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...reportsKey, 'list'],
    initialFilters: {} as TemplatePeriod,
    fetch: fetchReports,
  });
  const [dueOpen, setDueOpen] = useState(false);
  const ready = Boolean(choice.templateCode && choice.period);

  return (
    <>
      <Card
        title="定期统计报表"
        extra={
          can('report:review') && templates.data ? (
            <Button onClick={() => setDueOpen(true)} data-testid="report-due-settings">
              报送时限设置
            </Button>
          ) : null
        }
      >
        <QueryErrorAlert error={templates.error} onRetry={() => templates.refetch()} />
        <Space wrap>
          <TemplatePeriodPicker
            templates={templates.data ?? []}
            value={choice}
            onChange={setChoice}
            testId="report-choice"
          />
          {can('report:prepare') ? (
            <Button
              type="primary"
              disabled={!ready}
              loading={generate.isPending}
              onClick={() =>
                generate.mutate(
                  { templateCode: choice.templateCode!, period: choice.period!, orgId: Number(user.org.id) },
                  { onSuccess: ({ id }) => navigate(`/reports/${id}`) },
                )
              }
              data-testid="report-generate"
            >
              生成本单位报表
            </Button>
          ) : null}
        </Space>
        {can('report:review') ? (
          <ReportOverviewCard templateCode={choice.templateCode} period={choice.period} />
        ) : null}
      </Card>
      <Card title="报表列表" style={{ marginTop: 16 }}>
        <div style={{ marginBottom: 16 }}>
          <TemplatePeriodPicker
            allowClear
            templates={templates.data ?? []}
            value={filters}
            onChange={applyFilters}
            testId="report-filter"
          />
        </div>
        <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
        <Table<ReportItem>
          rowKey="id"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={tablePagination(paging, query.data?.total, setPaging)}
          data-testid="reports-table"
        />
      </Card>
      {dueOpen && templates.data ? (
        <DueSettingsModal templates={templates.data} onClose={() => setDueOpen(false)} />
      ) : null}
    </>
  );
}
