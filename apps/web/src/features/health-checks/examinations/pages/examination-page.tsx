import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Space, Steps } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { IdentityStep } from '../components/identity-step';
import { ResultsForm } from '../components/results-form';
import { ViewResultsButton } from '../components/view-results-button';
import { examinationsKey, fetchExaminationPage } from '../examinations-api';

function ExaminationContent({ examineeId }: { examineeId: string }) {
  const query = useQuery({
    queryKey: [...examinationsKey, 'page', examineeId],
    queryFn: () => fetchExaminationPage(examineeId),
    staleTime: 0,
  });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  const page = query.data;
  const exam = page.examination;
  const step = !exam ? 0 : exam.status === 'entered' ? 1 : 2;
  return (
    <Card title={<PageTitle>体检登记：{page.examinee.personName}</PageTitle>}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label="姓名">{page.examinee.personName}</Descriptions.Item>
          <Descriptions.Item label="公民身份号码">{page.examinee.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="参检单位">
            {page.examinee.employerName ?? '—（灵活就业）'}
          </Descriptions.Item>
          <Descriptions.Item label="预约体检日期">{page.examinee.scheduledOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="参检状态">{page.examinee.statusLabel}</Descriptions.Item>
          <Descriptions.Item label="体检日期">{exam?.examinedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Steps
          size="small"
          current={step}
          items={[{ title: '核验身份' }, { title: '录入结果' }, { title: '出具结论' }]}
        />
        {step === 0 && <IdentityStep examineeId={examineeId} />}
        {exam && step === 1 && <ResultsForm page={page} exam={exam} />}
        {exam && step === 2 && (
          <Result
            status="success"
            title="已出具体检结论"
            subTitle="体检档案已建立，医保处审核后由本院返还。如有重要异常，通知任务在「重要异常通知」中登记通知情况。"
            extra={[
              <ViewResultsButton key="view" examinationId={exam.id} />,
              <Link key="back" to="/health-checks/examinees">
                返回参检名单
              </Link>,
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/** 体检登记 for one examinee of the user's hospital: identity, results, conclusion. */
export function ExaminationPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="health_check:operate">
      <ExaminationContent examineeId={id!} />
    </PermissionGate>
  );
}
