import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Card, Space, Table } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { type PageParams, tablePagination } from '../../../app/paging';
import { ExportButton } from '../../../app/ui/export-button';
import { LinkButton } from '../../../app/ui/link-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { SearchOrgFilters } from '../../orgs/components/search-org-filters';
import { DictSelect } from '../../persons/components/dict-select';
import { employersKey, fetchEmployers } from '../employer-api';
import { type EmployerFilters, type EmployerItem, type EmployerSort, employerDicts } from '../employer-types';

function toSort(sorter: SorterResult<EmployerItem> | SorterResult<EmployerItem>[]): EmployerSort | undefined {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!single?.order || single.columnKey !== 'name') return undefined;
  return single.order === 'descend' ? '-name' : 'name';
}

function EmployersContent() {
  const can = usePermissions();
  const [sort, setSort] = useState<EmployerSort | undefined>(undefined);
  const type = useDictLabel(employerDicts.type);
  const industry = useDictLabel(employerDicts.industry);
  const size = useDictLabel(employerDicts.size);

  const {
    filters,
    applyFilters,
    paging,
    setPaging,
    query: employers,
  } = usePagedList({
    queryKey: [...employersKey, 'list', sort],
    initialFilters: {},
    fetch: (f: EmployerFilters, p: PageParams) => fetchEmployers(f, p, sort),
  });

  const columns: ColumnsType<EmployerItem> = [
    {
      title: '单位名称',
      key: 'name',
      dataIndex: 'name',
      sorter: true,
      sortOrder: sort === 'name' ? 'ascend' : sort === '-name' ? 'descend' : null,
      render: (name: string, e) => <Link to={`/employers/${e.id}`}>{name}</Link>,
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', key: 'creditCode' },
    { title: '单位类型', dataIndex: 'type', key: 'type', render: (t: string) => type(t) },
    { title: '所属行业', dataIndex: 'industry', key: 'industry', render: (i: string) => industry(i) },
    { title: '规模', dataIndex: 'size', key: 'size', render: (s: string | null) => size(s) },
    { title: '联系电话', dataIndex: 'phoneMasked', key: 'phone', render: (p: string | null) => p ?? '—' },
    { title: '所属机构', dataIndex: ['org', 'name'], key: 'org' },
  ];

  return (
    <Card
      title="用人单位"
      extra={
        <Space>
          <ExportButton
            path="/employers/export.xlsx"
            filters={filters}
            fileName="用人单位名单.xlsx"
            testId="employer-export"
          />
          {can('employer:write') ? (
            <>
              <LinkButton
                to="/imports?kind=employers"
                icon={<UploadOutlined />}
                data-testid="employer-import"
              >
                导入
              </LinkButton>
              <LinkButton
                to="/employers/new"
                type="primary"
                icon={<PlusOutlined />}
                data-testid="employer-create"
              >
                登记用人单位
              </LinkButton>
            </>
          ) : null}
        </Space>
      }
    >
      <SearchOrgFilters
        filters={filters}
        onChange={applyFilters}
        searchPlaceholder="单位名称前缀或 18 位统一社会信用代码"
        searchWidth={320}
        searchTestId="employer-search"
        orgTestId="employer-filter-org"
      >
        <DictSelect
          dict={employerDicts.type}
          allowClear
          placeholder="单位类型"
          aria-label="单位类型"
          value={filters.type}
          onChange={(t?: string) => applyFilters({ ...filters, type: t })}
          style={{ width: 140 }}
          data-testid="employer-filter-type"
        />
        <DictSelect
          dict={employerDicts.industry}
          allowClear
          placeholder="所属行业"
          aria-label="所属行业"
          value={filters.industry}
          onChange={(i?: string) => applyFilters({ ...filters, industry: i })}
          style={{ width: 220 }}
          data-testid="employer-filter-industry"
        />
      </SearchOrgFilters>
      <QueryErrorAlert error={employers.error} onRetry={() => employers.refetch()} />
      <Table<EmployerItem>
        rowKey="id"
        columns={columns}
        dataSource={employers.data?.items}
        loading={employers.isFetching}
        pagination={tablePagination(paging, employers.data?.total, setPaging)}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            setSort(toSort(sorter));
            setPaging((p) => ({ ...p, page: 1 }));
          }
        }}
        data-testid="employers-table"
      />
    </Card>
  );
}

export function EmployersPage() {
  return (
    <PermissionGate permission="employer:read">
      <EmployersContent />
    </PermissionGate>
  );
}
