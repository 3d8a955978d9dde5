import { Link } from 'react-router-dom';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { ReportCard } from '../../../training/progress/components/report-card';
import { whereSearch } from '../../../training/progress/progress-api';
import { useProgressWhere } from '../../../training/progress/use-progress-where';
import { kpisReportSource } from '../kpis-report-source';

/**
 * The half-year / year-end entrepreneurship training report to the province (接受创业服务、开业成功率、
 * 带动就业、稳定经营), generated from the records: view, export, print.
 */
export function EntrepreneurshipReportPage() {
  const { where } = useProgressWhere();
  return (
    <PermissionGate permission="entrepreneurship:read">
      <ReportCard
        source={kpisReportSource}
        extra={<Link to={`/entrepreneurship/kpis?${whereSearch(where)}`}>返回创业计划进展</Link>}
      />
    </PermissionGate>
  );
}
