import { Card, Table, Tag } from 'antd';
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
import { fetchUnemploymentList, registrationsKey } from '../registration-api';
import { registrationDicts, type UnemploymentListRow } from '../registration-types';

type Row = UnemploymentListRow;

function UnemploymentContent() {
  const can = usePermissions();
  const {
    filters,
    applyFilters,
    paging,
    setPaging,
    query: q,
  } = usePagedList({
    queryKey: [...registrationsKey, 'unemployment-list'],
    initialFilters: { open: 'true' },
    fetch: fetchUnemploymentList,
    resetPageSize: true,
  });
  const reason = useDictLabel(registrationDicts.unemploymentReason);
  const endReason = useDictLabel(registrationDicts.unemploymentEndReason);
  const columns: ColumnsType<Row> = [
    ...personColumns<Row>(),
    { title: '《就业创业证》编号', dataIndex: 'certificateNumber', key: 'certificate' },
    { title: '登记日期', dataIndex: 'registeredOn', key: 'registeredOn' },
    { title: '登记机构', dataIndex: 'stationName', key: 'station' },
    { title: '失业原因', dataIndex: 'reason', key: 'reason', render: (r: string) => reason(r) },
    {
      title: '状态',
      key: 'state',
      render: (_, r) =>
        r.endedOn ? (
          <Tag>{`${r.endedOn} 注销（${endReason(r.endReason)}）`}</Tag>
        ) : (
          <Tag color="orange">有效</Tag>
        ),
    },
  ];
  return (
    <Card
      title="失业登记"
      extra={
        can('person:export') ? (
          <ExportButton
            path="/unemployment-registrations/export.xlsx"
            filters={filters}
            fileName="失业登记名单.xlsx"
            testId="unemployment-export"
          />
        ) : null
      }
    >
      <RecordFilterBar
        filters={filters}
        onChange={applyFilters}
        openLabels={['有效', '已注销']}
        dateLabel="登记日期"
      />
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isFetching}
        pagination={tablePagination(paging, q.data?.total, setPaging)}
        data-testid="unemployment-list"
      />
    </Card>
  );
}

export function UnemploymentRegistrationsPage() {
  return (
    <PermissionGate permission="person:read">
      <UnemploymentContent />
    </PermissionGate>
  );
}
