import { useQuery } from '@tanstack/react-query';
import { DocHead, PrintPage } from '../../../print/print-layout';
import { useProgressWhere } from '../use-progress-where';
import { ReportBody } from './report-body';
import type { ReportSource } from './report-card';
import '../training-report.css';

/** A half-year / year-end report on an A4 sheet, as it goes to the province. */
export function ReportPrint({
  source: s,
}: {
  source: Pick<ReportSource, 'title' | 'queryKey' | 'fetch' | 'testId'>;
}) {
  const { where } = useProgressWhere();
  const report = useQuery({ queryKey: [...s.queryKey, where], queryFn: () => s.fetch(where) });
  const r = report.data;
  return (
    // more than ten figures a row do not fit a portrait sheet's width
    <PrintPage docTitle={r?.title ?? s.title} queries={[report]} landscape={(r?.columns.length ?? 0) > 10}>
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
              <ReportBody report={r} testId={s.testId} />
            </div>
          </>
        )
      }
    </PrintPage>
  );
}
