import { Card, Descriptions, Table } from 'antd';
import { formatInstant } from '../../../../app/format/date-time';
import { EmptyState } from '../../../../app/ui/empty-state';
import {
  eventLabels,
  type InstitutionDetail,
  type InstitutionEvent,
  institutionStatusLabels,
  occupationsText,
} from '../institutions-api';
import { InstitutionStatusTag } from './institution-status-tag';

/** The institution's registered facts and its designation. */
export function InstitutionProfile({
  institution: i,
  extra,
}: {
  institution: InstitutionDetail;
  extra?: React.ReactNode;
}) {
  return (
    <Card title={`${i.name}（${i.number}）`} extra={extra} data-testid="institution-profile">
      <Descriptions column={2} size="small">
        <Descriptions.Item label="状态">
          <InstitutionStatusTag institution={i} />
        </Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{i.creditCode}</Descriptions.Item>
        <Descriptions.Item label="办学许可证号">{i.licenceNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="办公电话">{i.contactPhone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="地址" span={2}>
          {i.address}
        </Descriptions.Item>
        <Descriptions.Item label="培训职业及等级" span={2}>
          {occupationsText(i.occupations)}
        </Descriptions.Item>
        <Descriptions.Item label="在训容量">{i.capacity} 人</Descriptions.Item>
        <Descriptions.Item label="申请日期">{i.appliedOn}</Descriptions.Item>
        <Descriptions.Item label="认定有效期">
          {i.validFrom ? `${i.validFrom} 至 ${i.validTo}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="可否开班">{i.canOpenClasses ? '可以' : '不可以'}</Descriptions.Item>
        {i.statusReason && (
          <Descriptions.Item label="最近一次状态变更理由" span={2}>
            {i.statusReason}
            {i.rectifyBy ? `（整改期限 ${i.rectifyBy}）` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="资质说明" span={2}>
          {i.qualifications ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

const statusText = (s: InstitutionEvent['fromStatus']) => (s ? institutionStatusLabels[s] : '');

/** What happened to the institution, oldest first. */
export function InstitutionHistory({ events }: { events: InstitutionEvent[] }) {
  return (
    <Card title="历史记录">
      <Table<InstitutionEvent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={events}
        data-testid="institution-history"
        locale={{ emptyText: <EmptyState description="暂无记录" /> }}
        columns={[
          { title: '日期', dataIndex: 'onDate', key: 'onDate', width: 110 },
          { title: '事项', dataIndex: 'action', key: 'action', render: (a: string) => eventLabels[a] ?? a },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, e) =>
              e.toStatus ? `${statusText(e.fromStatus) || '—'} → ${statusText(e.toStatus)}` : '',
          },
          { title: '理由', dataIndex: 'reason', key: 'reason', render: (v: string | null) => v ?? '' },
          { title: '记录时间', dataIndex: 'at', key: 'at', render: (v: string) => formatInstant(v) },
        ]}
      />
    </Card>
  );
}
