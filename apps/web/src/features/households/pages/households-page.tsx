import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { OrgTreeSelect } from '../../orgs/components/org-tree-select';
import { HouseholdFormModal } from '../components/household-form-modal';
import { ZeroEmploymentSummaryCard } from '../components/zero-employment-summary-card';
import { ZeroEmploymentTag } from '../components/zero-employment-tag';
import { fetchHouseholds, householdsKey } from '../household-api';
import type { HouseholdFilters, HouseholdItem, ZeroEmploymentFilter } from '../household-types';

const statusOptions: { value: ZeroEmploymentFilter; label: string }[] = [
  { value: 'active', label: '零就业家庭（在册）' },
  { value: 'eliminated', label: '已消除' },
  { value: 'never', label: '从未认定' },
];

const columns: ColumnsType<HouseholdItem> = [
  {
    title: '户号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, h) => <Link to={`/households/${h.id}`}>{n}</Link>,
  },
  {
    title: '户主',
    dataIndex: ['head', 'name'],
    key: 'head',
    render: (_: unknown, h) => (h.head ? <Link to={`/persons/${h.head.id}`}>{h.head.name}</Link> : '—'),
  },
  { title: '人数', dataIndex: 'memberCount', key: 'memberCount' },
  { title: '住址', dataIndex: 'address', key: 'address', render: (a: string | null) => a ?? '—' },
  {
    title: '零就业家庭',
    dataIndex: 'zeroEmploymentStatus',
    key: 'zero',
    render: (_: unknown, h) => <ZeroEmploymentTag status={h.zeroEmploymentStatus} />,
  },
  { title: '所属机构', dataIndex: ['org', 'name'], key: 'org' },
];

function HouseholdsContent() {
  const can = usePermissions();
  const [filters, setFilters] = useState<HouseholdFilters>({});
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const [creating, setCreating] = useState(false);
  const households = useQuery({
    queryKey: [...householdsKey, 'list', filters, paging],
    queryFn: () => fetchHouseholds(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: HouseholdFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <>
      <ZeroEmploymentSummaryCard orgId={filters.orgId} />
      <Card
        title="家庭管理"
        extra={
          can('person:write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="household-create"
            >
              登记家庭
            </Button>
          ) : null
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder="户号或户主姓名"
            onSearch={(q) => applyFilters({ ...filters, q: q.trim() || undefined })}
            style={{ width: 260 }}
            data-testid="household-search"
          />
          <OrgTreeSelect
            allowClear
            placeholder="按机构筛选"
            value={filters.orgId}
            onChange={(orgId) => applyFilters({ ...filters, orgId })}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder="零就业家庭状态"
            options={statusOptions}
            value={filters.zeroEmployment}
            onChange={(zeroEmployment) => applyFilters({ ...filters, zeroEmployment })}
            style={{ width: 200 }}
            data-testid="household-filter-zero"
          />
        </Space>
        <QueryErrorAlert error={households.error} onRetry={() => households.refetch()} />
        <Table<HouseholdItem>
          rowKey="id"
          columns={columns}
          dataSource={households.data?.items}
          loading={households.isFetching}
          pagination={tablePagination(paging, households.data?.total, setPaging)}
          data-testid="households-table"
        />
      </Card>
      <HouseholdFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export function HouseholdsPage() {
  return (
    <PermissionGate permission="person:read">
      <HouseholdsContent />
    </PermissionGate>
  );
}
