import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { formatYuan } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { PageSpin } from '../../../app/ui/page-spin';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { NoticeInstitutions } from '../components/notice-institutions';
import { NoticeStatusTag, ObjectionStatusTag } from '../components/notice-status-tag';
import { ObjectionCreateModal, ObjectionResolveModal } from '../components/objection-modals';
import { closeNotice, fetchNotice, noticesKey } from '../notice-api';
import { isInstitutionNotice, type NoticeDetail, type Objection } from '../notice-types';

function NoticeDetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = [...noticesKey, 'detail', id];
  const notice = useQuery({ queryKey: key, queryFn: () => fetchNotice(id) });
  const [objecting, setObjecting] = useState(false);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: noticesKey });
    queryClient.invalidateQueries({ queryKey: ['cases'] });
    queryClient.invalidateQueries({ queryKey: ['training', 'institutions'] });
  };
  const close = useMutation({
    mutationFn: (n: NoticeDetail) => closeNotice(n.id, n.version),
    onSuccess: () => {
      message.success('公示已结束');
      refresh();
    },
    onError: (e) => message.error(e.message),
  });

  if (notice.isPending) return <PageSpin />;
  if (notice.error) return <QueryErrorResult error={notice.error} onRetry={() => notice.refetch()} />;
  const n = notice.data;
  const writable = can('case:approve') && n.status === 'published';
  const caseNumber = (caseId: string | null) =>
    n.items.find((i) => i.caseId === caseId)?.caseNumber ?? '（公示整体）';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${n.title}（${n.number}）`}
        extra={
          <Space>
            <Button icon={<PrinterOutlined />} href={`/print/public-notices/${n.id}`} target="_blank">
              打印公示
            </Button>
            {writable && (
              <Button onClick={() => setObjecting(true)} data-testid="objection-create">
                登记异议
              </Button>
            )}
            {writable && (
              <Popconfirm
                title="结束公示？"
                description="公示期满且异议均已处理后，名单内案件转为公示期满。"
                onConfirm={() => close.mutate(n)}
              >
                <Button type="primary" loading={close.isPending} data-testid="notice-close">
                  结束公示
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label="状态">
            <NoticeStatusTag status={n.status} />
          </Descriptions.Item>
          <Descriptions.Item label="公示期">
            {n.startsOn} 至 {n.endsOn}
          </Descriptions.Item>
          <Descriptions.Item label="发布时间">{formatInstant(n.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label="结束时间">{formatInstant(n.closedAt)}</Descriptions.Item>
          <Descriptions.Item label="公示说明" span={2}>
            {n.body ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {isInstitutionNotice(n) ? (
        <NoticeInstitutions institutions={n.institutions} />
      ) : (
        <Card title={`公示名单（${n.items.length} 人）`}>
          <Table
            rowKey="caseId"
            size="small"
            pagination={false}
            dataSource={n.items}
            data-testid="notice-items"
            columns={[
              {
                title: '案件编号',
                dataIndex: 'caseNumber',
                key: 'caseNumber',
                render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
              },
              { title: '姓名', dataIndex: 'maskedName', key: 'name' },
              {
                title: '身份证号码',
                dataIndex: 'maskedIdNumber',
                key: 'id',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: '金额',
                dataIndex: 'amount',
                key: 'amount',
                align: 'right',
                render: formatYuan,
              },
              { title: '案件状态', dataIndex: 'statusLabel', key: 'status' },
            ]}
          />
        </Card>
      )}
      <Card title={`异议（${n.objections.length} 件）`}>
        <Table<Objection>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={n.objections}
          data-testid="notice-objections"
          locale={{ emptyText: <EmptyState description="暂无异议" /> }}
          columns={[
            { title: '收到日期', dataIndex: 'receivedOn', key: 'receivedOn' },
            {
              title: '异议人',
              dataIndex: 'objector',
              key: 'objector',
              render: (v: string | null) => v ?? '匿名',
            },
            ...(isInstitutionNotice(n)
              ? []
              : [{ title: '所涉案件', dataIndex: 'caseId', key: 'case', render: caseNumber }]),
            { title: '异议内容', dataIndex: 'content', key: 'content' },
            {
              title: '状态',
              dataIndex: 'status',
              key: 'status',
              render: (s: Objection['status']) => <ObjectionStatusTag status={s} />,
            },
            {
              title: '核查结论',
              dataIndex: 'resolution',
              key: 'resolution',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, o) =>
                can('case:approve') && o.status === 'open' ? (
                  <Button size="small" onClick={() => setResolving(o)} data-testid="objection-resolve">
                    处理
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {objecting && (
        <ObjectionCreateModal
          notice={n}
          onClose={() => setObjecting(false)}
          onSaved={() => {
            setObjecting(false);
            refresh();
          }}
        />
      )}
      {resolving && (
        <ObjectionResolveModal
          objection={resolving}
          institutionNotice={isInstitutionNotice(n)}
          onClose={() => setResolving(null)}
          onSaved={() => {
            setResolving(null);
            refresh();
          }}
        />
      )}
    </Space>
  );
}

/** A public notice: its list with masked names, objections and their handling, closing. */
export function PublicNoticeDetailPage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate permission="case:read">
      <NoticeDetailContent id={id} />
    </PermissionGate>
  );
}
