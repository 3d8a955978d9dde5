import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { formatPeriod } from '../../../app/format/date-time';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import {
  endEmploymentRegistration,
  endUnemploymentRegistration,
  fetchEmploymentRegistrations,
  fetchUnemploymentRegistrations,
  personRegistrationsKey,
} from '../registration-api';
import {
  type EmploymentRegistration,
  registrationDicts,
  type UnemploymentRegistration,
} from '../registration-types';
import { EmploymentStatusRow } from './employment-status-row';
import { EndRecordModal } from './end-record-modal';
import { EmploymentFormModal, UnemploymentFormModal } from './registration-form-modals';

type Dialog =
  | { kind: 'employment' | 'unemployment' }
  | { kind: 'end-employment'; row: EmploymentRegistration }
  | { kind: 'end-unemployment'; row: UnemploymentRegistration };

/** The "就业失业登记" panel of the person page: status tags, both registers, and their actions. */
export function RegistrationsPanel({ personId }: { personId: string }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const label = {
    form: useDictLabel(registrationDicts.employmentForm),
    endReason: useDictLabel(registrationDicts.employmentEndReason),
    reason: useDictLabel(registrationDicts.unemploymentReason),
    unemploymentEnd: useDictLabel(registrationDicts.unemploymentEndReason),
  };
  const key = personRegistrationsKey(personId);
  const employment = useQuery({
    queryKey: [...key, 'employment'],
    queryFn: () => fetchEmploymentRegistrations(personId),
  });
  const unemployment = useQuery({
    queryKey: [...key, 'unemployment'],
    queryFn: () => fetchUnemploymentRegistrations(personId),
  });
  const write = can('person:write');
  const done = () => {
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: key });
  };
  const action = (text: string, onClick: () => void, testId: string) => (
    <Button type="link" size="small" onClick={onClick} data-testid={testId}>
      {text}
    </Button>
  );

  const employmentColumns: ColumnsType<EmploymentRegistration> = [
    { title: '就业形式', dataIndex: 'form', key: 'form', render: (f: string) => label.form(f) },
    { title: '用人单位', dataIndex: 'employerName', key: 'employer', render: (n: string | null) => n ?? '—' },
    { title: '就业期间', key: 'period', render: (_, r) => formatPeriod(r.startedOn, r.endedOn) },
    {
      title: '终止原因',
      dataIndex: 'endReason',
      key: 'endReason',
      render: (r: string | null) => (r ? label.endReason(r) : '—'),
    },
    ...(write
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, r: EmploymentRegistration) =>
              r.endedOn
                ? null
                : action('终止', () => setDialog({ kind: 'end-employment', row: r }), 'employment-end'),
          },
        ]
      : []),
  ];
  const unemploymentColumns: ColumnsType<UnemploymentRegistration> = [
    { title: '《就业创业证》编号', dataIndex: 'certificateNumber', key: 'certificate' },
    { title: '登记机构', dataIndex: 'stationName', key: 'station' },
    { title: '失业原因', dataIndex: 'reason', key: 'reason', render: (r: string) => label.reason(r) },
    { title: '登记期间', key: 'period', render: (_, r) => formatPeriod(r.registeredOn, r.endedOn) },
    {
      title: '注销原因',
      dataIndex: 'endReason',
      key: 'endReason',
      render: (r: string | null) => (r ? label.unemploymentEnd(r) : '—'),
    },
    ...(write
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, r: UnemploymentRegistration) =>
              r.endedOn
                ? null
                : action('注销', () => setDialog({ kind: 'end-unemployment', row: r }), 'unemployment-end'),
          },
        ]
      : []),
  ];
  const table = <T extends { id: string }>(
    columns: ColumnsType<T>,
    rows: T[] | undefined,
    loading: boolean,
    testId: string,
  ) => (
    <Table<T>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <EmptyState description="暂无登记" /> }}
      data-testid={testId}
    />
  );

  return (
    <Card
      size="small"
      title="就业失业登记"
      data-testid="person-registrations"
      extra={
        write ? (
          <Space>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'employment' })}
              data-testid="employment-add"
            >
              就业登记
            </Button>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'unemployment' })}
              data-testid="unemployment-add"
            >
              失业登记
            </Button>
          </Space>
        ) : null
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <EmploymentStatusRow personId={personId} />
        <QueryErrorAlert
          error={employment.error ?? unemployment.error}
          onRetry={() => void queryClient.invalidateQueries({ queryKey: key })}
        />
        <Typography.Text strong>就业登记</Typography.Text>
        {table(employmentColumns, employment.data?.items, employment.isPending, 'employment-table')}
        <Typography.Text strong>失业登记</Typography.Text>
        {table(unemploymentColumns, unemployment.data?.items, unemployment.isPending, 'unemployment-table')}
      </Space>
      {dialog?.kind === 'employment' ? (
        <EmploymentFormModal personId={personId} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
      {dialog?.kind === 'unemployment' ? (
        <UnemploymentFormModal personId={personId} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
      {dialog?.kind === 'end-employment' ? (
        <EndRecordModal
          title="终止就业登记"
          dateLabel="终止日期"
          reasonLabel="终止原因"
          reasonDict={registrationDicts.employmentEndReason}
          startedOn={dialog.row.startedOn}
          submit={(endedOn, endReason) =>
            endEmploymentRegistration(dialog.row.id, { endedOn, endReason, version: dialog.row.version })
          }
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'end-unemployment' ? (
        <EndRecordModal
          title="注销失业登记"
          dateLabel="注销日期"
          reasonLabel="注销原因"
          reasonDict={registrationDicts.unemploymentEndReason}
          startedOn={dialog.row.registeredOn}
          submit={(endedOn, endReason) =>
            endUnemploymentRegistration(dialog.row.id, { endedOn, endReason, version: dialog.row.version })
          }
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
    </Card>
  );
}
