import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, InputNumber, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { useBureauToday } from '../../../../app/bureau-clock';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { EvaluateModal } from '../components/evaluate-modal';
import { LoansDrawer } from '../components/loans-drawer';
import { WithdrawModal } from '../components/withdraw-modal';
import {
  type CommunityRow,
  creditCommunitiesKey,
  type FigureKind,
  fetchOverview,
  publish,
  recheck,
  statusLabels,
} from '../credit-communities-api';

function Reasons({ row }: { row: CommunityRow }) {
  const e = row.evaluation;
  if (!e) return <Typography.Text type="secondary">尚未评定</Typography.Text>;
  return (
    <List
      size="small"
      header={
        <Typography.Text strong>
          规则结论及理由（{e.fullEmployment ? '' : '非'}充分就业社区，按市局认定填写）
        </Typography.Text>
      }
      dataSource={e.reasons}
      renderItem={(r) => (
        <List.Item>
          <Space>
            <Tag color={r.met ? 'success' : 'error'}>{r.met ? '符合' : '不符合'}</Tag>
            <span>{r.text}</span>
            {r.clause && <Typography.Text type="secondary">{r.clause}</Typography.Text>}
          </Space>
        </List.Item>
      )}
      footer={e.withdrawReason ? `撤销理由：${e.withdrawReason}（${e.withdrawnOn}）` : undefined}
    />
  );
}

/**
 * 信用社区评定 (001 篇3 三(二)2): the communities in scope with the year's figures counted from
 * their loan ledgers (each opens the loans behind it), the rule's decision with its reasons,
 * publication with the reward cases, and withdrawal.
 */
export function CreditCommunitiesPage() {
  const today = useBureauToday();
  const can = usePermissions();
  const manage = can('entrepreneurship:manage');
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [year, setYear] = useState(Number(today.slice(0, 4)) - 1);
  const [drill, setDrill] = useState<{ row: CommunityRow; kind: FigureKind } | null>(null);
  const [evaluating, setEvaluating] = useState<CommunityRow | null>(null);
  const [withdrawing, setWithdrawing] = useState<CommunityRow | null>(null);
  const overview = useQuery({
    queryKey: [...creditCommunitiesKey, year],
    queryFn: () => fetchOverview(year),
  });
  const refresh = () => client.invalidateQueries({ queryKey: creditCommunitiesKey });
  const publishing = useMutation({
    mutationFn: () => publish(year),
    onSuccess: () => {
      message.success('已公布，认定的社区已生成奖励工作经费案件');
      refresh();
    },
    onError: (e: Error) => message.error(e.message),
  });
  const rechecking = useMutation({
    mutationFn: recheck,
    onSuccess: (r) => {
      refresh();
      if (r.withdrawn.length === 0) message.success(`截至${r.asOf}，现有信用社区的到期贷款回收率均达标`);
      else
        modal.warning({
          title: `已撤销 ${r.withdrawn.length} 个信用社区称号`,
          content: r.withdrawn.map((w) => `${w.communityName}（${w.year}年度）：${w.reason}`).join('；'),
        });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const pending = overview.data?.items.filter((i) => i.evaluation?.status === 'evaluated') ?? [];
  const confirmPublish = () =>
    modal.confirm({
      title: `公布${year}年度信用社区评定结果？`,
      content: `共 ${pending.length} 个社区的评定结果，其中认定 ${pending.filter((p) => p.evaluation?.outcome === 'recognised').length} 个：发布认定名单公告，并为每个认定的社区生成奖励工作经费案件（当年贷款发放总额的1.5%）。公布后不能重新评定。`,
      okText: '公布',
      onOk: () => publishing.mutateAsync(),
    });
  const figure = (row: CommunityRow, kind: FigureKind, text: string | number) => (
    <Button
      type="link"
      size="small"
      onClick={() => setDrill({ row, kind })}
      aria-label={`${row.name} ${text} 明细`}
    >
      {text}
    </Button>
  );
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          信用社区评定
        </Typography.Title>
      }
      extra={
        <Space>
          <InputNumber
            aria-label="评定年度"
            min={2009}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            addonAfter="年"
            style={{ width: 130 }}
            data-testid="credit-community-year"
          />
          {manage && (
            <Button
              loading={rechecking.isPending}
              onClick={() => rechecking.mutate()}
              data-testid="credit-community-recheck"
            >
              动态复核
            </Button>
          )}
          {manage && (
            <Button
              type="primary"
              disabled={pending.length === 0}
              loading={publishing.isPending}
              onClick={confirmPublish}
              data-testid="credit-community-publish"
            >
              公布评定结果
            </Button>
          )}
        </Space>
      }
      data-testid="credit-communities-page"
    >
      <Typography.Paragraph type="secondary">
        对充分就业社区当年小额担保贷款3人以上、到期贷款回收率达96%以上、借款人签订《信用承诺书》并建立贷后管理跟踪服务卡的，认定为信用社区，按当年贷款发放总额的1.5%核拨奖励工作经费。数据由担保贷款台账实时统计：到期贷款按当年到期（展期的按展期后到期日）计，回收额为到期日前已归还的本金，代偿和核销的不计为收回。
      </Typography.Paragraph>
      <QueryErrorAlert error={overview.error} onRetry={() => overview.refetch()} />
      <Table<CommunityRow>
        rowKey="communityOrgId"
        size="small"
        pagination={false}
        loading={overview.isFetching}
        dataSource={overview.data?.items}
        expandable={{ expandedRowRender: (row) => <Reasons row={row} /> }}
        locale={{ emptyText: <EmptyState description="辖区内没有社区" /> }}
        columns={[
          { title: '社区', dataIndex: 'name' },
          { title: '街道', dataIndex: 'streetName' },
          {
            title: '贷款人数',
            key: 'b',
            align: 'right',
            render: (_, r) => figure(r, 'issued', r.figures.borrowers),
          },
          {
            title: '发放总额（元）',
            key: 'i',
            align: 'right',
            render: (_, r) => figure(r, 'issued', r.figures.issued),
          },
          {
            title: '到期贷款（元）',
            key: 'd',
            align: 'right',
            render: (_, r) => figure(r, 'matured', r.figures.maturedDue),
          },
          { title: '到期收回（元）', key: 'r', align: 'right', render: (_, r) => r.figures.maturedRecovered },
          {
            title: '回收率',
            key: 'rate',
            align: 'right',
            render: (_, r) =>
              r.figures.recoveryRatePercent ? `${r.figures.recoveryRatePercent}%` : '无到期贷款',
          },
          { title: '承诺书', key: 'c', align: 'right', render: (_, r) => r.figures.commitmentsSigned },
          { title: '服务卡', key: 't', align: 'right', render: (_, r) => r.figures.trackingCards },
          {
            title: '呆帐（元）',
            key: 'bad',
            align: 'right',
            render: (_, r) => figure(r, 'bad_debt', r.figures.badDebt),
          },
          {
            title: '评定结论',
            key: 'outcome',
            render: (_, r) =>
              r.evaluation ? (
                <Space orientation="vertical" size={0}>
                  <Tag
                    color={r.evaluation.outcome === 'recognised' ? 'success' : 'error'}
                    data-testid="credit-community-outcome"
                  >
                    {r.evaluation.outcome === 'recognised'
                      ? `认定（奖励 ${r.evaluation.reward} 元）`
                      : '不予认定'}
                  </Tag>
                  <Typography.Text type="secondary">{statusLabels[r.evaluation.status]}</Typography.Text>
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, r) => (
              <Space>
                {manage && (!r.evaluation || r.evaluation.status === 'evaluated') && (
                  <Button
                    size="small"
                    onClick={() => setEvaluating(r)}
                    data-testid="credit-community-evaluate"
                  >
                    {r.evaluation ? '重新评定' : '评定'}
                  </Button>
                )}
                {r.evaluation?.rewardCaseId && (
                  <Link to={`/cases/${r.evaluation.rewardCaseId}`} data-testid="credit-community-case">
                    奖励案件
                  </Link>
                )}
                {manage && r.evaluation?.status === 'published' && r.evaluation.outcome === 'recognised' && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setWithdrawing(r)}
                    data-testid="credit-community-withdraw"
                  >
                    撤销称号
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {drill && (
        <LoansDrawer community={drill.row} year={year} kind={drill.kind} onClose={() => setDrill(null)} />
      )}
      {evaluating && (
        <EvaluateModal
          row={evaluating}
          year={year}
          onClose={() => setEvaluating(null)}
          onSaved={() => {
            setEvaluating(null);
            refresh();
          }}
        />
      )}
      {withdrawing?.evaluation && (
        <WithdrawModal
          name={withdrawing.name}
          evaluation={withdrawing.evaluation}
          onClose={() => setWithdrawing(null)}
          onSaved={() => {
            setWithdrawing(null);
            refresh();
          }}
        />
      )}
    </Card>
  );
}
