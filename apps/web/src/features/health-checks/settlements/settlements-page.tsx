import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Result, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { PageTitle } from '../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { PlanSelect, usePlanHospital } from '../quality/plan-hospital-select';
import { computeSettlement, fetchSettlements, type SettlementRow, settlementsKey } from './settlements-api';

/** 体检费用结算: each hospital of a plan, its settlement computed from the records (第二十条). */
export function SettlementsPage() {
  const can = usePermissions();
  const allowed = can('health_check:read') || can('health_check:operate');
  const choice = usePlanHospital();
  const { planId } = choice;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const rows = useQuery({
    queryKey: [...settlementsKey, 'list', planId],
    queryFn: () => fetchSettlements(planId!),
    enabled: allowed && !!planId,
  });
  const compute = useMutation({
    mutationFn: (r: SettlementRow) =>
      computeSettlement({
        hospitalId: r.hospitalId,
        planId: planId!,
        ...(r.settlement ? { version: r.settlement.version } : {}),
      }),
    onSuccess: (s) => {
      void client.invalidateQueries({ queryKey: settlementsKey });
      message.success(`已核算${s.hospitalName}的体检费用：实际拨付 ${s.net} 元`);
      navigate(`/health-checks/settlements/${s.id}`);
    },
    onError: (e: Error) => message.error(e.message),
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return (
    <Card title={<PageTitle>体检费用结算</PageTitle>} extra={<PlanSelect choice={choice} />}>
      <Typography.Paragraph type="secondary">
        按第二十条由体检记录核算：应拨付费用为已出结论体检的套餐费用合计，剔除体检职工自动放弃且未签字认可的项目，再按质量抽查和满意率调查计算的比率扣款。核算后可在提交经办前重新核算。
      </Typography.Paragraph>
      <QueryErrorAlert error={choice.choices.error} onRetry={() => void choice.choices.refetch()} />
      <QueryErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />
      {!planId ? (
        <EmptyState description="请选择体检计划" />
      ) : (
        <Table<SettlementRow>
          rowKey="hospitalId"
          size="small"
          pagination={false}
          loading={rows.isLoading}
          dataSource={rows.data ?? []}
          locale={{ emptyText: <EmptyState description="暂无体检医院" /> }}
          data-testid="settlements-table"
          columns={[
            { title: '体检医院', dataIndex: 'hospitalName' },
            { title: '已出结论体检', dataIndex: 'examinations', align: 'right' },
            {
              title: '实际拨付（元）',
              key: 'net',
              align: 'right',
              render: (_: unknown, r) => r.settlement?.net ?? '—',
            },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, r) =>
                r.settlement ? (
                  <Space size={4}>
                    <Tag color={r.settlement.status === 'filed' ? 'blue' : 'gold'}>
                      {r.settlement.statusLabel}
                    </Tag>
                    {r.case ? <Tag>{`案件${r.case.statusLabel}`}</Tag> : null}
                  </Space>
                ) : (
                  <Tag>未核算</Tag>
                ),
            },
            {
              title: '操作',
              key: 'op',
              render: (_: unknown, r) => (
                <Space size={4}>
                  {r.settlement ? (
                    <Link to={`/health-checks/settlements/${r.settlement.id}`} data-testid="settlement-open">
                      查看明细
                    </Link>
                  ) : null}
                  {can('health_check:manage') && r.settlement?.status !== 'filed' ? (
                    <Button
                      size="small"
                      type="primary"
                      disabled={r.examinations === 0}
                      loading={compute.isPending && compute.variables?.hospitalId === r.hospitalId}
                      onClick={() => compute.mutate(r)}
                      data-testid="settlement-compute"
                    >
                      {r.settlement ? '重新核算' : '核算'}
                    </Button>
                  ) : null}
                  <Link to={`/health-checks/quality?planId=${planId}&hospitalId=${r.hospitalId}`}>
                    质量抽查
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
