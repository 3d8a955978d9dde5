import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { LinkButton } from '../../../../app/ui/link-button';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { InstitutionHistory, InstitutionProfile } from '../components/institution-profile';
import {
  DesignateModal,
  LinkStaffModal,
  PassModal,
  RejectModal,
  SuperviseModal,
  superviseLabels,
} from '../components/review-modals';
import { TeachersAndSites } from '../components/teachers-sites';
import {
  fetchInstitution,
  type InstitutionDetail,
  type InstitutionStatus,
  institutionsKey,
  type SuperviseBody,
  unlinkStaff,
} from '../institutions-api';

type Dialog = 'pass' | 'reject' | 'designate' | 'staff' | SuperviseBody['action'] | null;

/** Which supervision actions each status allows (the server refuses the others with its reason). */
const supervisionFrom: Record<SuperviseBody['action'], InstitutionStatus[]> = {
  order_rectify: ['designated'],
  rectified: ['rectifying'],
  suspend: ['designated', 'rectifying'],
  reinstate: ['suspended'],
  withdraw: ['designated', 'rectifying', 'suspended'],
};

function Actions({ institution: i, open }: { institution: InstitutionDetail; open: (d: Dialog) => void }) {
  const buttons: [Dialog, string, boolean][] = [
    ['pass', '审核通过并公示', i.status === 'applied'],
    ['designate', '认定', i.status === 'in_notice'],
    ['reject', '不予认定', i.status === 'applied' || i.status === 'in_notice'],
    ...Object.entries(supervisionFrom).map(
      ([a, from]) =>
        [a as Dialog, superviseLabels[a as SuperviseBody['action']], from.includes(i.status)] as [
          Dialog,
          string,
          boolean,
        ],
    ),
  ];
  return (
    <Space wrap>
      {buttons
        .filter(([, , shown]) => shown)
        .map(([d, label]) => (
          <Button
            key={d}
            danger={d === 'withdraw' || d === 'reject'}
            onClick={() => open(d)}
            data-testid={`institution-${d}`}
          >
            {label}
          </Button>
        ))}
    </Space>
  );
}

function DetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: [...institutionsKey, 'detail', id],
    queryFn: () => fetchInstitution(id),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const unlink = useMutation({
    mutationFn: (userId: string) => unlinkStaff(id, userId),
    onSuccess: () => {
      message.success('已解除关联');
      void queryClient.invalidateQueries({ queryKey: institutionsKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (detail.isPending) return <PageSpin />;
  if (detail.error) return <QueryErrorResult error={detail.error} onRetry={() => detail.refetch()} />;
  const i = detail.data;
  const manage = can('training:manage');
  const close = () => setDialog(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <InstitutionProfile institution={i} extra={manage && <Actions institution={i} open={setDialog} />} />
      {i.notice && (
        <Card
          size="small"
          title="认定前公示"
          extra={
            <LinkButton size="small" to={`/public-notices/${i.notice.id}`} data-testid="institution-notice">
              查看公示
            </LinkButton>
          }
        >
          异议待处理 {i.notice.open} 件，成立 {i.notice.upheld} 件，不成立 {i.notice.dismissed} 件
        </Card>
      )}
      <TeachersAndSites
        institution={i}
        editable={manage && i.status !== 'withdrawn' && i.status !== 'rejected'}
      />
      <Card
        title="机构账号"
        extra={
          manage && (
            <Button onClick={() => setDialog('staff')} data-testid="institution-staff-add">
              关联账号
            </Button>
          )
        }
      >
        <Table
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={i.staff}
          data-testid="institution-staff"
          locale={{ emptyText: <EmptyState description="尚未关联账号" /> }}
          columns={[
            { title: '账号', dataIndex: 'username', key: 'username' },
            { title: '名称', dataIndex: 'displayName', key: 'displayName' },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, s) =>
                manage && (
                  <Popconfirm title="解除该账号与机构的关联？" onConfirm={() => unlink.mutate(s.userId)}>
                    <Button size="small" danger>
                      解除关联
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <InstitutionHistory events={i.events} />
      {dialog === 'pass' && <PassModal institution={i} onClose={close} />}
      {dialog === 'reject' && <RejectModal institution={i} onClose={close} />}
      {dialog === 'designate' && <DesignateModal institution={i} onClose={close} />}
      {dialog === 'staff' && <LinkStaffModal institution={i} onClose={close} />}
      {dialog && dialog in supervisionFrom && (
        <SuperviseModal institution={i} action={dialog as SuperviseBody['action']} onClose={close} />
      )}
    </Space>
  );
}

/** One institution for the bureau: profile, teachers, sites, accounts, history and the actions its status allows. */
export function InstitutionDetailPage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate permission="training:read">
      <DetailContent id={id} />
    </PermissionGate>
  );
}
