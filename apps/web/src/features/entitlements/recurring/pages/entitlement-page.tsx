import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../../app/api-error';
import { NotFoundPage } from '../../../../app/ui/not-found-page';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { PeriodsTable } from '../components/periods-table';
import { RecoveriesTable } from '../components/recoveries-table';
import { EntitlementStatusTag } from '../components/status-tags';
import { entitlementsKey, fetchEntitlement, periodKindLabels } from '../recurring-api';

function EntitlementView({ id }: { id: string }) {
  const query = useQuery({
    queryKey: [...entitlementsKey, 'detail', id],
    queryFn: () => fetchEntitlement(id),
  });
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  const e = query.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <PageTitle>{`定期待遇：${e.holderName}`}</PageTitle>
            <EntitlementStatusTag status={e.status} label={e.statusLabel} />
          </Space>
        }
      >
        {e.status === 'stopped' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="entitlement-stop"
            title={`停发原因：${e.stopReason ?? e.stopLabel ?? ''}`}
            description={e.stoppedOn ? `停发情形发生日期：${e.stoppedOn}` : undefined}
          />
        )}
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="编号">{e.number}</Descriptions.Item>
          <Descriptions.Item label="政策">{e.policyName}</Descriptions.Item>
          <Descriptions.Item label="享受人员">
            <Link to={`/persons/${e.personId}`}>{e.holderName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="证件号码">{e.holderIdNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="用人单位">{e.employerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="公益性岗位">
            {e.post ? (
              <Link to={`/entitlements/posts/${e.post.id}`} data-testid="entitlement-post-link">
                {`${e.post.title}（${e.post.startOn} 起）`}
              </Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="批准案件">
            <Link to={`/cases/${e.sourceCaseId}`} data-testid="entitlement-source-case">
              {e.sourceCaseNumber ?? '查看案件'}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label="发放周期">{periodKindLabels[e.periodKind]}</Descriptions.Item>
          <Descriptions.Item label="起始月份">{e.startMonth}</Descriptions.Item>
          <Descriptions.Item label="终止月份">{e.endMonth ?? '至停发情形出现'}</Descriptions.Item>
          <Descriptions.Item label="已列入名单至">{e.listedThroughMonth ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>发放记录</h2>} size="small">
        <PeriodsTable periods={e.periods} />
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>多发追回</h2>} size="small">
        <RecoveriesTable items={e.recoveries} />
      </Card>
    </Space>
  );
}

/** 定期待遇: the holder, the post and source case, the stop with its reason, every period and recovery. */
export function EntitlementPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="entitlement:read">
      <EntitlementView key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
