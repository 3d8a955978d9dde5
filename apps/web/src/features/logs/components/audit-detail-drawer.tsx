import { Descriptions, Drawer, Typography } from 'antd';
import { formatLogInstant } from '../../../app/format/date-time';
import { actionLabel, targetTypeLabel } from '../audit-labels';
import type { AuditEntry } from '../log-api';

interface AuditDetailDrawerProps {
  entry: AuditEntry | null;
  onClose: () => void;
}

export function AuditDetailDrawer({ entry, onClose }: AuditDetailDrawerProps) {
  return (
    <Drawer open={entry !== null} onClose={onClose} title="审计详情" size={560} data-testid="audit-detail">
      {entry ? (
        <>
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="时间">{formatLogInstant(entry.at)}</Descriptions.Item>
            <Descriptions.Item label="操作人">{entry.username}</Descriptions.Item>
            <Descriptions.Item label="所属机构">{entry.orgName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="操作">
              {actionLabel(entry.action)}（{entry.action}）
            </Descriptions.Item>
            <Descriptions.Item label="对象类型">{targetTypeLabel(entry.targetType)}</Descriptions.Item>
            <Descriptions.Item label="对象 ID">{entry.targetId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="IP 地址">{entry.ip ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>详细内容</Typography.Title>
          <pre
            style={{ background: '#f6f6f6', padding: 12, borderRadius: 6, overflow: 'auto', maxHeight: 480 }}
            data-testid="audit-detail-json"
          >
            {JSON.stringify(entry.detail ?? null, null, 2)}
          </pre>
        </>
      ) : null}
    </Drawer>
  );
}
