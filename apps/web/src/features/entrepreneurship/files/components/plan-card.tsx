import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../app/api-error';
import { formatYuan } from '../../../../app/format/money';
import { AttachmentList } from '../../../../app/ui/attachment-list';
import { expertsKey, fetchExperts } from '../../experts/experts-api';
import {
  assignExperts,
  industryLabels,
  PLAN_OWNER_KIND,
  type PlanItem,
  planStatusColors,
  planStatusLabels,
} from '../files-api';

type Review = PlanItem['reviews'][number];

/** One business plan: summary, document, the experts assigned and their opinions. */
export function PlanCard({
  plan,
  editable,
  onChange,
}: {
  plan: PlanItem;
  editable: boolean;
  onChange: () => void;
}) {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const experts = useQuery({ queryKey: expertsKey, queryFn: fetchExperts, enabled: editable });
  const assign = useMutation({
    mutationFn: () => assignExperts(plan.id, chosen),
    onSuccess: () => {
      message.success('已指派评审专家');
      setChosen([]);
      onChange();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const assigned = new Set(plan.reviews.map((r) => r.expertId));
  return (
    <Card
      size="small"
      title={`《${plan.title}》`}
      extra={<Tag color={planStatusColors[plan.status]}>{planStatusLabels[plan.status]}</Tag>}
      style={{ marginBottom: 12 }}
      data-testid="plan-card"
    >
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="行业">
          {plan.sector}（{industryLabels[plan.industry] ?? plan.industry}）
        </Descriptions.Item>
        <Descriptions.Item label="投资额">{formatYuan(plan.investment)}</Descriptions.Item>
        <Descriptions.Item label="计划带动就业">{plan.plannedJobs} 人</Descriptions.Item>
        <Descriptions.Item label="提交日期">{plan.submittedOn}</Descriptions.Item>
        <Descriptions.Item label="评审结论日期">{plan.decidedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="服务业">{plan.serviceSector ? '是' : '否'}</Descriptions.Item>
        {plan.summary && (
          <Descriptions.Item label="摘要" span={3}>
            {plan.summary}
          </Descriptions.Item>
        )}
      </Descriptions>
      <AttachmentList
        ownerKind={PLAN_OWNER_KIND}
        ownerId={plan.id}
        editable={editable && plan.status === 'submitted'}
        testId="plan-attachments"
      />
      <Table<Review>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.reviews}
        columns={[
          { title: '评审专家', dataIndex: 'expertName', key: 'expert' },
          { title: '指派日期', dataIndex: 'assignedOn', key: 'assignedOn' },
          {
            title: '结论',
            dataIndex: 'feasible',
            key: 'feasible',
            render: (f: boolean | null) =>
              f === null ? '待评审' : f ? <Tag color="success">可行</Tag> : <Tag color="error">不可行</Tag>,
          },
          { title: '评分', dataIndex: 'score', key: 'score', render: (s: number | null) => s ?? '—' },
          { title: '意见', dataIndex: 'opinion', key: 'opinion', render: (o: string | null) => o ?? '—' },
        ]}
      />
      {editable && plan.status !== 'approved' && (
        <Space style={{ marginTop: 12 }}>
          <Select
            mode="multiple"
            style={{ minWidth: 280 }}
            aria-label="选择评审专家"
            placeholder="选择评审专家"
            value={chosen}
            onChange={setChosen}
            options={(experts.data ?? [])
              .filter((e) => e.status === 'active' && !assigned.has(e.id))
              .map((e) => ({ value: e.id, label: `${e.name}（${e.field}）` }))}
          />
          <Button disabled={chosen.length === 0} loading={assign.isPending} onClick={() => assign.mutate()}>
            指派评审
          </Button>
        </Space>
      )}
    </Card>
  );
}
