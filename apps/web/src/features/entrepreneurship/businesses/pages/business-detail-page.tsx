import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { survivalEvidenceLabels } from '../../kpis/kpis-api';
import { type Business, businessesKey, businessKindLabels, fetchBusiness } from '../businesses-api';
import { BusinessUpdateModal } from '../components/business-update-modal';

type JobPerson = Business['jobPersons'][number];
const recordLabels: Record<string, string> = { contract: '劳动合同', contribution: '社保缴费' };

function BusinessContent() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: [...businessesKey, id], queryFn: () => fetchBusiness(id) });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const b = query.data;
  if (!b) return <PageSpin />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="business-page">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {b.name}
          </Typography.Title>
        }
        extra={
          <Space>
            <Link to="/entrepreneurship/businesses">返回列表</Link>
            {can('entrepreneurship:write') && (
              <Button onClick={() => setEditing(true)} data-testid="business-update">
                回访申报 / 注销
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" bordered column={2}>
          <Descriptions.Item label="类型">{businessKindLabels[b.kind]}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">
            {b.employerId ? <Link to={`/employers/${b.employerId}`}>{b.creditCode}</Link> : b.creditCode}
          </Descriptions.Item>
          <Descriptions.Item label="创业者">
            <Link to={`/persons/${b.personId}`}>{b.personName}</Link>（{b.idNumberMasked}）
          </Descriptions.Item>
          <Descriptions.Item label="学员档案">{b.fileNumber}</Descriptions.Item>
          <Descriptions.Item label="行业">{b.sector}</Descriptions.Item>
          <Descriptions.Item label="所属单位">{b.orgName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="开业日期">{b.openedOn}</Descriptions.Item>
          <Descriptions.Item label="注销（停业）">
            {b.closedOn ? `${b.closedOn}（${b.closedReason ?? ''}）` : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={
          <Typography.Title level={5} style={{ margin: 0 }}>
            带动就业（截至{b.asOf}）
          </Typography.Title>
        }
      >
        <Typography.Paragraph>
          带动就业 <Typography.Text strong>{b.jobs}</Typography.Text> 人：
          {b.jobsSource === 'registry'
            ? `来自登记库的劳动合同和社保缴费记录（${b.registryJobs}人）`
            : `登记库无其他人员记录，按回访申报人数（${b.declaredJobs ?? 0}人）`}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{b.rules.jobs}</Typography.Paragraph>
        <Table<JobPerson>
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={b.jobPersons}
          columns={[
            {
              title: '姓名',
              dataIndex: 'name',
              render: (n: string, r) => <Link to={`/persons/${r.personId}`}>{n}</Link>,
            },
            { title: '身份证号', dataIndex: 'idNumberMasked' },
            {
              title: '依据记录',
              key: 'records',
              render: (_, r) =>
                r.records
                  .map(
                    (x) =>
                      `${recordLabels[x.kind] ?? x.kind} ${x.onDate.slice(0, x.kind === 'contribution' ? 7 : 10)}`,
                  )
                  .join('；'),
            },
          ]}
          data-testid="business-jobs-table"
        />
      </Card>
      <Card
        title={
          <Typography.Title level={5} style={{ margin: 0 }}>
            稳定经营一年
          </Typography.Title>
        }
      >
        <Typography.Paragraph data-testid="business-survival">
          {!b.yearOld ? (
            <Tag color="processing">开业未满一年</Tag>
          ) : b.survived ? (
            <Tag color="success">稳定经营满一年</Tag>
          ) : (
            <Tag color="warning">未能证明稳定经营满一年</Tag>
          )}
          {b.yearOld &&
            b.survivalEvidenceKind &&
            `依据：${survivalEvidenceLabels[b.survivalEvidenceKind]}（${b.survivalEvidenceOn}）`}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{b.rules.survival}</Typography.Paragraph>
      </Card>
      {editing && <BusinessUpdateModal business={b} onClose={() => setEditing(false)} />}
    </Space>
  );
}

export function BusinessDetailPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <BusinessContent />
    </PermissionGate>
  );
}
