import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { personTimelineKey } from '../../persons/components/person-timeline-card';
import { contractsKey, contributionsKey, fetchPersonContracts } from '../insurance-api';
import { type Contract, termKindLabels } from '../insurance-types';
import { ContractEndModal } from './contract-end-modal';
import { ContractFormModal } from './contract-form-modal';
import { ContractStatusTag, contractPeriod } from './contract-status';

type Editing = { mode: 'new' } | { mode: 'edit' | 'end'; contract: Contract } | null;

/** The "劳动合同" panel of the person page: the person's contracts, with add, edit and early end. */
export function ContractsPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const key = [...contractsKey, 'of-person', personId];
  const q = useQuery({ queryKey: key, queryFn: () => fetchPersonContracts(personId) });
  // Recording a contract needs an employer the user can see.
  const mayWrite = can('person:write') && can('employer:read');

  const columns: ColumnsType<Contract> = [
    { title: '用人单位', key: 'employer', render: (_, c) => c.employer.name },
    {
      title: '期限类型',
      dataIndex: 'termKind',
      key: 'termKind',
      render: (k: Contract['termKind']) => termKindLabels[k],
    },
    { title: '合同期限', key: 'period', render: (_, c) => contractPeriod(c) },
    {
      title: '1年以上',
      key: 'atLeastOneYear',
      render: (_, c) => (c.atLeastOneYear ? <Tag color="blue">是</Tag> : <Tag>否</Tag>),
    },
    { title: '岗位', dataIndex: 'position', key: 'position', render: (p: string | null) => p ?? '—' },
    { title: '状态', key: 'status', render: (_, c) => <ContractStatusTag contract={c} /> },
    ...(mayWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 140,
            render: (_: unknown, c: Contract) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing({ mode: 'edit', contract: c })}
                >
                  修改
                </Button>
                {c.inForce && !c.endedOn ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<StopOutlined />}
                    onClick={() => setEditing({ mode: 'end', contract: c })}
                    data-testid="contract-end"
                  >
                    解除
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const saved = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: key });
    // The insurance summary shows the current contract; the timeline may list contracts.
    void queryClient.invalidateQueries({ queryKey: [...contributionsKey, 'summary', personId] });
    void queryClient.invalidateQueries({ queryKey: personTimelineKey(personId) });
  };

  return (
    <Card
      size="small"
      title="劳动合同"
      data-testid="person-contracts"
      extra={
        mayWrite ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ mode: 'new' })}
            data-testid="contract-add"
          >
            登记合同
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<Contract>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isPending}
        pagination={false}
        locale={{ emptyText: <EmptyState description="暂无劳动合同" /> }}
        data-testid="contracts-table"
        scroll={{ x: 'max-content' }}
      />
      {editing?.mode === 'end' ? (
        <ContractEndModal contract={editing.contract} onClose={() => setEditing(null)} onSaved={saved} />
      ) : editing ? (
        <ContractFormModal
          personId={personId}
          contract={editing.mode === 'edit' ? editing.contract : undefined}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      ) : null}
    </Card>
  );
}
