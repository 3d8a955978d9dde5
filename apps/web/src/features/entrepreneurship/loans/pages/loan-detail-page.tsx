import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, List, Result, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { formatRatioPercent } from '../../../../app/format/ratio';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { LoanActions } from '../components/loan-actions';
import { LoanStatusTag } from '../components/loan-table';
import {
  borrowerGroupLabels,
  counterGuaranteeLabels,
  eventLabels,
  fetchLoan,
  type LoanDetail,
  loanStatusLabels,
  loansKey,
} from '../loans-api';

const dash = (v: string | null | undefined) => v ?? '—';

function Facts({ loan }: { loan: LoanDetail }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
      <Descriptions.Item label="借款人">{loan.personName}</Descriptions.Item>
      <Descriptions.Item label="公民身份号码">{loan.idNumberMasked}</Descriptions.Item>
      <Descriptions.Item label="借款人类别">{borrowerGroupLabels[loan.borrowerGroup]}</Descriptions.Item>
      <Descriptions.Item label="经办银行">{loan.bank.name}</Descriptions.Item>
      <Descriptions.Item label="申请日期">{loan.appliedOn}</Descriptions.Item>
      <Descriptions.Item label="申请额度（元）">{loan.requested}</Descriptions.Item>
      <Descriptions.Item label="担保方式">
        {loan.creditCommunityExemption ? '信用社区免除反担保' : counterGuaranteeLabels[loan.counterGuarantee]}
      </Descriptions.Item>
      <Descriptions.Item label="借款合同编号">{dash(loan.contractNumber)}</Descriptions.Item>
      <Descriptions.Item label="放款本金（元）">{dash(loan.principal)}</Descriptions.Item>
      <Descriptions.Item label="年利率">{formatRatioPercent(loan.annualRate)}</Descriptions.Item>
      <Descriptions.Item label="放款日期">{dash(loan.disbursedOn)}</Descriptions.Item>
      <Descriptions.Item label="到期日">
        {loan.extendedTo ? `${loan.maturesOn}（展期至 ${loan.extendedTo}）` : dash(loan.maturesOn)}
      </Descriptions.Item>
      <Descriptions.Item label="已还本金（元）">{loan.repaidPrincipal}</Descriptions.Item>
      <Descriptions.Item label="贷款余额（元）">
        <span data-testid="loan-balance">{loan.balance}</span>
      </Descriptions.Item>
      <Descriptions.Item label="逾期起始">{dash(loan.overdueSince)}</Descriptions.Item>
      {loan.compensated ? (
        <Descriptions.Item label="代偿 / 已追回（元）">{`${loan.compensated} / ${loan.recovered}`}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function Decision({ loan }: { loan: LoanDetail }) {
  if (loan.eligibility.length === 0) return <Typography.Text type="secondary">尚未审核</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={loan.eligibility}
      data-testid="loan-eligibility"
      renderItem={(r) => (
        <List.Item>
          <Space>
            <Tag color={r.met ? 'success' : 'error'}>{r.met ? '符合' : '不符合'}</Tag>
            <span>{r.text}</span>
            {r.clause ? <Typography.Text type="secondary">{r.clause}</Typography.Text> : null}
          </Space>
        </List.Item>
      )}
    />
  );
}

function LoanContent({ id }: { id: string }) {
  const query = useQuery({ queryKey: [...loansKey, 'detail', id], queryFn: () => fetchLoan(id) });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  const loan = query.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <PageTitle>
            创业担保贷款 {loan.number} <LoanStatusTag status={loan.status} label={loan.statusLabel} />
          </PageTitle>
        }
        extra={<LoanActions loan={loan} />}
      >
        <Facts loan={loan} />
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>创业担保贷款资格判定</h2>}>
        <Decision loan={loan} />
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>还款计划与还款</h2>}>
        <Space align="start" wrap size="large">
          <Table
            size="small"
            rowKey="seq"
            pagination={{ pageSize: 12 }}
            dataSource={loan.schedule}
            columns={[
              { title: '期次', dataIndex: 'seq', key: 'seq', width: 60 },
              { title: '应还日期', dataIndex: 'dueOn', key: 'dueOn' },
              { title: '应还本金（元）', dataIndex: 'principal', key: 'principal', align: 'right' },
              { title: '已还清', dataIndex: 'paid', key: 'paid', render: (p: boolean) => (p ? '是' : '否') },
            ]}
          />
          <Table
            size="small"
            rowKey="bankRef"
            pagination={false}
            dataSource={loan.repayments}
            data-testid="loan-repayments"
            columns={[
              { title: '还款日期', dataIndex: 'paidOn', key: 'paidOn' },
              { title: '本金（元）', dataIndex: 'principal', key: 'principal', align: 'right' },
              { title: '利息（元）', dataIndex: 'interest', key: 'interest', align: 'right' },
              { title: '银行流水号', dataIndex: 'bankRef', key: 'bankRef' },
            ]}
          />
        </Space>
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>办理记录</h2>}>
        <Timeline
          items={loan.events.map((e) => ({
            children: (
              <span>
                {e.onDate} {eventLabels[e.action] ?? e.action}
                {e.toStatus ? `（${loanStatusLabels[e.toStatus]}）` : ''}
                {e.amount ? ` ${e.amount} 元` : ''}
                {e.reason ? `：${e.reason}` : ''}
                {e.actor ? ` · ${e.actor}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

/** One loan: facts, the rule's decision with clauses, schedule against repayments, the history. */
export function LoanDetailPage() {
  const { id } = useParams();
  const can = usePermissions();
  if (!can('entrepreneurship:read') && !can('loan:operate'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return <LoanContent id={id!} />;
}
