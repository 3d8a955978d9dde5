import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatFen } from '../../../app/format/money';
import { PageTitle } from '../../../app/ui/page-title';
import { actorLabels, applicantKindNames, approvedStatuses, stepLabel } from '../case-labels';
import type { CaseDetail } from '../case-types';
import { approvalNoticePrintHref } from './case-record-cards';
import { CaseStatusTag, DueDate } from './case-tags';

function Applicant({ detail }: { detail: CaseDetail }) {
  if (!detail.person) return <>{detail.applicantName}</>;
  // An institution filing on the person's behalf is named when it is not the person.
  const onBehalf =
    detail.applicantKind === 'institution_on_behalf' && detail.applicantName !== detail.person.name;
  return (
    <Space size={4} wrap>
      <Link to={`/persons/${detail.person.id}`} data-testid="case-person-link">
        {detail.person.name}
      </Link>
      <Typography.Text type="secondary">{detail.person.idNumberMasked}</Typography.Text>
      {onBehalf ? (
        <Typography.Text type="secondary">（{detail.applicantName} 代为申领）</Typography.Text>
      ) : null}
    </Space>
  );
}

/** The case file's header: who, what, where it stands, by when, how much; the actions on the right. */
export function CaseHeader({ detail, actions }: { detail: CaseDetail; actions: ReactNode }) {
  const awaiting = detail.awaiting;
  return (
    <Card
      title={
        <Space wrap>
          <PageTitle>
            <span data-testid="case-number">{detail.number}</span>
          </PageTitle>
          <Typography.Text type="secondary">{detail.caseType.name}</Typography.Text>
          <CaseStatusTag status={detail.status} label={detail.statusLabel} />
        </Space>
      }
      extra={
        approvedStatuses.has(detail.status) ? (
          <Button icon={<PrinterOutlined />} href={approvalNoticePrintHref(detail.id)} target="_blank">
            打印批准通知
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="case-summary">
        <Descriptions.Item label="事项">{detail.caseType.name}</Descriptions.Item>
        <Descriptions.Item label="申请人">
          <Applicant detail={detail} />
        </Descriptions.Item>
        <Descriptions.Item label="申请人类型">
          {applicantKindNames[detail.applicantKind] ?? detail.applicantKind}
        </Descriptions.Item>
        <Descriptions.Item label="所属机构">{detail.org.name}</Descriptions.Item>
        <Descriptions.Item label="申请日期">{detail.appliedOn ?? '未提交'}</Descriptions.Item>
        {detail.applicationDeadline ? (
          <Descriptions.Item label="申请截止日期">{detail.applicationDeadline}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label="待办环节">
          {awaiting ? `${stepLabel(awaiting.step)}（${actorLabels[awaiting.actor]}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="办理期限">
          <DueDate dueOn={detail.dueOn} overdue={detail.overdue} dueSoon={detail.dueSoon} />
        </Descriptions.Item>
        {detail.caseType.paysMoney ? (
          <>
            <Descriptions.Item label="规则核定金额">{formatFen(detail.proposedAmountFen)}</Descriptions.Item>
            {detail.overrideAmountFen !== null ? (
              <Descriptions.Item label="调整后金额">{formatFen(detail.overrideAmountFen)}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label="批准金额">
              <span data-testid="case-approved-amount">{formatFen(detail.approvedAmountFen)}</span>
            </Descriptions.Item>
          </>
        ) : null}
        {detail.decisionReasons.length ? (
          <Descriptions.Item label="不予批准理由" span="filled">
            {detail.decisionReasons.join('；')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <div style={{ marginTop: 12 }}>{actions}</div>
    </Card>
  );
}
