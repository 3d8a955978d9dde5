import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatYuan } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { PageSpin } from '../../../app/ui/page-spin';
import { PageTitle } from '../../../app/ui/page-title';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { DismissModal } from '../components/dismiss-modal';
import { LeadExplanation } from '../components/lead-explanation';
import { LeadStatusTag } from '../components/lead-status-tag';
import { fetchLead, type LeadDetail, leadsKey, startCase } from '../screening-api';

function LeadActions({ lead, onDismiss }: { lead: LeadDetail; onDismiss: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => startCase(lead.id, lead.version),
    onSuccess: ({ caseId }) => {
      message.success('已发起申请，请核实申请信息后提交');
      void queryClient.invalidateQueries({ queryKey: leadsKey });
      navigate(`/cases/${caseId}`);
    },
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Space wrap>
      <Popconfirm
        title={`为${lead.person.name}发起「${lead.policyName}」申请？`}
        description="将新建草稿案件，登记信息自动带入。"
        okText="确定"
        onConfirm={() => start.mutate()}
      >
        <Button type="primary" loading={start.isPending} data-testid="lead-start-case">
          发起申请
        </Button>
      </Popconfirm>
      <Button onClick={onDismiss} data-testid="lead-dismiss">
        排除
      </Button>
    </Space>
  );
}

function Closed({ lead }: { lead: LeadDetail }) {
  if (lead.status === 'converted' && lead.caseId)
    return (
      <Alert
        type="success"
        showIcon
        title={
          <span>
            已发起申请：
            <Link
              to={`/cases/${lead.caseId}`}
              data-testid="lead-case-link"
              // told apart from the sentence by more than its colour (axe link-in-text-block)
              style={{ textDecoration: 'underline' }}
            >
              查看案件
            </Link>
          </span>
        }
      />
    );
  if (lead.status === 'dismissed')
    return (
      <Alert
        type="info"
        showIcon
        title={`已排除：${lead.dismissedReason ?? ''}`}
        data-testid="lead-dismissed"
      />
    );
  if (lead.status === 'lapsed')
    return <Alert type="warning" showIcon title="最近一次筛查时登记信息已不符合，线索已失效" />;
  return null;
}

function LeadView({ id }: { id: string }) {
  const lead = useQuery({ queryKey: [...leadsKey, id], queryFn: () => fetchLead(id) });
  const [dismissing, setDismissing] = useState(false);
  if (lead.error) return <QueryErrorResult error={lead.error} onRetry={() => void lead.refetch()} />;
  if (!lead.data) return <PageSpin />;
  const l = lead.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <PageTitle>{`线索：${l.person.name}`}</PageTitle>
            {l.status === 'open' ? <Tag color="orange">可能符合、尚未申领</Tag> : <LeadStatusTag lead={l} />}
          </Space>
        }
        extra={
          l.status === 'open' && (
            <Space wrap>
              {/* the sheet is for the visit or call that follows an open lead up */}
              <Button
                icon={<PrinterOutlined />}
                href={`/print/screening/leads/${l.id}`}
                target="_blank"
                data-testid="lead-print"
              >
                打印核实单
              </Button>
              <LeadActions lead={l} onDismiss={() => setDismissing(true)} />
            </Space>
          )
        }
      >
        <Closed lead={l} />
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label="政策">{l.policyName}</Descriptions.Item>
          <Descriptions.Item label="预计金额">
            <span data-testid="lead-payable">
              {formatYuan(l.payable)}
              {l.payable !== null && l.payableBasis && `（${l.payableBasis}）`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="姓名">{l.person.name}</Descriptions.Item>
          <Descriptions.Item label="证件号码">{l.person.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="所属机构">{l.orgName}</Descriptions.Item>
          <Descriptions.Item label="发现日期">{`${l.firstFoundOn}（最近 ${l.lastFoundOn}）`}</Descriptions.Item>
          <Descriptions.Item label="依据" span={2}>
            <span data-testid="lead-reason">{l.reason}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="需申请人提供/核实" size="small">
        {l.toVerify.length > 0 ? (
          <List size="small" dataSource={l.toVerify} renderItem={(t) => <List.Item>{t}</List.Item>} />
        ) : (
          <EmptyState description="无需另行核实的事项" />
        )}
        {l.basis && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {`筛查说明：${l.basis}`}
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        title="逐条说明"
        size="small"
        extra={
          l.explanation && (
            <Typography.Text type="secondary">{`按 ${l.explanation.on} 登记信息`}</Typography.Text>
          )
        }
      >
        {l.explanation ? (
          <LeadExplanation explanation={l.explanation} />
        ) : (
          <EmptyState description={l.explanationNote ?? '无法逐条说明'} />
        )}
      </Card>
      {dismissing && <DismissModal lead={l} onClose={() => setDismissing(false)} />}
    </Space>
  );
}

/** 线索: why the person may be entitled, and 发起申请 or 排除. */
export function LeadPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="screening:read">
      <LeadView id={id!} />
    </PermissionGate>
  );
}
