import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { ExportButton } from '../../../app/ui/export-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { SearchOrgFilters } from '../../orgs/components/search-org-filters';
import { HouseholdFormModal } from '../components/household-form-modal';
import { ZeroEmploymentSummaryCard } from '../components/zero-employment-summary-card';
import { ZeroEmploymentTag } from '../components/zero-employment-tag';
import { fetchHouseholds, householdsKey } from '../household-api';
import type { HouseholdItem, ZeroEmploymentFilter } from '../household-types';

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
  const {
    filters,
    applyFilters,
    paging,
    setPaging,
    query: households,
  } = usePagedList({
    queryKey: [...householdsKey, 'list'],
    initialFilters: {},
    fetch: fetchHouseholds,
  });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <ZeroEmploymentSummaryCard orgId={filters.orgId} />
      <Card
        title="家庭管理"
        extra={
          <Space>
            {can('person:export') ? (
              <ExportButton
                path="/households/export.xlsx"
                filters={filters}
                fileName="家庭名单.xlsx"
                testId="household-export"
              />
            ) : null}
            {can('person:write') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="household-create"
              >
                登记家庭
              </Button>
            ) : null}
          </Space>
        }
      >
        <SearchOrgFilters
          filters={filters}
          onChange={applyFilters}
          searchPlaceholder="户号或户主姓名"
          searchWidth={260}
          searchTestId="household-search"
        >
          <Select
            allowClear
            placeholder="零就业家庭状态"
            aria-label="零就业家庭状态"
            options={statusOptions}
            value={filters.zeroEmployment}
            onChange={(zeroEmployment) => applyFilters({ ...filters, zeroEmployment })}
            style={{ width: 200 }}
            data-testid="household-filter-zero"
          />
        </SearchOrgFilters>
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
