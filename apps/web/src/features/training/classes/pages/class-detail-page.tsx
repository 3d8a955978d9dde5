import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Statistic } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatYuan } from '../../../../app/format/money';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { ClassFilesCard } from '../../../entrepreneurship/files/components/class-files-card';
import { classesKey, fetchClass, levelLabels, programmeLabels } from '../classes-api';
import { ClassActions } from '../components/class-actions';
import { ClassRoster } from '../components/class-roster';
import { ClassStatusTag } from '../components/class-status-tag';
import { TrainingGate } from '../components/training-gate';

function ClassDetail() {
  const { id } = useParams();
  const query = useQuery({ queryKey: [...classesKey, 'detail', id], queryFn: () => fetchClass(id!) });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  if (!c) return <PageSpin />;
  const t = c.trainees;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={`培训班 ${c.number}`} extra={<ClassActions cls={c} />} data-testid="class-detail">
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label="状态">
            <ClassStatusTag status={c.status} />
          </Descriptions.Item>
          <Descriptions.Item label="培训机构">{c.institutionName}</Descriptions.Item>
          <Descriptions.Item label="培训项目">{programmeLabels[c.programme]}</Descriptions.Item>
          <Descriptions.Item label="职业（工种）/等级">
            {c.occupation}
            {c.level ? `（${levelLabels[c.level] ?? c.level}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="培训期间">
            {c.startsOn} 至 {c.endsOn}（{c.days} 个工作日，{c.hours} 课时）
          </Descriptions.Item>
          <Descriptions.Item label="培训地点">{c.place}</Descriptions.Item>
          <Descriptions.Item label="每人培训费用">{formatYuan(c.feePerTrainee)}</Descriptions.Item>
          <Descriptions.Item label="计划人数 / 结业出勤率">
            {c.capacity} 人 / {c.completionThresholdPercent}%
          </Descriptions.Item>
          {c.employerName && <Descriptions.Item label="订单用人单位">{c.employerName}</Descriptions.Item>}
          {c.reviewNote && <Descriptions.Item label="审批意见">{c.reviewNote}</Descriptions.Item>}
          {c.closingReport && (
            <Descriptions.Item label="结业报告" span={2}>
              {c.closingReport}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title="学员情况"
        extra={
          <Link to={`/training/classes/${c.id}/trainees`} data-testid="class-trainees-link">
            学员、考勤与考核
          </Link>
        }
      >
        <Space size="large" wrap data-testid="class-trainee-summary">
          <Statistic title="学员" value={t.total} />
          <Statistic title="在训" value={t.enrolled} />
          <Statistic title="退学" value={t.withdrawn} />
          <Statistic title="结业" value={t.completed} />
          <Statistic title="未结业" value={t.notCompleted} />
          <Statistic title="考核合格" value={t.passed} />
          <Statistic title="取得证书" value={t.certified} />
        </Space>
      </Card>
      <ClassFilesCard cls={c} />
      {c.status === 'closed' && <ClassRoster cls={c} />}
    </Space>
  );
}

/** 培训班详情: the class, its trainees' figures, the steps open now and, once closed, its subsidy roster. */
export function ClassDetailPage() {
  return (
    <TrainingGate>
      <ClassDetail />
    </TrainingGate>
  );
}
