import { Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { EmptyState } from '../../../app/ui/empty-state';
import { applicantKindLabels, label, timeLimitText } from '../policy-labels';
import type { PolicyDetail, PolicyTimeLimit } from '../policy-types';
import { JurisdictionTag } from './jurisdiction-tag';
import { ValidityText } from './validity-text';

export function PolicyCitation({ policy }: { policy: PolicyDetail }) {
  const { document } = policy;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="policy-citation"
      items={[
        { key: 'title', label: '文件标题', children: document.title ?? document.doc },
        { key: 'number', label: '文号', children: document.number ?? '（原文未载文号）' },
        { key: 'jurisdiction', label: '制定地区', children: <JurisdictionTag policy={policy} /> },
        { key: 'published', label: '印发日期', children: document.published ?? '—' },
        { key: 'validity', label: '有效期', children: <ValidityText validity={policy.validity} /> },
        { key: 'validityClause', label: '有效期依据', children: policy.validity.clause },
        { key: 'paysMoney', label: '涉及资金', children: policy.paysMoney ? '是' : '否' },
        {
          key: 'applicants',
          label: '申请主体',
          children: (
            <Space size={[0, 4]} wrap>
              {policy.applicantKinds.map((k) => (
                <Tag key={k}>{label(applicantKindLabels, k)}</Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

export function PolicyConditions({ policy }: { policy: PolicyDetail }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={5}>享受条件</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={policy.conditions}
          columns={[
            { title: '序号', key: 'index', width: 60, render: (_: unknown, __: unknown, i: number) => i + 1 },
            { title: '条件', dataIndex: 'label', key: 'label' },
            { title: '条款', dataIndex: 'clause', key: 'clause', width: 280 },
          ]}
          data-testid="policy-conditions"
        />
      </div>
      <div>
        <Typography.Title level={5}>人工审核事项</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={policy.checks}
          locale={{ emptyText: <EmptyState description="无需人工审核的事项" /> }}
          columns={[
            { title: '审核事项', dataIndex: 'label', key: 'label' },
            {
              title: '条款',
              dataIndex: 'clause',
              key: 'clause',
              width: 280,
              render: (c?: string) => c ?? '—',
            },
          ]}
          data-testid="policy-checks"
        />
      </div>
      {policy.notes?.length ? (
        <div>
          <Typography.Title level={5}>适用说明</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={policy.notes}
            renderItem={(note) => <List.Item>{note}</List.Item>}
          />
        </div>
      ) : null}
    </Space>
  );
}

export function PolicyMaterialsAndTimeLimits({ policy }: { policy: PolicyDetail }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={5}>申领材料</Typography.Title>
        {policy.materials.length === 0 ? <EmptyState description="未列明申领材料" /> : null}
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="policy-materials">
          {policy.materials.map((m) => (
            <List
              key={`${m.applicant}-${m.label}`}
              size="small"
              bordered
              header={
                <Space wrap>
                  <strong>{m.label}</strong>
                  <Tag>{label(applicantKindLabels, m.applicant)}</Tag>
                  <Typography.Text type="secondary">{m.clause}</Typography.Text>
                </Space>
              }
              dataSource={m.items}
              renderItem={(item, i) => (
                <List.Item>
                  {i + 1}. {item}
                </List.Item>
              )}
            />
          ))}
        </Space>
      </div>
      <div>
        <Typography.Title level={5}>办理时限</Typography.Title>
        <Table<PolicyTimeLimit>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={policy.timeLimits}
          locale={{ emptyText: <EmptyState description="未列明办理时限" /> }}
          columns={[
            { title: '事项', dataIndex: 'label', key: 'label' },
            { title: '时限', key: 'limit', render: (_: unknown, t) => timeLimitText(t) },
            {
              title: '节假日顺延',
              dataIndex: 'holidayPostponement',
              key: 'holiday',
              width: 100,
              render: (v: boolean) => (v ? '是' : '否'),
            },
            {
              title: '逾期后果',
              dataIndex: 'consequence',
              key: 'consequence',
              render: (c?: string) => c ?? '—',
            },
            { title: '条款', dataIndex: 'clause', key: 'clause', width: 200 },
          ]}
          data-testid="policy-time-limits"
        />
      </div>
    </Space>
  );
}
