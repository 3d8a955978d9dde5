import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type ProgressReport, type ProgressWhere, whereSearch } from '../progress-api';
import { useProgressWhere } from '../use-progress-where';
import { ProgressFilters } from './progress-filters';
import { ReportBody } from './report-body';
import '../training-report.css';

export interface ReportSource {
  /** the card's title before the report has loaded */
  title: string;
  queryKey: readonly unknown[];
  fetch: (w: ProgressWhere) => Promise<ProgressReport>;
  download: (w: ProgressWhere) => Promise<void>;
  /** the print page, opened in a new tab with the same `?orgId=&year=&half=` */
  printPath: string;
  /** prefix of the page's and the table's test ids */
  testId: string;
}

/** A half-year / year-end report generated from the records, with its pickers: view, export, print. */
export function ReportCard({ source: s, extra }: { source: ReportSource; extra?: ReactNode }) {
  const { where, set } = useProgressWhere();
  const [exporting, setExporting] = useState(false);
  const report = useQuery({ queryKey: [...s.queryKey, where], queryFn: () => s.fetch(where) });
  const r = report.data;
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await s.download(where);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Card
      title={s.title}
      extra={
        <Space>
          <ProgressFilters where={where} onChange={set} />
          <Button onClick={exportXlsx} loading={exporting} disabled={!r} data-testid="report-export">
            导出 Excel
          </Button>
          <Button
            href={`${s.printPath}?${whereSearch(where)}`}
            target="_blank"
            disabled={!r}
            data-testid="report-print"
          >
            打印
          </Button>
          {extra}
        </Space>
      }
      data-testid={`${s.testId}-page`}
    >
      <QueryErrorAlert error={report.error} onRetry={() => report.refetch()} />
      {r && (
        <div className="training-report">
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {r.title}
          </Typography.Title>
          <ReportBody report={r} testId={s.testId} />
        </div>
      )}
    </Card>
  );
}
