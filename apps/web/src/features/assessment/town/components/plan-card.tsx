import { standardIndicators } from '@minsheng/rules/policies/feicheng/town-assessment/indicators.ts';
import { Button, Card, Descriptions, Empty, Select, Space, Table, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type PlanIndicator, type PlanView, usePlan, usePlanHistory, usePlans } from '../town-assessment-api';
import { methodLabels, unitLabels } from '../town-assessment-labels';
import { PlanEditorModal } from './plan-editor-modal';

/** A new plan starts from the indicators of 三; the annex with their points is the bureau's to set. */
const initialIndicators: PlanIndicator[] = standardIndicators.map((i) => ({
  ...i,
  maxPoints: '',
  targets: {},
}));

function History({ planId, onOpen }: { planId: string; onOpen: (id: string) => void }) {
  const history = usePlanHistory(planId);
  return (
    <Timeline
      items={(history.data?.items ?? []).map((v) => ({
        key: v.id,
        content: (
          <Space orientation="vertical" size={0}>
            <Button type="link" size="small" onClick={() => onOpen(v.id)} style={{ padding: 0 }}>
              第{v.version}版 · {new Date(v.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}{' '}
              · {v.createdByName ?? '系统'}
            </Button>
            <Typography.Text type="secondary">{v.reason ?? '初次制定'}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}

function PlanTable({ plan }: { plan: PlanView }) {
  const columns: ColumnsType<PlanIndicator> = [
    { title: '指标', dataIndex: 'label', key: 'label' },
    { title: '条款', dataIndex: 'clause', key: 'clause' },
    {
      title: '计分方法',
      dataIndex: 'method',
      key: 'method',
      render: (m: PlanIndicator['method']) => methodLabels[m],
    },
    { title: '分值', dataIndex: 'maxPoints', key: 'maxPoints' },
    { title: '单位', dataIndex: 'unit', key: 'unit', render: (u: PlanIndicator['unit']) => unitLabels[u] },
    ...plan.towns.map((t) => ({
      title: `${t.name}目标`,
      key: `t${t.id}`,
      render: (_: unknown, i: PlanIndicator) => i.targets[String(t.id)] ?? '—',
    })),
    { title: '认定依据', dataIndex: 'evidence', key: 'evidence' },
  ];
  return (
    <Table rowKey="code" size="small" pagination={false} dataSource={plan.indicators} columns={columns} />
  );
}

/** The year's plans: the chosen version's 评分标准, its history, and (for the bureau) edits as new versions. */
export function PlanCard({ year }: { year: number }) {
  const can = usePermissions();
  const plans = usePlans(year);
  const [chosen, setChosen] = useState<string>();
  const [version, setVersion] = useState<string>();
  const [editing, setEditing] = useState<'new' | 'revise' | null>(null);
  const planId = chosen ?? plans.data?.items[0]?.id;
  const plan = usePlan(version ?? planId);
  const p = plan.data;

  return (
    <Card
      title={`${year}年度考核方案（评分标准）`}
      extra={
        <Space>
          {(plans.data?.items.length ?? 0) > 1 ? (
            <Select
              aria-label="考核机构"
              value={planId}
              onChange={(id) => {
                setChosen(id);
                setVersion(undefined);
              }}
              options={plans.data?.items.map((i) => ({ value: i.id, label: i.orgName }))}
            />
          ) : null}
          {can('assessment:configure') && p?.isLatest ? (
            <Button onClick={() => setEditing('revise')} data-testid="plan-revise">
              修改方案
            </Button>
          ) : null}
          {can('assessment:configure') ? (
            <Button type="primary" onClick={() => setEditing('new')}>
              制定方案
            </Button>
          ) : null}
        </Space>
      }
    >
      <QueryErrorAlert error={plans.error ?? plan.error} onRetry={() => void plan.refetch()} />
      {!planId && plans.isSuccess ? <Empty description={`${year}年度尚无考核方案`} /> : null}
      {p ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="考核机构">{p.orgName}</Descriptions.Item>
            <Descriptions.Item label="版本">
              第{p.version}版{p.isLatest ? '（现行）' : '（历史版本）'}
            </Descriptions.Item>
            <Descriptions.Item label="计分规则">
              确定最高得分，其余的按占最高的百分比确定得分（肥人社发[2024]号 二）
            </Descriptions.Item>
          </Descriptions>
          <PlanTable plan={p} />
          <Typography.Title level={5}>版本记录</Typography.Title>
          <History planId={p.id} onOpen={setVersion} />
        </Space>
      ) : null}
      {editing ? (
        <PlanEditorModal
          year={year}
          initial={initialIndicators}
          {...(editing === 'revise' && p ? { plan: p } : {})}
          onClose={() => {
            setEditing(null);
            setVersion(undefined);
          }}
        />
      ) : null}
    </Card>
  );
}
