import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { firstPage, tablePagination } from '../../../../app/paging';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { PlanFormModal } from '../components/plan-form-modal';
import { PlanStatusTag } from '../components/plan-status-tag';
import { fetchPlans, type PlanItem, plansKey } from '../plans-api';

function Plans() {
  const can = usePermissions();
  const [paging, setPaging] = useState(firstPage);
  const [creating, setCreating] = useState(false);
  const plans = useQuery({ queryKey: [...plansKey, 'list', paging], queryFn: () => fetchPlans(paging) });
  return (
    <Card
      title={<PageTitle>体检计划与分配</PageTitle>}
      extra={
        can('health_check:manage') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="plan-create">
            新建年度计划
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        医保处每年制定职工健康体检计划：按参保缴费月份已缴基本医疗保险的职工生成参检名单，分配定点体检医院和日期，并通知参检单位和职工（第九、十条）。
      </Typography.Paragraph>
      <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      <Table<PlanItem>
        rowKey="id"
        size="small"
        loading={plans.isFetching}
        dataSource={plans.data?.items ?? []}
        locale={{ emptyText: <EmptyState description="暂无体检计划" /> }}
        pagination={tablePagination(paging, plans.data?.total, setPaging)}
        data-testid="plans-table"
        columns={[
          { title: '年度', dataIndex: 'year', key: 'year', width: 80 },
          {
            title: '计划名称',
            dataIndex: 'name',
            key: 'name',
            render: (n: string, p) => <Link to={`/health-checks/plans/${p.id}`}>{n}</Link>,
          },
          { title: '体检期间', key: 'period', render: (_: unknown, p) => `${p.startOn} 至 ${p.endOn}` },
          { title: '参保缴费月份', dataIndex: 'eligibilityMonth', key: 'month' },
          { title: '每人费用（元）', dataIndex: 'total', key: 'total', align: 'right' },
          { title: '参检人数', dataIndex: 'examinees', key: 'examinees', align: 'right' },
          { title: '状态', key: 'status', render: (_: unknown, p) => <PlanStatusTag plan={p} /> },
        ]}
      />
      {creating && <PlanFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}

/** 体检计划与分配: the 医保处's yearly plans. */
export function PlansPage() {
  return (
    <PermissionGate permission="health_check:read">
      <Plans />
    </PermissionGate>
  );
}
