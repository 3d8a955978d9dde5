import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { ExportButton } from '../../../app/ui/export-button';
import { LinkButton } from '../../../app/ui/link-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { OrgFilter } from '../../orgs/components/org-filter';
import { difficultyCategoryOptions } from '../../registrations/registration-types';
import { DictSelect } from '../components/dict-select';
import { fetchPersons, personsKey } from '../person-api';
import { type PersonFilters, type PersonItem, type PersonSort, personDicts } from '../person-types';
import { usePersonListParams } from '../use-person-list-params';

const sortable = ['name', 'birthDate'] as const;

const genderOptions: { value: NonNullable<PersonFilters['gender']>; label: string }[] = [
  { value: '1', label: '男' },
  { value: '2', label: '女' },
];

const employmentOptions: { value: NonNullable<PersonFilters['employment']>; label: string }[] = [
  { value: 'employed', label: '已就业登记' },
  { value: 'unemployed', label: '已失业登记' },
];

function toSort(sorter: SorterResult<PersonItem> | SorterResult<PersonItem>[]): PersonSort | undefined {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = single?.columnKey;
  if (!single?.order || !sortable.includes(field as (typeof sortable)[number])) return undefined;
  return (single.order === 'descend' ? `-${String(field)}` : String(field)) as PersonSort;
}

function PersonsContent() {
  const can = usePermissions();
  const { filters, paging, sort, update } = usePersonListParams();
  const gender = useDictLabel(personDicts.gender);
  const hukouType = useDictLabel(personDicts.hukouType);

  const persons = useQuery({
    queryKey: [...personsKey, 'list', filters, paging, sort],
    queryFn: () => fetchPersons(filters, paging, sort),
    placeholderData: keepPreviousData,
  });

  const applyFilters = (next: PersonFilters) => update({ filters: next });
  const orderOf = (key: string) => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null);

  const columns: ColumnsType<PersonItem> = [
    {
      title: '姓名',
      key: 'name',
      dataIndex: 'name',
      sorter: true,
      sortOrder: orderOf('name'),
      render: (name: string, person) => <Link to={`/persons/${person.id}`}>{name}</Link>,
    },
    { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'idNumber' },
    { title: '性别', dataIndex: 'gender', key: 'gender', render: (g: string) => gender(g) },
    {
      title: '出生日期',
      dataIndex: 'birthDate',
      key: 'birthDate',
      sorter: true,
      sortOrder: orderOf('birthDate'),
    },
    { title: '户口性质', dataIndex: 'hukouType', key: 'hukouType', render: (h: string) => hukouType(h) },
    { title: '联系电话', dataIndex: 'phoneMasked', key: 'phone', render: (p: string | null) => p ?? '—' },
    {
      title: '所属机构',
      dataIndex: ['org', 'name'],
      key: 'org',
      onCell: () => ({ 'data-testid': 'person-org-cell' }) as React.HTMLAttributes<HTMLElement>,
    },
  ];

  return (
    <Card
      title="人员管理"
      extra={
        <Space>
          {can('person:export') ? (
            <ExportButton
              path="/persons/export.xlsx"
              filters={filters}
              fileName="人员名单.xlsx"
              testId="person-export"
            />
          ) : null}
          {can('person:write') ? (
            <LinkButton to="/imports?kind=persons" icon={<UploadOutlined />} data-testid="person-import">
              导入
            </LinkButton>
          ) : null}
          {can('person:write') ? (
            <LinkButton to="/persons/new" type="primary" icon={<PlusOutlined />} data-testid="person-create">
              登记人员
            </LinkButton>
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
          placeholder="姓名前缀、18 位公民身份号码或 11 位手机号"
          onSearch={(q) => applyFilters({ ...filters, q: q.trim() || undefined })}
          style={{ width: 300 }}
          data-testid="person-search"
        />
        <OrgFilter
          value={filters.orgId}
          onChange={(orgId) => applyFilters({ ...filters, orgId })}
          width={260}
          data-testid="person-filter-org"
        />
        <Select<PersonFilters['gender']>
          allowClear
          placeholder="性别"
          aria-label="性别"
          value={filters.gender}
          onChange={(gender) => applyFilters({ ...filters, gender })}
          options={genderOptions}
          style={{ width: 100 }}
          data-testid="person-filter-gender"
        />
        <DictSelect
          dict={personDicts.hukouType}
          allowClear
          placeholder="户口性质"
          aria-label="户口性质"
          value={filters.hukouType}
          onChange={(hukouType?: string) => applyFilters({ ...filters, hukouType })}
          style={{ width: 120 }}
          data-testid="person-filter-hukou-type"
        />
        <Select<PersonFilters['employment']>
          allowClear
          placeholder="就业状态"
          aria-label="就业状态"
          value={filters.employment}
          onChange={(employment) => applyFilters({ ...filters, employment })}
          options={employmentOptions}
          style={{ width: 130 }}
          data-testid="person-filter-employment"
        />
        <Select
          allowClear
          placeholder="就业困难人员类别"
          aria-label="就业困难人员类别"
          value={filters.difficultyCategory}
          onChange={(difficultyCategory?: string) => applyFilters({ ...filters, difficultyCategory })}
          options={difficultyCategoryOptions}
          popupMatchSelectWidth={false}
          style={{ width: 180 }}
          data-testid="person-filter-difficulty"
        />
        {filters.employerId ? (
          <Tag closable onClose={() => applyFilters({ ...filters, employerId: undefined })}>
            在指定单位就业
          </Tag>
        ) : null}
      </Space>
      <QueryErrorAlert error={persons.error} onRetry={() => persons.refetch()} />
      <Table<PersonItem>
        rowKey="id"
        columns={columns}
        dataSource={persons.data?.items}
        loading={persons.isFetching}
        pagination={tablePagination(
          paging,
          persons.data?.total,
          (next) => update({ paging: next }),
          persons.data?.totalCapped,
        )}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') update({ sort: toSort(sorter) });
        }}
        data-testid="persons-table"
      />
    </Card>
  );
}

export function PersonsPage() {
  return (
    <PermissionGate permission="person:read">
      <PersonsContent />
    </PermissionGate>
  );
}
