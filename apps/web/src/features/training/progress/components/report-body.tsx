import type { ProgressReport } from '../progress-api';

/**
 * A half-year / year-end report's text and table as plain HTML: the same on screen and on the
 * printed sheet (the training programme's and the entrepreneurship plan's have one shape).
 */
export function ReportBody({ report: r, testId }: { report: ProgressReport; testId: string }) {
  return (
    <>
      <p>
        报告期：{r.period.label}（{r.period.from}至{r.period.to}）　生成日期：{r.generatedOn}
      </p>
      <h3>一、总体情况</h3>
      {r.summary.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <h3>二、分单位情况</h3>
      <table className="training-report-table" data-testid={`${testId}-table`}>
        <thead>
          <tr>
            {r.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...r.rows, r.total].map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed and in order
                <td key={i} className={i === 0 ? undefined : 'num'}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>三、统计口径</h3>
      {r.notes.map((n) => (
        <p key={n} className="print-small">
          {n}
        </p>
      ))}
    </>
  );
}
