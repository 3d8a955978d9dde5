import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { useBureauToday } from '../../../../app/bureau-clock';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { EnrolModal } from '../components/enrol-modal';
import { ResultModal } from '../components/result-modal';
import { RollCallModal } from '../components/roll-call-modal';
import { SheetImportModal } from '../components/sheet-import-modal';
import { WithdrawModal } from '../components/withdraw-modal';
import {
  fetchTrainees,
  groupLabels,
  resultLabels,
  type SheetKind,
  statusLabels,
  type Trainee,
  traineesKey,
} from '../trainees-api';

type Dialog =
  | { kind: 'enrol' }
  | { kind: 'import'; sheet: SheetKind }
  | { kind: 'roll-call' }
  | { kind: 'result'; trainee: Trainee }
  | { kind: 'withdraw'; trainee: Trainee };

/** Why the rules put the trainee in (or kept them out of) each target group, with the clause. */
function EligibilityReasons({ trainee }: { trainee: Trainee }) {
  return (
    <Space orientation="vertical" size={4} data-testid="trainee-eligibility">
      {trainee.eligibility.map((r) => (
        <Space key={`${r.group}-${r.text}`} align="start">
          {r.met ? (
            <CheckCircleTwoTone twoToneColor="#52c41a" />
          ) : (
            <CloseCircleTwoTone twoToneColor="#bfbfbf" />
          )}
          <span>
            {r.text}
            {r.clause ? <span style={{ color: '#8c8c8c' }}>（{r.clause}）</span> : null}
          </span>
        </Space>
      ))}
    </Space>
  );
}

/** 学员: a class's trainees (masked IDs), enrolment, sign-in and appraisal results. */
export function ClassTraineesPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const today = useBureauToday();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const query = useQuery({ queryKey: traineesKey(id), queryFn: () => fetchTrainees(id) });
  if (query.error) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const cls = query.data?.class;
  const items = query.data?.items ?? [];
  const operate = can('training:operate');
  const open =
    cls !== undefined && (cls.status === 'approved' || cls.status === 'running') && today <= cls.endsOn;
  const ended = cls !== undefined && today > cls.endsOn;
  const close = () => setDialog(null);

  const columns: ColumnsType<Trainee> = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'id' },
    { title: '人员类别', dataIndex: 'group', key: 'group', render: (g: Trainee['group']) => groupLabels[g] },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      render: (s: Trainee['status'], t) => (
        <Tag color={s === 'withdrawn' ? 'default' : 'processing'}>
          {statusLabels[s]}
          {t.withdrawnOn ? ` ${t.withdrawnOn}` : ''}
        </Tag>
      ),
    },
    { title: '到课天数', dataIndex: 'attendedDays', key: 'days', align: 'right' },
    {
      title: '鉴定结果',
      key: 'result',
      render: (_, t) => (t.result ? `${resultLabels[t.result]}（${t.resultOn}）` : '—'),
    },
    {
      title: '证书编号',
      dataIndex: 'certificateNumber',
      key: 'certificate',
      render: (n: string | null) => n ?? '—',
    },
    ...(operate
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, t: Trainee) =>
              t.status === 'withdrawn' ? null : (
                <Space size={0}>
                  {ended ? (
                    <Button
                      type="link"
                      onClick={() => setDialog({ kind: 'result', trainee: t })}
                      data-testid="trainee-result"
                    >
                      登记结果
                    </Button>
                  ) : null}
                  {t.status === 'enrolled' ? (
                    <Button
                      type="link"
                      danger
                      onClick={() => setDialog({ kind: 'withdraw', trainee: t })}
                      data-testid="trainee-withdraw"
                    >
                      退学
                    </Button>
                  ) : null}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={cls ? `培训班 ${cls.number} 学员` : '培训班学员'} loading={query.isLoading}>
        {cls ? (
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="职业（工种）">
              {cls.occupation}
              {cls.level ? ` · ${cls.level}级` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="培训期间">
              {cls.startsOn} 至 {cls.endsOn}
            </Descriptions.Item>
            <Descriptions.Item label="学员 / 计划">
              {items.filter((t) => t.status !== 'withdrawn').length} / {cls.capacity}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        {operate && cls ? (
          <Space wrap style={{ marginTop: 12 }}>
            <Button
              type="primary"
              disabled={!open}
              onClick={() => setDialog({ kind: 'enrol' })}
              data-testid="trainee-enrol"
            >
              报名
            </Button>
            <Button
              disabled={!open}
              onClick={() => setDialog({ kind: 'import', sheet: 'enrol' })}
              data-testid="trainee-import"
            >
              导入报名表
            </Button>
            <Button
              disabled={today < cls.startsOn}
              onClick={() => setDialog({ kind: 'roll-call' })}
              data-testid="trainee-roll-call"
            >
              点名
            </Button>
            <Button
              disabled={today < cls.startsOn}
              onClick={() => setDialog({ kind: 'import', sheet: 'attendance' })}
              data-testid="attendance-import"
            >
              导入签到表
            </Button>
          </Space>
        ) : null}
      </Card>
      <Card>
        <Table<Trainee>
          rowKey="id"
          loading={query.isLoading}
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (t) => <EligibilityReasons trainee={t} /> }}
          locale={{ emptyText: <EmptyState description="暂无学员" /> }}
          data-testid="trainees-table"
        />
      </Card>
      {dialog?.kind === 'enrol' ? <EnrolModal classId={id} onClose={close} /> : null}
      {dialog?.kind === 'import' ? (
        <SheetImportModal kind={dialog.sheet} classId={id} onClose={close} />
      ) : null}
      {dialog?.kind === 'roll-call' && cls ? (
        <RollCallModal
          classId={id}
          startsOn={cls.startsOn}
          endsOn={cls.endsOn}
          trainees={items}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'result' && cls ? (
        <ResultModal
          classId={id}
          endsOn={cls.endsOn}
          level={cls.level}
          trainee={dialog.trainee}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'withdraw' ? (
        <WithdrawModal classId={id} trainee={dialog.trainee} onClose={close} />
      ) : null}
    </Space>
  );
}
