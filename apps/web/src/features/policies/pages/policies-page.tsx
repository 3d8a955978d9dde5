import { useQuery } from '@tanstack/react-query';
import { Card, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { JurisdictionTag } from '../components/jurisdiction-tag';
import { UnsetFiguresCard } from '../components/unset-figures-card';
import { ValidityText } from '../components/validity-text';
import { fetchPolicies, policiesKey } from '../policy-api';
import { applicantKindLabels, label } from '../policy-labels';
import type { PolicySummary } from '../policy-types';

function PoliciesContent() {
  const [q, setQ] = useState('');
  const policies = useQuery({ queryKey: [...policiesKey, 'list'], queryFn: fetchPolicies });
  const keyword = q.trim();
  const rows = (policies.data ?? []).filter(
    (p) => !keyword || p.name.includes(keyword) || p.document.doc.includes(keyword),
  );

  const columns: ColumnsType<PolicySummary> = [
    {
      title: '政策名称',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, policy) => <Link to={`/policies/${encodeURIComponent(policy.id)}`}>{name}</Link>,
    },
    {
      title: '地区',
      key: 'jurisdiction',
      width: 160,
      render: (_: unknown, policy) => <JurisdictionTag policy={policy} />,
    },
    { title: '政策文件', dataIndex: ['document', 'doc'], key: 'doc', width: 260 },
    {
      title: '有效期',
      key: 'validity',
      width: 210,
      render: (_: unknown, policy) => <ValidityText validity={policy.validity} />,
    },
    {
      title: '涉及资金',
      dataIndex: 'paysMoney',
      key: 'paysMoney',
      width: 90,
      render: (pays: boolean) => (pays ? <Tag color="gold">是</Tag> : <Tag>否</Tag>),
    },
    {
      title: '申请主体',
      dataIndex: 'applicantKinds',
      key: 'applicantKinds',
      width: 200,
      render: (kinds: string[]) => (
        <Space size={[0, 4]} wrap>
          {kinds.map((k) => (
            <Tag key={k}>{label(applicantKindLabels, k)}</Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Card title="政策目录">
      <UnsetFiguresCard />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="按政策名称或文号搜索"
          onSearch={setQ}
          onChange={(e) => {
            if (!e.target.value) setQ('');
          }}
          style={{ width: 300 }}
          data-testid="policy-search"
        />
      </Space>
      <QueryErrorAlert error={policies.error} onRetry={() => policies.refetch()} />
      <Table<PolicySummary>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={policies.isFetching}
        pagination={{ pageSize: 20, showTotal: (count) => `共 ${count} 条` }}
        data-testid="policies-table"
      />
    </Card>
  );
}

export function PoliciesPage() {
  return (
    <PermissionGate permission="policy:read">
      <PoliciesContent />
    </PermissionGate>
  );
}
