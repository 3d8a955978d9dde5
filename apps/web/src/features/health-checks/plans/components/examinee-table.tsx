import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Popconfirm, Select, Space, Table, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useBureauToday } from '../../../../app/bureau-clock';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import {
  type Examinee,
  type ExamineeFilters,
  employerRef,
  examineeStatusLabels,
  fetchExaminees,
  markAbsent,
  type PlanDetail,
  type PlanEmployer,
  plansKey,
} from '../plans-api';

const statusColors: Record<Examinee['status'], string> = {
  eligible: 'default',
  allocated: 'processing',
  examined: 'success',
  absent: 'warning',
};

export const VisitModeText = ({ e }: { e: Pick<Examinee, 'visitMode' | 'visitModeLabel' | 'visitNote'> }) =>
  e.visitMode === 'on_site' ? (
    e.visitModeLabel
  ) : (
    <Tooltip title={e.visitNote}>
      <Tag color="orange">{e.visitModeLabel}</Tag>
    </Tooltip>
  );

/** Marks a booked examinee absent once their day has come (医保处 or the hospital). */
export function AbsentButton({ e, invalidate }: { e: Examinee; invalidate: readonly unknown[] }) {
  const today = useBureauToday();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const absent = useMutation({
    mutationFn: () => markAbsent(e.id, e.version),
    onSuccess: () => {
      message.success(`已标记${e.personName}未到检`);
      void queryClient.invalidateQueries({ queryKey: invalidate });
    },
    onError: (err) => message.error(err.message),
  });
  if (e.status !== 'allocated' || !e.scheduledOn || e.scheduledOn > today) return null;
  return (
    <Popconfirm
      title={`确认${e.personName}（${e.scheduledOn}）未到检？`}
      description="标记后该职工须重新分配体检日期"
      okText="标记未到检"
      cancelText="取消"
      onConfirm={() => absent.mutateAsync().catch(() => undefined)}
    >
      <Button size="small" loading={absent.isPending}>
        标记未到检
      </Button>
    </Popconfirm>
  );
}

/** The plan's examinees with filters (hospital, day, status, employer, home visits); ID numbers masked. */
export function ExamineeTable({
  plan,
  employers,
  selectedIds,
  onSelect,
  actions,
}: {
  plan: PlanDetail;
  employers: PlanEmployer[];
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  actions: (e: Examinee) => ReactNode;
}) {
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...plansKey, plan.id, 'examinees'],
    initialFilters: {} as ExamineeFilters,
    fetch: (f: ExamineeFilters, p) => fetchExaminees(plan.id, f, p),
  });
  const set = (patch: Partial<ExamineeFilters>) => applyFilters({ ...filters, ...patch });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部医院"
          aria-label="体检医院"
          style={{ width: 220 }}
          value={filters.hospitalId}
          onChange={(hospitalId?: string) => set({ hospitalId })}
          options={plan.hospitals.map((h) => ({ value: h.id, label: h.name }))}
        />
        <DatePicker
          placeholder="体检日期"
          aria-label="体检日期"
          value={filters.date ? dayjs(filters.date) : null}
          onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status?: Examinee['status']) => set({ status })}
          options={Object.entries(examineeStatusLabels).map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部参检单位"
          aria-label="参检单位"
          style={{ width: 240 }}
          value={filters.employerId}
          onChange={(employerId?: string) => set({ employerId })}
          options={employers.map((e) => ({ value: employerRef(e), label: e.employerName }))}
        />
        <Checkbox
          checked={filters.homeVisit === 'true'}
          onChange={(ev) => set({ homeVisit: ev.target.checked ? 'true' : undefined })}
          data-testid="examinees-home-visits"
        >
          仅救护车接送/到床体检（备案）
        </Checkbox>
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<Examinee>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="examinees-table"
        locale={{ emptyText: <EmptyState description="暂无参检职工，请先生成参检名单" /> }}
        rowSelection={{
          selectedRowKeys: selectedIds,
          onChange: (keys) => onSelect(keys as string[]),
          preserveSelectedRowKeys: true,
        }}
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
          { title: '参检单位', dataIndex: 'employerName', key: 'employer' },
          {
            title: '体检医院',
            dataIndex: 'hospitalName',
            key: 'hospital',
            render: (h: string | null) => h ?? '—',
          },
          {
            title: '体检日期',
            dataIndex: 'scheduledOn',
            key: 'on',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, e) => <Tag color={statusColors[e.status]}>{e.statusLabel}</Tag>,
          },
          { title: '体检方式', key: 'visit', render: (_: unknown, e) => <VisitModeText e={e} /> },
          ...(filters.homeVisit
            ? [{ title: '申请人及原因', dataIndex: 'visitNote', key: 'note' }]
            : [
                {
                  title: '通知',
                  key: 'notified',
                  render: (_: unknown, e: Examinee) =>
                    e.notifiedAt ? `已通知 ${dayjs(e.notifiedAt).format('YYYY-MM-DD')}` : '未通知',
                },
              ]),
          { title: '操作', key: 'op', render: (_: unknown, e) => <Space>{actions(e)}</Space> },
        ]}
      />
    </>
  );
}
