import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Table, Tag, Timeline, Typography } from 'antd';
import { formatInstant } from '../../../app/format/date-time';
import { formatFen } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { eventDetail } from '../case-event-detail';
import { claimLabel, eventLabel } from '../case-labels';
import type { BenefitClaim, CaseDetail, SupplementNotice } from '../case-types';

/** 办理记录: every step with who, when and the note. */
export function CaseEventsCard({ detail }: { detail: CaseDetail }) {
  return (
    <Card title="办理记录" size="small" data-testid="case-events">
      {detail.events.length ? (
        <Timeline
          items={[...detail.events].reverse().map((e) => ({
            key: `${e.version}-${e.action}`,
            content: (
              <div>
                <Space wrap size={4}>
                  <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {e.actorName} · {formatInstant(e.at)}
                  </Typography.Text>
                </Space>
                {e.note ? <div>{e.note}</div> : null}
                {eventDetail(e) ? <Typography.Text type="secondary">{eventDetail(e)}</Typography.Text> : null}
              </div>
            ),
          }))}
        />
      ) : (
        <EmptyState description="暂无办理记录" />
      )}
    </Card>
  );
}

export const supplementNoticePrintHref = (caseId: string) => `/print/cases/${caseId}/supplement-notice`;
export const approvalNoticePrintHref = (caseId: string) => `/print/cases/${caseId}/approval-notice`;

/** 补正告知书: every one-time supplement notice issued on the case, the latest printable. */
export function CaseNoticesCard({ detail }: { detail: CaseDetail }) {
  if (!detail.supplementNotices.length) return null;
  return (
    <Card title="补正告知书" size="small" data-testid="case-supplement-notices">
      <List<SupplementNotice>
        size="small"
        dataSource={detail.supplementNotices}
        renderItem={(n, i) => (
          <List.Item
            actions={
              i === 0
                ? [
                    <Button
                      key="print"
                      size="small"
                      icon={<PrinterOutlined />}
                      href={supplementNoticePrintHref(detail.id)}
                      target="_blank"
                    >
                      打印补正告知书
                    </Button>,
                  ]
                : []
            }
          >
            <div>
              <Space wrap size={4}>
                <Typography.Text strong data-testid="supplement-notice-number">
                  {n.number}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {n.issuedByName} 于 {formatInstant(n.issuedAt)} 出具
                  {n.supplementBy ? `，请于 ${n.supplementBy} 前补正` : ''}
                </Typography.Text>
                {n.resolvedAt ? <Tag color="success">已补正</Tag> : <Tag color="warning">待补正</Tag>}
                {n.printed ? <Tag>已打印</Tag> : null}
              </Space>
              <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {n.items.map((item) => (
                  <li key={`${item.code}-${item.label}`}>
                    {item.label}
                    {item.note ? `（${item.note}）` : ''}
                  </li>
                ))}
              </ol>
              {n.note ? <Typography.Text type="secondary">说明：{n.note}</Typography.Text> : null}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 待遇: the once-only benefit claims recorded at approval. */
export function CaseClaimsCard({ detail }: { detail: CaseDetail }) {
  if (!detail.claims.length) return null;
  return (
    <Card title="待遇" size="small" data-testid="case-claims">
      <Table<BenefitClaim>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.claims}
        columns={[
          { title: '待遇项目', dataIndex: 'claimKey', key: 'claimKey', render: claimLabel },
          {
            // The server records the case's approved amount on each claim key, not a per-key split.
            title: '案件批准金额',
            dataIndex: 'amountFen',
            key: 'amount',
            align: 'right',
            render: (fen: number | null) => formatFen(fen),
          },
          { title: '享受日期', dataIndex: 'claimedOn', key: 'claimedOn' },
          {
            title: '状态',
            key: 'state',
            render: (_: unknown, c) =>
              c.revokedAt ? (
                <Tag color="error">已撤销：{c.revokeReason}</Tag>
              ) : (
                <Tag color="success">有效</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
