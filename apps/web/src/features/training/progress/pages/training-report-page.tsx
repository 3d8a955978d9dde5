import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { ProgressFilters } from '../components/progress-filters';
import { ReportBody } from '../components/report-body';
import { downloadReport, fetchReport, trainingProgressKey, whereSearch } from '../progress-api';
import { useProgressWhere } from '../use-progress-where';
import '../training-report.css';

/** The half-year / year-end report to the province, generated from the records: view, export, print. */
function ReportContent() {
  const { where, set } = useProgressWhere();
  const [exporting, setExporting] = useState(false);
  const report = useQuery({
    queryKey: [...trainingProgressKey, 'report', where],
    queryFn: () => fetchReport(where),
  });
  const r = report.data;
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadReport(where);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Card
      title="城镇技能再就业计划进展情况报告"
      extra={
        <Space>
          <ProgressFilters where={where} onChange={set} />
          <Button onClick={exportXlsx} loading={exporting} disabled={!r} data-testid="report-export">
            导出 Excel
          </Button>
          <Button
            href={`/print/training-report?${whereSearch(where)}`}
            target="_blank"
            disabled={!r}
            data-testid="report-print"
          >
            打印
          </Button>
        </Space>
      }
      data-testid="training-report-page"
    >
      <QueryErrorAlert error={report.error} onRetry={() => report.refetch()} />
      {r && (
        <div className="training-report">
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {r.title}
          </Typography.Title>
          <ReportBody report={r} />
        </div>
      )}
    </Card>
  );
}

export function TrainingReportPage() {
  return (
    <PermissionGate permission="training:read">
      <ReportContent />
    </PermissionGate>
  );
}
