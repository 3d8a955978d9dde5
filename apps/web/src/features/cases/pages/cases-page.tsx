import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { ExportButton } from '../../../app/ui/export-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { OrgFilter } from '../../orgs/components/org-filter';
import { casesKey, fetchCases } from '../case-api';
import { caseStatusOptions } from '../case-labels';
import type { CaseItem } from '../case-types';
import { caseColumns } from '../components/case-columns';
import { CaseCreateModal } from '../components/case-create-modal';
import { CaseTypeSelect } from '../components/case-type-select';
import { DateSpanTags } from '../components/date-span-tags';
import { DueFilters } from '../components/due-filters';
import { useCaseListParams } from '../use-case-list-params';

function CasesContent() {
  const can = usePermissions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { filters, paging, update } = useCaseListParams();
  const cases = useQuery({
    queryKey: [...casesKey, 'list', filters, paging],
    queryFn: () => fetchCases(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: typeof filters) => update({ filters: next });

  return (
    <Card
      title="案件列表"
      extra={
        <Space>
          <ExportButton
            path="/cases/export.xlsx"
            filters={filters}
            fileName="案件台账.xlsx"
            testId="case-export"
          />
          {can('case:create') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="case-create"
            >
              新建申请
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          // Re-mounted when the URL changes the search (back button, link), so the box shows it.
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          placeholder="案件编号或申请人姓名前缀"
          onSearch={(q) => applyFilters({ ...filters, q: q.trim() || undefined })}
          style={{ width: 260 }}
          data-testid="case-search"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="状态"
          aria-label="状态"
          value={filters.status ? filters.status.split(',') : []}
          onChange={(list: string[]) => applyFilters({ ...filters, status: list.join(',') || undefined })}
          options={caseStatusOptions.map(({ value, label }) => ({ value, label }))}
          maxTagCount="responsive"
          style={{ minWidth: 200 }}
          data-testid="case-filter-status"
        />
        <CaseTypeSelect
          value={filters.caseTypeId}
          onChange={(caseTypeId) => applyFilters({ ...filters, caseTypeId })}
          style={{ width: 240 }}
          aria-label="事项"
          data-testid="case-filter-case-type"
        />
        <OrgFilter
          value={filters.orgId}
          onChange={(orgId) => applyFilters({ ...filters, orgId })}
          width={220}
          data-testid="case-filter-org"
        />
        <DueFilters filters={filters} onChange={applyFilters} />
        <DateSpanTags filters={filters} onChange={applyFilters} />
      </Space>
      <QueryErrorAlert error={cases.error} onRetry={() => cases.refetch()} />
      <Table<CaseItem>
        rowKey="id"
        columns={caseColumns}
        dataSource={cases.data?.items}
        loading={cases.isFetching}
        pagination={tablePagination(paging, cases.data?.total, (next) => update({ paging: next }))}
        onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
        data-testid="cases-table"
      />
      {creating ? <CaseCreateModal onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}

export function CasesPage() {
  return (
    <PermissionGate permission="case:read">
      <CasesContent />
    </PermissionGate>
  );
}
