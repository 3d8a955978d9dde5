import { ReportPrint } from '../../../training/progress/components/report-print';
import { kpisReportSource } from '../kpis-report-source';

/** The entrepreneurship training report on an A4 sheet, as it goes to the province. */
export function EntrepreneurshipReportPrintPage() {
  return <ReportPrint source={kpisReportSource} />;
}
