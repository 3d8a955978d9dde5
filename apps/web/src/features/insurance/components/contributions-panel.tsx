import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { formatFen } from '../../../app/format/money';
import { type PageParams, tablePagination } from '../../../app/paging';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { DictSelect } from '../../persons/components/dict-select';
import { contributionsKey, fetchInsuranceSummary, fetchPersonContributions } from '../insurance-api';
import {
  type Contribution,
  type ContributionFilters,
  contributionStatusLabels,
  insuranceKindDict,
} from '../insurance-types';
import { contractPeriod } from './contract-status';
import { ContributionFormModal } from './contribution-form-modal';
import { InsuranceSummaryTable } from './insurance-summary-table';

/** The "社保缴费" panel of the person page: per-kind summary, then the monthly records with filters. */
export function ContributionsPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const kindLabel = useDictLabel(insuranceKindDict);
  const [filters, setFilters] = useState<ContributionFilters>({});
  const [paging, setPaging] = useState<PageParams>({ page: 1, pageSize: 12 });
  const [adding, setAdding] = useState(false);
  const summaryKey = [...contributionsKey, 'summary', personId];
  const listKey = [...contributionsKey, 'of-person', personId];
  const summary = useQuery({ queryKey: summaryKey, queryFn: () => fetchInsuranceSummary(personId) });
  const list = useQuery({
    queryKey: [...listKey, filters, paging],
    queryFn: () => fetchPersonContributions(personId, filters, paging),
  });
  const contract = summary.data?.contracts.current;

  const columns: ColumnsType<Contribution> = [
    { title: '月份', dataIndex: 'month', key: 'month' },
    { title: '险种', dataIndex: 'kind', key: 'kind', render: (k: string) => kindLabel(k) },
    { title: '缴费单位', key: 'employer', render: (_, c) => c.employer?.name ?? <Tag>灵活就业</Tag> },
    { title: '缴费基数', dataIndex: 'baseFen', key: 'base', align: 'right', render: formatFen },
    { title: '个人缴费', dataIndex: 'personalFen', key: 'personal', align: 'right', render: formatFen },
    { title: '单位缴费', dataIndex: 'unitFen', key: 'unit', align: 'right', render: formatFen },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      render: (s: Contribution['status']) => (
        <Tag color={s === 'paid' ? 'green' : 'red'}>{contributionStatusLabels[s]}</Tag>
      ),
    },
  ];
  const setFilter = (patch: ContributionFilters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const month = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM') : undefined);
  const totals = list.data?.totals;

  return (
    <Card
      size="small"
      title="社保缴费"
      data-testid="person-contributions"
      extra={
        can('person:write') ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="contribution-add"
          >
            登记缴费
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <QueryErrorAlert error={summary.error} onRetry={() => summary.refetch()} />
        {summary.data ? (
          <Alert
            type={contract ? 'info' : 'warning'}
            showIcon
            data-testid="current-contract"
            title={
              contract
                ? `当前劳动合同：${contract.employer.name}，${contractPeriod(contract)}，${contract.atLeastOneYear ? '1年以上期限' : '期限不足1年'}`
                : '当前没有履行中的劳动合同'
            }
          />
        ) : null}
        <InsuranceSummaryTable kinds={summary.data?.kinds} loading={summary.isPending} />
        <Space wrap>
          <div style={{ width: 180 }}>
            <DictSelect
              dict={insuranceKindDict}
              allowClear
              placeholder="全部险种"
              aria-label="全部险种"
              onChange={(kind) => setFilter({ kind })}
            />
          </div>
          <DatePicker.RangePicker
            picker="month"
            placeholder={['起始月份', '截止月份']}
            onChange={(r) => setFilter({ from: month(r?.[0]), to: month(r?.[1]) })}
          />
        </Space>
        <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />
        <Table<Contribution>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isPending}
          pagination={tablePagination(paging, list.data?.total, setPaging)}
          locale={{ emptyText: <EmptyState description="暂无缴费记录" /> }}
          data-testid="contributions-table"
          scroll={{ x: 'max-content' }}
        />
        {totals ? (
          <Typography.Text type="secondary" data-testid="contribution-totals">
            筛选范围内 {totals.records} 条记录（欠缴 {totals.arrears} 条），实缴个人{' '}
            {formatFen(totals.personalFen)}、单位 {formatFen(totals.unitFen)}
          </Typography.Text>
        ) : null}
      </Space>
      {adding ? (
        <ContributionFormModal
          personId={personId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void queryClient.invalidateQueries({ queryKey: contributionsKey });
          }}
        />
      ) : null}
    </Card>
  );
}
