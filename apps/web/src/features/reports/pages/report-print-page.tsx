import { useParams, useSearchParams } from 'react-router-dom';
import { dateOrBlank } from '../../print/print-format';
import { PrintPage } from '../../print/print-layout';
import { useReport } from '../report-api';

const figure = (v: number | null | undefined, unit: string) =>
  v === null || v === undefined ? '—' : unit === '%' ? v.toFixed(2) : String(v);

/** A report version on one A4 sheet in the statistics form's layout, as the xlsx has it. */
export function ReportPrintPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const version = search.get('version') ? Number(search.get('version')) : undefined;
  const report = useReport(id, version);
  const r = report.data;

  return (
    <PrintPage docTitle={r ? `${r.orgName}${r.period.label}${r.template.title}` : '报表'} queries={[report]}>
      {() =>
        r && (
          <>
            <h1 className="print-title">{r.template.title}</h1>
            <div className="print-meta">
              <span>
                填报单位：<span data-testid="print-org">{r.orgName}</span>
              </span>
              <span className="print-meta-right">
                <span>表号：{r.template.formNumber}</span>
                <span>制定机关：{r.template.prescribedBy}</span>
              </span>
            </div>
            <div className="print-meta">
              <span>
                报告期：<span data-testid="print-period">{r.period.label}</span>
              </span>
              <span>计量单位：人、%</span>
            </div>
            <table data-testid="print-report-table">
              <thead>
                <tr>
                  <th rowSpan={2}>指标名称</th>
                  <th rowSpan={2}>代码</th>
                  <th rowSpan={2}>计量单位</th>
                  <th colSpan={r.table.columns.length}>数值</th>
                </tr>
                <tr>
                  {r.table.columns.map((c) => (
                    <th key={c.key}>{c.label}</th>
                  ))}
                </tr>
                <tr>
                  <th>甲</th>
                  <th>乙</th>
                  <th>丙</th>
                  {r.table.columns.map((c, i) => (
                    <th key={c.key}>{i + 1}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.table.rows.map((row, i) => (
                  <tr key={row.key}>
                    <td>{row.indent ? `　　其中：${row.label}` : row.label}</td>
                    <td className="center">{i + 1}</td>
                    <td className="center">{row.unit}</td>
                    {row.cells.map((c, j) => (
                      <td
                        key={r.table.columns[j]!.key}
                        className="num"
                        data-testid={`print-cell-${row.key}-${j}`}
                      >
                        {c ? figure(c.value, row.unit) : '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="print-signatures">
              <span>单位负责人：{r.version.unitHead ?? '__________'}</span>
              <span>填表人：{r.version.preparer ?? '__________'}</span>
              <span>报出日期：{dateOrBlank(r.version.submittedOn)}</span>
            </div>
            <p className="print-small">
              第 {r.version.version} 版{r.version.reason ? `（更正原因：${r.version.reason}）` : ''}
            </p>
          </>
        )
      }
    </PrintPage>
  );
}
