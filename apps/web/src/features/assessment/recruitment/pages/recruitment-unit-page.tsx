import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { AddWorkerModal } from '../components/add-worker-modal';
import { WorkerEvidence } from '../components/worker-evidence';
import {
  checkWorker,
  evidenceLabels,
  fetchLedger,
  type LedgerEntry,
  recruitmentKey,
  submitWorker,
  workerStatusLabels,
} from '../recruitment-api';

const statusColor: Record<LedgerEntry['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  verified: 'success',
  rejected: 'error',
};
const editable = (w: LedgerEntry) => w.status === 'draft' || w.status === 'rejected';

/** 招工台账 of one unit: entries with their five documents, submitted by the town, checked by the city. */
export function RecruitmentUnitPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [rejecting, setRejecting] = useState<LedgerEntry | null>(null);
  const [note, setNote] = useState('');
  const key = [...recruitmentKey, 'ledger', id];
  const ledger = useQuery({ queryKey: key, queryFn: () => fetchLedger(id) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: recruitmentKey });
  const act = useMutation({
    mutationFn: (a: { kind: 'submit' | 'verify' | 'reject'; id: string; note?: string }) =>
      a.kind === 'submit'
        ? submitWorker(a.id)
        : checkWorker(
            a.id,
            a.kind === 'verify' ? { verdict: 'verified' } : { verdict: 'rejected', note: a.note ?? '' },
          ),
    onSuccess: (_, a) => {
      message.success(a.kind === 'submit' ? '已提交认定' : a.kind === 'verify' ? '已认定' : '已不予认定');
      setRejecting(null);
      refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const columns: ColumnsType<LedgerEntry> = [
    { title: '姓名', dataIndex: 'personName', key: 'name' },
    { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id' },
    { title: '录用企业', dataIndex: 'employerName', key: 'employer' },
    { title: '录用日期', dataIndex: 'hiredOn', key: 'hiredOn' },
    { title: '专项', key: 'special', render: (_: unknown, w) => (w.forSpecialTask ? '是' : '—') },
    {
      title: '“五符合”材料',
      key: 'evidence',
      render: (_: unknown, w) => `${w.evidence.length} / ${Object.keys(evidenceLabels).length}`,
    },
    {
      title: '状态',
      key: 'status',
      render: (_: unknown, w) => (
        <Space orientation="vertical" size={0}>
          <Tag color={statusColor[w.status]}>{workerStatusLabels[w.status]}</Tag>
          {w.status === 'rejected' && w.checkNote}
          {editable(w) && !w.counts && (
            <span className="ant-typography-secondary">{w.reasons.join('；')}</span>
          )}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, w) => (
        <Space>
          {can('assessment:submit') && editable(w) && (
            <Button
              size="small"
              type="primary"
              onClick={() => act.mutate({ kind: 'submit', id: w.id })}
              data-testid={`worker-submit-${w.id}`}
            >
              提交认定
            </Button>
          )}
          {can('assessment:review') && w.status !== 'draft' && w.status !== 'verified' && (
            <Button
              size="small"
              onClick={() => act.mutate({ kind: 'verify', id: w.id })}
              data-testid={`worker-verify-${w.id}`}
            >
              认定
            </Button>
          )}
          {can('assessment:review') && w.status !== 'draft' && w.status !== 'rejected' && (
            <Button size="small" danger onClick={() => setRejecting(w)}>
              不予认定
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={ledger.data ? `${ledger.data.unit.name} ${ledger.data.unit.year}年度招工台账` : '招工台账'}
      extra={
        <Space>
          <Link to="/assessment/recruitment">返回考核</Link>
          {can('assessment:submit') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="worker-add"
            >
              录入招工人员
            </Button>
          )}
        </Space>
      }
    >
      <QueryErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />
      {ledger.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`核验日期 ${ledger.data.asOf}：展开一行上传“五符合”材料（每项一份或多份），齐全且劳动合同已登记、连续务工满3个月后提交认定。`}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={ledger.isLoading}
        columns={columns}
        dataSource={ledger.data?.items ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (w) => (
            <WorkerEvidence entry={w} editable={can('assessment:submit') && editable(w)} onChange={refresh} />
          ),
        }}
        data-testid="recruitment-ledger"
      />
      {adding && (
        <AddWorkerModal
          unitId={id}
          onClose={() => {
            setAdding(false);
            refresh();
          }}
        />
      )}
      {rejecting && (
        <Modal
          open
          title={`不予认定：${rejecting.personName}`}
          okText="确定"
          onOk={() => act.mutate({ kind: 'reject', id: rejecting.id, note })}
          okButtonProps={{ disabled: !note.trim() }}
          onCancel={() => setRejecting(null)}
        >
          <Input.TextArea
            aria-label="不予认定原因"
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.target.value)}
          />
        </Modal>
      )}
    </Card>
  );
}
