import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { AssociationButton } from '../components/association-button';
import { FileActions } from '../components/file-actions';
import { FileTimeline } from '../components/file-timeline';
import { InternshipsCard } from '../components/internships-card';
import { PlanCard } from '../components/plan-card';
import { fetchFile, filesKey } from '../files-api';

const traineeStatus: Record<string, string> = {
  enrolled: '在读',
  withdrawn: '退学',
  completed: '结业',
  not_completed: '未结业',
};
const results: Record<string, string> = { passed: '合格', failed: '不合格', absent: '缺考' };

/** One trainee's file: who, training and assessment, plans with their reviews, and one timeline. */
export function EntrepreneurshipFileDetailPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const key = [...filesKey, 'detail', id];
  const file = useQuery({ queryKey: key, queryFn: () => fetchFile(id) });
  if (file.isLoading) return <PageSpin />;
  if (!file.data) return <QueryErrorResult error={file.error} />;
  const f = file.data;
  const editable = can('entrepreneurship:write');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: filesKey });
  const t = f.training;
  const member = f.associationJoinedOn && !f.associationLeftOn;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            创业学员档案 {f.number}
          </Typography.Title>
        }
        extra={editable && <FileActions file={f} onSaved={refresh} />}
      >
        <Descriptions column={3} size="small">
          <Descriptions.Item label="姓名">{f.name}</Descriptions.Item>
          <Descriptions.Item label="公民身份号码">{f.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="所属机构">{f.orgName}</Descriptions.Item>
          <Descriptions.Item label="课程">{f.course}</Descriptions.Item>
          <Descriptions.Item label="登记日期">{f.registeredOn}</Descriptions.Item>
          <Descriptions.Item label="创业导师">{f.mentorName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="培训记录" span={2}>
            {t
              ? `${t.classNumber} ${t.occupation}（${t.institutionName}），${t.startsOn} 至 ${t.endsOn}，${traineeStatus[t.status] ?? t.status}`
              : f.trainedOn
                ? `外部培训，${f.trainedOn} 结业`
                : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="考核">
            {t ? (t.result ? results[t.result] : '未考核') : f.assessment ? results[f.assessment] : '—'}
            {(t?.certificateNumber ?? f.trainingCertificateNumber) &&
              `，证书 ${t?.certificateNumber ?? f.trainingCertificateNumber}`}
          </Descriptions.Item>
          <Descriptions.Item label="创业者联谊会">
            {member
              ? `会员（${f.associationJoinedOn} 加入）`
              : f.associationLeftOn
                ? `非会员（${f.associationLeftOn} 退出）`
                : '非会员'}
            {editable && <AssociationButton file={f} onSaved={refresh} />}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Card
              title={
                <Typography.Title level={5} style={{ margin: 0 }}>
                  创业计划书及专家评审
                </Typography.Title>
              }
            >
              {f.plans.length === 0
                ? '尚未提交计划书'
                : f.plans.map((p) => <PlanCard key={p.id} plan={p} editable={editable} onChange={refresh} />)}
            </Card>
            <InternshipsCard file={f} editable={editable} onSaved={refresh} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <FileTimeline entries={f.timeline} />
        </Col>
      </Row>
    </Space>
  );
}
