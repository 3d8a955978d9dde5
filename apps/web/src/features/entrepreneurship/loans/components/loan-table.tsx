import { Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import {
  type Bank,
  fetchLoans,
  type LoanItem,
  type LoanStatus,
  loanStatusLabels,
  loansKey,
} from '../loans-api';

const colors: Partial<Record<LoanStatus, string>> = {
  applied: 'processing',
  approved: 'blue',
  guaranteed: 'cyan',
  disbursed: 'green',
  extended: 'gold',
  overdue: 'error',
  compensated: 'volcano',
  refused: 'default',
  repaid: 'success',
};

export const LoanStatusTag = ({ status, label }: { status: LoanStatus; label: string }) => (
  <Tag color={colors[status] ?? 'default'}>{label}</Tag>
);

/** The loans the user may see (scoped by the server), filtered by status and bank; ID numbers masked. */
export function LoanTable({ banks }: { banks?: Bank[] | undefined }) {
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...loansKey, 'list'],
    initialFilters: {} as { status?: LoanStatus; bankId?: string },
    fetch: fetchLoans,
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 180 }}
          value={filters.status}
          onChange={(status?: LoanStatus) => applyFilters({ ...filters, status })}
          options={Object.entries(loanStatusLabels).map(([value, label]) => ({ value, label }))}
          data-testid="loans-status-filter"
        />
        {banks && banks.length > 1 ? (
          <Select
            allowClear
            placeholder="全部经办银行"
            aria-label="经办银行"
            style={{ width: 240 }}
            value={filters.bankId}
            onChange={(bankId?: string) => applyFilters({ ...filters, bankId })}
            options={banks.map((b) => ({ value: b.id, label: b.name }))}
          />
        ) : null}
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<LoanItem>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="loans-table"
        locale={{ emptyText: <EmptyState description="暂无贷款" /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          {
            title: '贷款编号',
            dataIndex: 'number',
            key: 'number',
            width: 150,
            render: (n: string, l) => <Link to={`/entrepreneurship/loans/${l.id}`}>{n}</Link>,
          },
          { title: '借款人', dataIndex: 'personName', key: 'personName', width: 90 },
          { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id', width: 180 },
          { title: '经办银行', dataIndex: 'bankName', key: 'bank' },
          {
            title: '合同编号',
            dataIndex: 'contractNumber',
            key: 'contract',
            render: (c: string | null) => c ?? '—',
          },
          { title: '申请额度（元）', dataIndex: 'requested', key: 'requested', align: 'right' },
          {
            title: '放款本金（元）',
            dataIndex: 'principal',
            key: 'principal',
            align: 'right',
            render: (p: string | null) => p ?? '—',
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, l) => <LoanStatusTag status={l.status} label={l.statusLabel} />,
          },
          { title: '申请日期', dataIndex: 'appliedOn', key: 'appliedOn', width: 110 },
        ]}
      />
    </>
  );
}
