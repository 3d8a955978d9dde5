import { PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Result, Space, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { bureauTodayDay } from '../../../../app/bureau-clock';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import {
  type ArchiveItem,
  type ArchiveTab,
  approveArchives,
  archivesKey,
  fetchArchives,
  reviewArchive,
} from '../archives-api';
import { FixModal } from '../components/fix-modal';
import { ReturnModal } from '../components/return-modal';

const bureauTabs: { key: ArchiveTab; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'returned_for_fix', label: '退回整改' },
  { key: 'overdue', label: '逾期未返还' },
  { key: 'returned', label: '已返还' },
];
const hospitalTabs: { key: ArchiveTab; label: string }[] = [
  { key: 'to_return', label: '待返还' },
  { key: 'returned', label: '已返还' },
  { key: 'overdue', label: '逾期未返还' },
  { key: 'returned_for_fix', label: '退回整改' },
  { key: 'pending', label: '待医保处审核' },
];

const baseColumns: ColumnsType<ArchiveItem> = [
  { title: '姓名', dataIndex: 'examineeName' },
  { title: '身份证号', dataIndex: 'idNumberMasked' },
  { title: '参检单位', dataIndex: 'employerName', render: (v: string | null) => v ?? '—' },
  { title: '体检医院', dataIndex: 'hospitalName' },
  { title: '体检日期', dataIndex: 'examinedOn' },
  { title: '应返还日期', dataIndex: 'dueOn' },
];

function columnsFor(tab: ArchiveTab): ColumnsType<ArchiveItem> {
  switch (tab) {
    case 'returned':
      return [
        ...baseColumns,
        { title: '返还日期', dataIndex: 'returnedOn' },
        {
          title: '领取方',
          key: 'receiver',
          render: (_, r) => `${r.receiverKindLabel ?? ''}：${r.receiverName ?? ''}`,
        },
        { title: '签字', dataIndex: 'receiverSigned', render: (v: boolean | null) => (v ? '已签字' : '—') },
        {
          title: '',
          key: 'late',
          render: (_, r) => (r.late ? <Tag color="red">逾期返还</Tag> : <Tag color="success">按期返还</Tag>),
        },
      ];
    case 'returned_for_fix':
      return [...baseColumns, { title: '整改意见', dataIndex: 'reviewNote' }];
    case 'overdue':
      return [
        ...baseColumns,
        { title: '审核状态', dataIndex: 'reviewStatusLabel' },
        { title: '', key: 'o', render: () => <Tag color="red">逾期未返还</Tag> },
      ];
    default:
      return baseColumns;
  }
}

function ArchiveTable({ tab, bureau }: { tab: ArchiveTab; bureau: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<ArchiveItem>();
  const [fixing, setFixing] = useState<ArchiveItem>();
  const list = useQuery({
    queryKey: [...archivesKey, tab, paging],
    queryFn: () => fetchArchives(tab, paging),
    placeholderData: keepPreviousData,
  });
  const done = (text: string) => {
    message.success(text);
    setSelected([]);
    void queryClient.invalidateQueries({ queryKey: archivesKey });
  };
  const approve = useMutation({
    mutationFn: (id: string) =>
      reviewArchive(id, { decision: 'approve', paperComplete: true, electronicComplete: true }),
    onSuccess: () => done('已审核通过'),
  });
  const approveMany = useMutation({
    mutationFn: () => approveArchives(selected),
    onSuccess: (r) => done(`已审核通过 ${r.reviewed} 份档案`),
  });
  const reviewable = bureau && (tab === 'pending' || tab === 'returned_for_fix');
  const actions: ColumnsType<ArchiveItem> = reviewable
    ? [
        {
          title: '操作',
          key: 'actions',
          render: (_, r) => (
            <Space>
              <Button
                size="small"
                type="link"
                onClick={() => approve.mutate(r.id)}
                data-testid={`archive-approve-${r.examineeName}`}
              >
                审核通过
              </Button>
              {tab === 'pending' && (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => setFixing(r)}
                  data-testid={`archive-fix-${r.examineeName}`}
                >
                  退回整改
                </Button>
              )}
            </Space>
          ),
        },
      ]
    : !bureau && tab === 'to_return'
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_, r) => (
              <Button
                size="small"
                type="link"
                onClick={() => setReturning(r)}
                data-testid={`archive-return-${r.examineeName}`}
              >
                登记返还
              </Button>
            ),
          },
        ]
      : [];
  return (
    <>
      <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />
      {reviewable && (
        <Button
          style={{ marginBottom: 12 }}
          disabled={selected.length === 0}
          loading={approveMany.isPending}
          onClick={() => approveMany.mutate()}
          data-testid="archive-approve-many"
        >
          批量审核通过（{selected.length}）
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={[...columnsFor(tab), ...actions]}
        rowSelection={
          reviewable
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
            : undefined
        }
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 份`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid={`archives-${tab}`}
      />
      {returning && <ReturnModal archive={returning} onClose={() => setReturning(undefined)} />}
      {fixing && <FixModal archive={fixing} onClose={() => setFixing(undefined)} />}
    </>
  );
}

/** 档案审核与返还 (第十八条): the 医保处 reviews the archives, the hospital returns them with a register. */
export function ArchivesPage() {
  const can = usePermissions();
  const [month, setMonth] = useState<Dayjs>(bureauTodayDay());
  const bureau = can('health_check:manage');
  const hospital = can('health_check:operate');
  if (!bureau && !hospital && !can('health_check:read'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  const tabs = hospital && !bureau ? hospitalTabs : bureauTabs;
  return (
    <Card
      title={<PageTitle>档案审核与返还</PageTitle>}
      extra={
        hospital && (
          <Space>
            <DatePicker picker="month" allowClear={false} value={month} onChange={(m) => m && setMonth(m)} />
            <Button
              icon={<PrinterOutlined />}
              href={`/print/health-check-archives/register?month=${month.format('YYYY-MM')}`}
              target="_blank"
              data-testid="archive-register-print"
            >
              打印返还登记簿
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        destroyOnHidden
        items={tabs.map((t) => ({
          key: t.key,
          label: t.label,
          children: <ArchiveTable tab={t.key} bureau={bureau} />,
        }))}
      />
    </Card>
  );
}
