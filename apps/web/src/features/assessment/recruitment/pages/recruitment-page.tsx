import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { useBureauToday } from '../../../../app/bureau-clock';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { AddUnitModal } from '../components/add-unit-modal';
import { RecruitmentResultsTable } from '../components/results-table';
import {
  fetchResults,
  fetchUnits,
  publishYear,
  type RecruitmentUnit,
  recruitmentKey,
  scoreYear,
  unitKindLabels,
} from '../recruitment-api';

const columns: ColumnsType<RecruitmentUnit> = [
  {
    title: '招工责任单位',
    dataIndex: 'name',
    key: 'name',
    render: (name: string, u) => <Link to={`/assessment/recruitment/units/${u.id}`}>{name}</Link>,
  },
  {
    title: '类别',
    dataIndex: 'kind',
    key: 'kind',
    render: (k: RecruitmentUnit['kind']) => unitKindLabels[k],
  },
  {
    title: '年度任务（已认定/任务）',
    key: 'annual',
    render: (_: unknown, u) => `${u.progress.verified} / ${u.annualTarget}`,
  },
  {
    title: '专项任务（已认定/任务）',
    key: 'special',
    render: (_: unknown, u) => `${u.progress.verifiedSpecial} / ${u.specialTarget}`,
  },
  { title: '待核查', key: 'submitted', render: (_: unknown, u) => u.progress.submitted },
  { title: '待提交', key: 'draft', render: (_: unknown, u) => u.progress.draft },
];

/** A city action on the whole year (score, publish), refreshing the page's figures after it. */
function useYearAction(year: number, fn: (y: number) => Promise<unknown>, done: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fn(year),
    onSuccess: () => {
      message.success(done);
      void queryClient.invalidateQueries({ queryKey: recruitmentKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}

/** 招工服务考核 (001 篇1): a year's units and progress, the city's scoring and publishing. */
export function RecruitmentPage() {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const today = useBureauToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const units = useQuery({ queryKey: [...recruitmentKey, 'units', year], queryFn: () => fetchUnits(year) });
  const reviewer = can('assessment:review');
  const results = useQuery({
    queryKey: [...recruitmentKey, 'results', year],
    queryFn: () => fetchResults(year),
    enabled: reviewer || Boolean(units.data?.published),
    retry: false,
  });
  const score = useYearAction(year, scoreYear, '已按认定的台账评分');
  const publish = useYearAction(year, publishYear, '考核结果已发布');
  const published = Boolean(units.data?.published);
  const [adding, setAdding] = useState(false);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="招工服务考核"
        extra={
          <Space>
            {can('assessment:configure') && !published && (
              <Button onClick={() => setAdding(true)} data-testid="recruitment-add-unit">
                下达任务
              </Button>
            )}
            <span>考核年度</span>
            <InputNumber
              aria-label="考核年度"
              min={2023}
              max={2099}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          每月核查一次，考核截止 {units.data?.cutoff ?? '—'}
          。招工人员须凭介绍信回执、企业用工花名册、企业每月发放工资名册、员工卡和员工身份证复印件“五符合”认定，且签订劳动合同、在同一企业连续务工满3个月。
        </Typography.Paragraph>
        <QueryErrorAlert error={units.error} onRetry={() => void units.refetch()} />
        <Table
          rowKey="id"
          size="small"
          loading={units.isLoading}
          columns={columns}
          dataSource={units.data?.items ?? []}
          pagination={false}
          data-testid="recruitment-units"
        />
      </Card>
      {adding && (
        <AddUnitModal
          year={year}
          onClose={() => {
            setAdding(false);
            void queryClient.invalidateQueries({ queryKey: recruitmentKey });
          }}
        />
      )}
      <Card
        title="考核结果"
        extra={
          <Space>
            {reviewer && !published && (
              <Button
                onClick={() => score.mutate()}
                loading={score.isPending}
                data-testid="recruitment-score"
              >
                评分
              </Button>
            )}
            {reviewer && !published && results.data && (
              <Popconfirm
                title="发布后不能再修改任务或重新评分，确定发布？"
                onConfirm={() => publish.mutate()}
              >
                <Button type="primary" loading={publish.isPending} data-testid="recruitment-publish">
                  发布结果
                </Button>
              </Popconfirm>
            )}
            {results.data && (
              <Link
                to={`/print/assessment/recruitment/${year}`}
                target="_blank"
                data-testid="recruitment-print"
              >
                <PrinterOutlined /> 打印
              </Link>
            )}
          </Space>
        }
      >
        {published && (
          <Alert type="success" showIcon title="本年度考核结果已发布" style={{ marginBottom: 16 }} />
        )}
        {results.data ? (
          <RecruitmentResultsTable results={results.data} />
        ) : (
          <Typography.Text type="secondary">{reviewer ? '尚未评分' : '考核结果尚未发布'}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
