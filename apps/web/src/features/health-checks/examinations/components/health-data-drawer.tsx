import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import type { HealthView } from '../examinations-api';

type Row = HealthView['items'][number];

function outcome(r: Row) {
  if (r.outcome === 'declined')
    return (
      <Tag color={r.signed ? 'default' : 'error'}>{r.signed ? '放弃（本人已签字）' : '放弃（未签字）'}</Tag>
    );
  if (r.outcome === 'missing') return <Tag>未登记</Tag>;
  return r.abnormal ? <Tag color="warning">异常</Tag> : <Tag color="success">正常</Tag>;
}

/** One examination's results, conclusion, advice and findings, shown after the purpose was given. */
export function HealthDataDrawer({ view, onClose }: { view: HealthView; onClose: () => void }) {
  return (
    <Drawer open width={760} title={`体检结果：${view.personName}`} onClose={onClose} destroyOnHidden>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="公民身份号码">{view.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="体检医院">{view.hospitalName}</Descriptions.Item>
        <Descriptions.Item label="体检日期">{view.examinedOn}</Descriptions.Item>
        <Descriptions.Item label="状态">{view.statusLabel}</Descriptions.Item>
      </Descriptions>
      <Table<Row>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={view.items}
        data-testid="health-data-items"
        columns={[
          { title: '体检项目', dataIndex: 'name', key: 'name' },
          { title: '结果', dataIndex: 'value', key: 'value', render: (v: string | null) => v ?? '—' },
          {
            title: '参考值',
            key: 'ref',
            render: (_: unknown, r) => (r.referenceRange ? `${r.referenceRange} ${r.unit}` : '—'),
          },
          { title: '判定', key: 'outcome', render: (_: unknown, r) => outcome(r) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        体检结论
      </Typography.Title>
      <Typography.Paragraph data-testid="health-data-conclusion">
        {view.conclusion || '—'}
      </Typography.Paragraph>
      <Typography.Title level={5}>健康建议</Typography.Title>
      <Typography.Paragraph>{view.advice || '—'}</Typography.Paragraph>
      <Typography.Title level={5}>异常发现</Typography.Title>
      {view.findings.length === 0
        ? '无'
        : view.findings.map((f) => (
            <Tag key={f.code} color={f.serious ? 'error' : 'warning'}>
              {f.label}
              {f.serious ? '（重要异常）' : ''}
            </Tag>
          ))}
    </Drawer>
  );
}
