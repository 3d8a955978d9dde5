import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchZeroEmploymentSummary, householdsKey } from '../household-api';
import type { ZeroEmploymentSummary } from '../household-types';

type Unassisted = ZeroEmploymentSummary['unassisted'][number];

/** "出现一户、帮扶一户、消除一户": the period's counts and the active households still unassisted. */
export function ZeroEmploymentSummaryCard({ orgId }: { orgId?: number | undefined }) {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    bureauTodayDay().startOf('year'),
    bureauTodayDay(),
  ]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const summary = useQuery({
    queryKey: [...householdsKey, 'summary', orgId, from, to],
    queryFn: () => fetchZeroEmploymentSummary({ orgId, from, to }),
  });
  const s = summary.data;
  return (
    <Card
      size="small"
      title="零就业家庭动态（出现一户、帮扶一户、消除一户）"
      extra={
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      }
      style={{ marginBottom: 16 }}
      data-testid="zero-employment-summary"
    >
      <QueryErrorAlert error={summary.error} onRetry={() => summary.refetch()} />
      <Space size="large" wrap>
        <Statistic title="期间新认定（户）" value={s?.recognised ?? '—'} />
        <Statistic
          title="期间已帮扶（户）"
          value={s?.assistedHouseholds ?? '—'}
          suffix={s ? `/ ${s.assistanceActions} 次` : null}
        />
        <Statistic title="期间已消除（户）" value={s?.eliminated ?? '—'} />
        <Statistic title="当前在册（户）" value={s?.active ?? '—'} />
        <Statistic
          title="在册但尚未帮扶（户）"
          value={s?.unassisted.length ?? '—'}
          valueStyle={s?.unassisted.length ? { color: '#cf1322' } : undefined}
        />
      </Space>
      {s?.unassisted.length ? (
        <>
          <Typography.Text type="danger" style={{ display: 'block', margin: '12px 0 8px' }}>
            以下在册零就业家庭尚无帮扶记录：
          </Typography.Text>
          <Table<Unassisted>
            size="small"
            rowKey="recognitionId"
            pagination={false}
            dataSource={s.unassisted}
            columns={[
              {
                title: '户号',
                dataIndex: 'number',
                render: (n: string, u) => <Link to={`/households/${u.householdId}`}>{n}</Link>,
              },
              { title: '户主', dataIndex: 'headName', render: (n: string | null) => n ?? '—' },
              { title: '认定日期', dataIndex: 'recognisedOn' },
              { title: '已认定天数', dataIndex: 'daysSinceRecognition', render: (d: number) => `${d} 天` },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
