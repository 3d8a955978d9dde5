import { PermissionGate } from '../../../../app/ui/permission-gate';
import { ReportCard } from '../components/report-card';
import { trainingReportSource } from '../training-report-source';

/** The half-year / year-end report to the province, generated from the records: view, export, print. */
export function TrainingReportPage() {
  return (
    <PermissionGate permission="training:read">
      <ReportCard source={trainingReportSource} />
    </PermissionGate>
  );
}
