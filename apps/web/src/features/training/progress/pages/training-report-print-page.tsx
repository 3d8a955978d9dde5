import { useQuery } from '@tanstack/react-query';
import { DocHead, PrintPage } from '../../../print/print-layout';
import { ReportBody } from '../components/report-body';
import { fetchReport, trainingProgressKey } from '../progress-api';
import { useProgressWhere } from '../use-progress-where';
import '../training-report.css';

/** The progress report on an A4 sheet, as it goes to the province. */
export function TrainingReportPrintPage() {
  const { where } = useProgressWhere();
  const report = useQuery({
    queryKey: [...trainingProgressKey, 'report', where],
    queryFn: () => fetchReport(where),
  });
  const r = report.data;
  return (
    <PrintPage docTitle={r?.title ?? '城镇技能再就业计划进展情况报告'} queries={[report]}>
      {(letterhead) =>
        r && (
          <>
            <DocHead
              letterhead={letterhead}
              title={r.title}
              number={`${r.org.name}${r.period.label}`}
              date={r.generatedOn}
            />
            <div className="training-report">
              <ReportBody report={r} />
            </div>
          </>
        )
      }
    </PrintPage>
  );
}
