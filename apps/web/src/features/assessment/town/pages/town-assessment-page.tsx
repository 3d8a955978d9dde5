import { InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { useBureauToday } from '../../../../app/bureau-clock';
import { DocumentsCard } from '../components/documents-card';
import { PlanCard } from '../components/plan-card';
import { RankingCard } from '../components/ranking-card';
import { SubmissionsCard } from '../components/submissions-card';
import { usePlan, usePlans } from '../town-assessment-api';

function ScoringTab({ year }: { year: number }) {
  const plans = usePlans(year);
  const plan = usePlan(plans.data?.items[0]?.id);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {plan.data ? <RankingCard plan={plan.data} /> : null}
      <DocumentsCard year={year} />
    </Space>
  );
}

/** 对街镇就业再就业和社会保障工作考核 (肥城 第一篇): plan, quarterly reports, scores and notices. */
export function TownAssessmentPage() {
  const can = usePermissions();
  const today = useBureauToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const review = can('assessment:review');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Title level={4} style={{ margin: 0 }}>
          街镇就业再就业和社会保障工作考核
        </Typography.Title>
        <InputNumber
          aria-label="考核年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(y) => y && setYear(y)}
          data-testid="assessment-year"
        />
        <Typography.Text>年度</Typography.Text>
      </Space>
      <Tabs
        items={[
          { key: 'submissions', label: '季度上报', children: <SubmissionsCard year={year} /> },
          { key: 'plan', label: '考核方案', children: <PlanCard year={year} /> },
          review
            ? { key: 'scoring', label: '计分与通报', children: <ScoringTab year={year} /> }
            : { key: 'documents', label: '考核通报', children: <DocumentsCard year={year} /> },
        ]}
      />
    </Space>
  );
}
