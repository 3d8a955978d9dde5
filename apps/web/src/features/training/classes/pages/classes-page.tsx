import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { tablePagination } from '../../../../app/paging';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import {
  type ClassFilters,
  type ClassItem,
  type ClassStatus,
  classesKey,
  classStatusLabels,
  fetchClasses,
  levelLabels,
  type Programme,
  programmeLabels,
} from '../classes-api';
import { ClassStatusTag } from '../components/class-status-tag';
import { TrainingGate } from '../components/training-gate';

const columns: ColumnsType<ClassItem> = [
  {
    title: '班级编号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, c) => <Link to={`/training/classes/${c.id}`}>{n}</Link>,
  },
  { title: '培训机构', dataIndex: 'institutionName', key: 'institution' },
  { title: '项目', dataIndex: 'programme', key: 'programme', render: (p: Programme) => programmeLabels[p] },
  {
    title: '职业（工种）/等级',
    key: 'occupation',
    render: (_: unknown, c) =>
      c.level ? `${c.occupation}（${levelLabels[c.level] ?? c.level}）` : c.occupation,
  },
  { title: '培训期间', key: 'dates', render: (_: unknown, c) => `${c.startsOn} 至 ${c.endsOn}` },
  { title: '计划人数', dataIndex: 'capacity', key: 'capacity' },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    render: (s: ClassStatus) => <ClassStatusTag status={s} />,
  },
];

/** A filter over a fixed set of values, each shown by its Chinese label. */
function LabelledFilter<K extends string>(props: {
  label: string;
  labels: Record<K, string>;
  value: K | undefined;
  onChange: (value: K | undefined) => void;
  testId: string;
}) {
  return (
    <Select<K>
      allowClear
      placeholder={props.label}
      aria-label={props.label}
      style={{ width: 180 }}
      value={props.value}
      options={(Object.entries(props.labels) as [K, string][]).map(([value, label]) => ({ value, label }))}
      onChange={props.onChange}
      data-testid={props.testId}
    />
  );
}

function ClassesContent() {
  const can = usePermissions();
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...classesKey, 'list'],
    initialFilters: {} as ClassFilters,
    fetch: fetchClasses,
  });
  // The institutions the reader's classes belong to (the bureau filters by them).
  const institutions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of query.data?.items ?? []) seen.set(c.institutionId, c.institutionName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [query.data]);
  const set = (patch: Partial<ClassFilters>) => applyFilters({ ...filters, ...patch });

  return (
    <Card
      title="培训班"
      extra={
        can('training:operate') ? (
          <Link to="/training/classes/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="class-apply">
              申请开班
            </Button>
          </Link>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }} data-testid="classes-filters">
        <LabelledFilter
          label="状态"
          labels={classStatusLabels}
          value={filters.status}
          onChange={(status) => set({ status })}
          testId="classes-filter-status"
        />
        {can('training:read') && (
          <Select<string>
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="培训机构"
            aria-label="培训机构"
            style={{ width: 220 }}
            value={filters.institutionId}
            options={institutions}
            onChange={(institutionId) => set({ institutionId })}
            data-testid="classes-filter-institution"
          />
        )}
        <LabelledFilter
          label="培训项目"
          labels={programmeLabels}
          value={filters.programme}
          onChange={(programme) => set({ programme })}
          testId="classes-filter-programme"
        />
        <DatePicker.RangePicker
          placeholder={['培训期间自', '至']}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
          data-testid="classes-filter-dates"
        />
      </Space>
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<ClassItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        locale={{ emptyText: <EmptyState description="没有符合条件的培训班" /> }}
        pagination={tablePagination(paging, query.data?.total, setPaging)}
        data-testid="classes-table"
      />
    </Card>
  );
}

/** 培训班: an institution's own classes, or the bureau's classes of its area, with filters. */
export function ClassesPage() {
  return (
    <TrainingGate>
      <ClassesContent />
    </TrainingGate>
  );
}
