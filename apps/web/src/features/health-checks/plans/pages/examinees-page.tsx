import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useBureauToday } from '../../../../app/bureau-clock';
import { EmptyState } from '../../../../app/ui/empty-state';
import { LinkButton } from '../../../../app/ui/link-button';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { AbsentButton, VisitModeText } from '../components/examinee-table';
import { VisitModal } from '../components/visit-modal';
import { type DayExaminee, dayKey, fetchDay } from '../plans-api';

function DayList() {
  const today = useBureauToday();
  const [visitOf, setVisitOf] = useState<DayExaminee | null>(null);
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: dayKey,
    initialFilters: { date: today },
    fetch: (f: { date: string }, p) => fetchDay(f.date, p),
  });
  return (
    <Card title={<PageTitle>受检人员</PageTitle>}>
      <Typography.Paragraph type="secondary">
        本院当日安排体检的职工。请核验居民身份证后进行体检登记；救护车接送或到床体检的职工请登记申请人及原因（第十条）。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <span>体检日期</span>
        <DatePicker
          aria-label="体检日期"
          allowClear={false}
          value={dayjs(filters.date)}
          onChange={(d) => d && applyFilters({ date: d.format('YYYY-MM-DD') })}
          data-testid="examinees-date"
        />
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<DayExaminee>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="day-examinees-table"
        locale={{ emptyText: <EmptyState description="当日没有安排体检的职工" /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 人`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: '姓名', dataIndex: 'personName', key: 'name', width: 90 },
          { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id', width: 180 },
          {
            title: '性别',
            dataIndex: 'gender',
            key: 'gender',
            width: 60,
            render: (g: string) => (g === '1' ? '男' : '女'),
          },
          { title: '参检单位', dataIndex: 'employerName', key: 'employer' },
          { title: '体检计划', dataIndex: 'planName', key: 'plan' },
          { title: '状态', key: 'status', render: (_: unknown, e) => <Tag>{e.statusLabel}</Tag> },
          { title: '体检方式', key: 'visit', render: (_: unknown, e) => <VisitModeText e={e} /> },
          {
            title: '操作',
            key: 'op',
            render: (_: unknown, e) => (
              <Space wrap>
                <LinkButton
                  size="small"
                  type="primary"
                  to={`/health-checks/examinees/${e.id}/examination`}
                  data-testid="examinee-examination"
                >
                  体检登记
                </LinkButton>
                {e.status !== 'examined' && (
                  <>
                    <Button size="small" onClick={() => setVisitOf(e)}>
                      登记上门/到床体检
                    </Button>
                    <AbsentButton e={e} invalidate={dayKey} />
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {visitOf && <VisitModal examinee={visitOf} invalidate={dayKey} onClose={() => setVisitOf(null)} />}
    </Card>
  );
}

/** 受检人员: a designated hospital's examinees of a day (its own only), where each check starts. */
export function ExamineesPage() {
  return (
    <PermissionGate permission="health_check:operate">
      <DayList />
    </PermissionGate>
  );
}
