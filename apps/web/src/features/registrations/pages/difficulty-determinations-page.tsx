import { Card, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { ExportButton } from '../../../app/ui/export-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { personColumns } from '../components/person-columns';
import { RecordFilterBar } from '../components/record-filter-bar';
import { fetchDifficultyList, registrationsKey } from '../registration-api';
import {
  type DifficultyCategory,
  type DifficultyListRow,
  difficultyCategoryLabel,
  difficultyCategoryOptions,
  registrationDicts,
} from '../registration-types';

type Row = DifficultyListRow;

function DifficultyContent() {
  const can = usePermissions();
  const {
    filters,
    applyFilters: apply,
    paging,
    setPaging,
    query: q,
  } = usePagedList({
    queryKey: [...registrationsKey, 'difficulty-list'],
    initialFilters: { open: 'true' },
    fetch: fetchDifficultyList,
    resetPageSize: true,
  });
  const exitReason = useDictLabel(registrationDicts.difficultyExitReason);
  const columns: ColumnsType<Row> = [
    ...personColumns<Row>(),
    {
      title: '人员类别',
      dataIndex: 'category',
      key: 'category',
      render: (c: string) => difficultyCategoryLabel(c),
    },
    { title: '认定日期', dataIndex: 'decidedOn', key: 'decidedOn' },
    { title: '认定人', dataIndex: 'decidedByName', key: 'decidedBy' },
    {
      title: '状态',
      key: 'state',
      render: (_, r) =>
        r.exitedOn ? (
          <Tag>{`${r.exitedOn} 退出（${exitReason(r.exitReason)}）`}</Tag>
        ) : (
          <Tag color="red">在册</Tag>
        ),
    },
  ];
  return (
    <Card
      title="就业困难人员"
      extra={
        can('person:export') ? (
          <ExportButton
            path="/difficulty-determinations/export.xlsx"
            filters={filters}
            fileName="就业困难人员名单.xlsx"
            testId="difficulty-export"
          />
        ) : null
      }
    >
      <RecordFilterBar
        filters={filters}
        onChange={apply}
        openLabels={['在册', '已退出']}
        dateLabel="认定日期"
      >
        <Select
          allowClear
          placeholder="人员类别"
          aria-label="人员类别"
          value={filters.category}
          onChange={(category?: DifficultyCategory) => apply({ ...filters, category })}
          options={difficultyCategoryOptions}
          style={{ width: 320 }}
          data-testid="difficulty-filter-category"
        />
      </RecordFilterBar>
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isFetching}
        pagination={tablePagination(paging, q.data?.total, setPaging)}
        data-testid="difficulty-list"
      />
    </Card>
  );
}

export function DifficultyDeterminationsPage() {
  return (
    <PermissionGate permission="person:read">
      <DifficultyContent />
    </PermissionGate>
  );
}
