import { periodReportRoutes } from '../../training/reports/progress-report.routes.ts';
import { KpiWhere } from './kpis.routes.ts';
import type { KpisReportService } from './kpis-report.service.ts';

export const kpisReportRoutes = (reports: KpisReportService) =>
  periodReportRoutes({
    path: '/api/entrepreneurship/kpis/report',
    permission: 'entrepreneurship:read',
    tags: ['创业服务'],
    summary: '创业培训半年、年终进展情况报告：接受创业服务、开业成功率、带动就业、稳定经营',
    querystring: KpiWhere,
    reports,
  });
