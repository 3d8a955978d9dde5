import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { contractsKey, fetchEmployerContracts } from '../insurance-api';
import { termKindLabels, type WorkforceItem } from '../insurance-types';
import { ContractStatusTag, contractPeriod } from './contract-status';

/**
 * The employer's workforce (职工名册) for the employer detail page: its labour contracts whose
 * person the user may see; contracts of persons outside the user's scope are only counted.
 */
export function EmployerContractsPanel({ employerId }: { employerId: string }) {
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const [current, setCurrent] = useState(true);
  const q = useQuery({
    queryKey: [...contractsKey, 'of-employer', employerId, current, paging],
    queryFn: () => fetchEmployerContracts(employerId, paging, current),
  });
  const columns: ColumnsType<WorkforceItem> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, c) => <Link to={`/persons/${c.person.id}`}>{c.person.name}</Link>,
    },
    { title: '证件号码', key: 'id', render: (_, c) => c.person.idNumberMasked },
    { title: '岗位', dataIndex: 'position', key: 'position', render: (p: string | null) => p ?? '—' },
    {
      title: '期限类型',
      dataIndex: 'termKind',
      key: 'termKind',
      render: (k: WorkforceItem['termKind']) => termKindLabels[k],
    },
    { title: '合同期限', key: 'period', render: (_, c) => contractPeriod(c) },
    {
      title: '1年以上',
      key: 'year',
      render: (_, c) => (c.atLeastOneYear ? <Tag color="blue">是</Tag> : <Tag>否</Tag>),
    },
    { title: '状态', key: 'status', render: (_, c) => <ContractStatusTag contract={c} /> },
  ];
  return (
    <Card
      size="small"
      title="职工劳动合同"
      data-testid="employer-contracts"
      extra={
        <Checkbox
          checked={current}
          onChange={(e) => {
            setCurrent(e.target.checked);
            setPaging(firstPage);
          }}
        >
          仅履行中
        </Checkbox>
      }
    >
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<WorkforceItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isPending}
        pagination={tablePagination(paging, q.data?.total, setPaging)}
        locale={{ emptyText: <EmptyState description="暂无劳动合同" /> }}
        scroll={{ x: 'max-content' }}
      />
      {q.data && q.data.outOfScope > 0 ? (
        <Typography.Text type="secondary">
          另有 {q.data.outOfScope} 份合同的职工不在您的管辖范围内，未列出。
        </Typography.Text>
      ) : null}
    </Card>
  );
}
