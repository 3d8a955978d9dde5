import { ReportPrint } from '../components/report-print';
import { trainingReportSource } from '../training-report-source';

/** The progress report on an A4 sheet, as it goes to the province. */
export function TrainingReportPrintPage() {
  return <ReportPrint source={trainingReportSource} />;
}
