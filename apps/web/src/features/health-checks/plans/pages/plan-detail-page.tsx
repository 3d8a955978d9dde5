import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { AllocateModal } from '../components/allocate-modal';
import { AbsentButton, ExamineeTable } from '../components/examinee-table';
import { NotifyModal } from '../components/notify-modal';
import { PlanFormModal } from '../components/plan-form-modal';
import { PlanStatusTag } from '../components/plan-status-tag';
import { PrintNoticeModal } from '../components/print-notice-modal';
import { VisitModal } from '../components/visit-modal';
import {
  closePlan,
  type Examinee,
  fetchPlan,
  fetchPlanEmployers,
  generateExaminees,
  openPlan,
  type PackageItem,
  type PlanDetail,
  plansKey,
} from '../plans-api';

type Dialog = 'edit' | 'allocate' | 'notify' | 'print' | null;

function PlanActions({ plan, onEdit }: { plan: PlanDetail; onEdit: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const done = (text: string) => {
    message.success(text);
    void queryClient.invalidateQueries({ queryKey: plansKey });
  };
  const onError = (e: Error) => message.error(e.message);
  const open = useMutation({
    mutationFn: () => openPlan(plan.id, plan.version),
    onSuccess: () => done('体检计划已开始'),
    onError,
  });
  const close = useMutation({
    mutationFn: () => closePlan(plan.id, plan.version),
    onSuccess: () => done('体检计划已结束'),
    onError,
  });
  const generate = useMutation({
    mutationFn: () => generateExaminees(plan.id),
    onSuccess: (r) => done(`新增参检职工 ${r.added} 人，名单共 ${r.total} 人`),
    onError,
  });
  return (
    <Space wrap>
      {plan.status === 'draft' && <Button onClick={onEdit}>修改计划</Button>}
      {plan.status === 'draft' && (
        <Popconfirm title="开始体检后计划不能再修改，确定开始？" onConfirm={() => open.mutate()}>
          <Button type="primary" loading={open.isPending} data-testid="plan-open">
            开始体检
          </Button>
        </Popconfirm>
      )}
      {plan.status === 'open' && (
        <Button
          type="primary"
          loading={generate.isPending}
          onClick={() => generate.mutate()}
          data-testid="plan-generate"
        >
          生成参检名单
        </Button>
      )}
      {plan.status === 'open' && (
        <Popconfirm title="结束后不能再分配和通知，确定结束体检？" onConfirm={() => close.mutate()}>
          <Button loading={close.isPending}>结束体检</Button>
        </Popconfirm>
      )}
    </Space>
  );
}

function Package({ items }: { items: PackageItem[] }) {
  return (
    <Table<PackageItem>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={items}
      data-testid="plan-package"
      columns={[
        { title: '体检项目', dataIndex: 'name', key: 'name' },
        { title: '参考值', dataIndex: 'referenceRange', key: 'range', render: (r: string) => r || '—' },
        { title: '单位', dataIndex: 'unit', key: 'unit', render: (u: string) => u || '—' },
        { title: '费用（元）', dataIndex: 'fee', key: 'fee', align: 'right' },
      ]}
    />
  );
}

function PlanDetailView({ id }: { id: string }) {
  const can = usePermissions();
  const manage = can('health_check:manage');
  const plan = useQuery({ queryKey: [...plansKey, id], queryFn: () => fetchPlan(id) });
  const employers = useQuery({
    queryKey: [...plansKey, id, 'employers'],
    queryFn: () => fetchPlanEmployers(id),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [visitOf, setVisitOf] = useState<Examinee | null>(null);
  if (plan.error) return <QueryErrorResult error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageSpin />;
  const p = plan.data;
  const open = p.status === 'open';
  const close = () => {
    setDialog(null);
    setSelected([]);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <PageTitle>{p.name}</PageTitle>
            <PlanStatusTag plan={p} />
          </Space>
        }
        extra={manage && <PlanActions plan={p} onEdit={() => setDialog('edit')} />}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label="年度">{p.year}</Descriptions.Item>
          <Descriptions.Item label="体检期间">{`${p.startOn} 至 ${p.endOn}`}</Descriptions.Item>
          <Descriptions.Item label="参保缴费月份">{`${p.eligibilityMonth}（已缴基本医疗保险）`}</Descriptions.Item>
          <Descriptions.Item label="每人体检费用（元）">{p.total}</Descriptions.Item>
          <Descriptions.Item label="参检人数">
            <span data-testid="plan-examinees">{p.examinees}</span>
          </Descriptions.Item>
          <Descriptions.Item label="待分配 / 已安排 / 已体检 / 未到检">
            {`${p.counts.eligible} / ${p.counts.allocated} / ${p.counts.examined} / ${p.counts.absent}`}
          </Descriptions.Item>
          <Descriptions.Item label="已通知">{p.counts.notified}</Descriptions.Item>
          <Descriptions.Item label="救护车接送/到床体检">{p.counts.homeVisits}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="体检项目及费用" size="small">
        <Package items={p.items} />
      </Card>
      <Card
        title="参检职工"
        size="small"
        extra={
          <Space wrap>
            {manage && open && (
              <Button type="primary" onClick={() => setDialog('allocate')} data-testid="examinees-allocate">
                分配医院和日期
              </Button>
            )}
            {manage && open && (
              <Button onClick={() => setDialog('notify')} data-testid="examinees-notify">
                标记已通知
              </Button>
            )}
            <Button onClick={() => setDialog('print')} data-testid="examinees-print-notice">
              打印单位通知
            </Button>
          </Space>
        }
      >
        <ExamineeTable
          plan={p}
          employers={employers.data ?? []}
          selectedIds={selected}
          onSelect={setSelected}
          actions={(e) =>
            manage &&
            open &&
            e.status !== 'examined' && (
              <>
                <Button size="small" onClick={() => setVisitOf(e)}>
                  登记上门/到床体检
                </Button>
                <AbsentButton e={e} invalidate={plansKey} />
              </>
            )
          }
        />
      </Card>
      {dialog === 'edit' && <PlanFormModal plan={p} onClose={close} />}
      {dialog === 'allocate' && (
        <AllocateModal plan={p} employers={employers.data ?? []} selectedIds={selected} onClose={close} />
      )}
      {dialog === 'notify' && (
        <NotifyModal planId={p.id} employers={employers.data ?? []} selectedIds={selected} onClose={close} />
      )}
      {dialog === 'print' && (
        <PrintNoticeModal planId={p.id} employers={employers.data ?? []} onClose={() => setDialog(null)} />
      )}
      {visitOf && <VisitModal examinee={visitOf} invalidate={plansKey} onClose={() => setVisitOf(null)} />}
    </Space>
  );
}

/** 体检计划: the package, the examinees, allocation, notice and home or bedside checks. */
export function PlanDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="health_check:read">
      <PlanDetailView id={id!} />
    </PermissionGate>
  );
}
