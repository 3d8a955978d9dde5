import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { fetchRecognitions, householdsKey } from '../household-api';
import {
  type AssistanceAction,
  type HouseholdDetail,
  householdDicts,
  type Recognition,
} from '../household-types';
import { AssistanceModal, EliminateModal, RecogniseModal } from './zero-employment-actions';

function RecognitionCard({ r }: { r: Recognition }) {
  const kind = useDictLabel(householdDicts.assistanceKind);
  const reason = useDictLabel(householdDicts.eliminationReason);
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Space>
          <span>认定于 {r.recognisedOn}</span>
          {r.status === 'active' ? (
            <Tag color="red">在册</Tag>
          ) : (
            <Tag color="green">已于 {r.eliminatedOn} 消除</Tag>
          )}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="认定依据">{r.basis}</Descriptions.Item>
        {r.status === 'eliminated' ? (
          <Descriptions.Item label="消除原因">
            {reason(r.eliminationReason)}
            {r.eliminationNote ? `（${r.eliminationNote}）` : ''}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {r.assistance.length === 0 ? (
        <Alert type={r.status === 'active' ? 'warning' : 'info'} showIcon title="尚无帮扶记录" />
      ) : (
        <Table<AssistanceAction>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={r.assistance}
          columns={[
            { title: '帮扶日期', dataIndex: 'actedOn' },
            { title: '帮扶方式', dataIndex: 'kind', render: (k: string) => kind(k) },
            { title: '帮扶对象', dataIndex: 'personName', render: (n: string | null) => n ?? '全户' },
            { title: '帮扶内容', dataIndex: 'description' },
            { title: '登记人', dataIndex: 'recordedBy' },
          ]}
        />
      )}
    </Card>
  );
}

/** Zero-employment status of a household: recognise, record assistance, eliminate; full history. */
export function ZeroEmploymentPanel({ household }: { household: HouseholdDetail }) {
  const can = usePermissions();
  const [modal, setModal] = useState<'recognise' | 'assist' | 'eliminate' | null>(null);
  const history = useQuery({
    queryKey: [...householdsKey, 'zero-employment', household.id],
    queryFn: () => fetchRecognitions(household.id),
  });
  const items = history.data?.items ?? [];
  const active = items.find((r) => r.status === 'active');
  const close = () => setModal(null);

  return (
    <Card
      title="零就业家庭"
      style={{ marginTop: 16 }}
      data-testid="zero-employment-panel"
      extra={
        <Space>
          {!active && can('household:recognise') ? (
            <Button type="primary" danger onClick={() => setModal('recognise')} data-testid="zero-recognise">
              认定为零就业家庭
            </Button>
          ) : null}
          {active && can('person:write') ? (
            <Button onClick={() => setModal('assist')} data-testid="zero-assist">
              登记帮扶
            </Button>
          ) : null}
          {active && can('household:recognise') ? (
            <Button type="primary" onClick={() => setModal('eliminate')} data-testid="zero-eliminate">
              消除
            </Button>
          ) : null}
        </Space>
      }
    >
      <QueryErrorAlert error={history.error} onRetry={() => history.refetch()} />
      {items.length === 0 && !history.isPending ? <EmptyState description="未认定为零就业家庭" /> : null}
      {items.map((r) => (
        <RecognitionCard key={r.id} r={r} />
      ))}
      <RecogniseModal householdId={household.id} open={modal === 'recognise'} onClose={close} />
      {active ? (
        <>
          <AssistanceModal
            recognition={active}
            members={household.members}
            open={modal === 'assist'}
            onClose={close}
          />
          <EliminateModal recognition={active} open={modal === 'eliminate'} onClose={close} />
        </>
      ) : null}
    </Card>
  );
}
