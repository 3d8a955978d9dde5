import { useParams } from 'react-router-dom';
import { DocHead, PrintPage, SealArea } from '../../../print/print-layout';
import { useDocument } from '../town-assessment-api';
import { documentTitle, periodLabels } from '../town-assessment-labels';
import './town-assessment-print.css';

const quartersOf = { half_year: '第一、二季度', year_end: '第一至四季度' } as const;

/** The half-year notice or the year-end ranking, printable on A4 under the bureau's red head. */
export function DocumentPrintPage() {
  const { id = '' } = useParams();
  const doc = useDocument(id);
  const d = doc.data;
  return (
    <PrintPage docTitle={`${d ? periodLabels[d.period] : '考核通报'} ${d?.number ?? ''}`} queries={[doc]}>
      {(letterhead) => {
        if (!d) return null;
        const title = `${d.orgName}${documentTitle(d.period, d.year)}`;
        return (
          <div className="ta-red-head">
            <DocHead letterhead={letterhead} title={title} number={d.number} date={d.datedOn} />
            {d.publishedAt ? null : <p className="ta-draft-mark">（未发布稿）</p>}
            <p className="print-para">各街镇，市高新区：</p>
            <p className="print-para">
              根据《2024年度对街镇就业再就业和社会保障工作考核办法》（肥人社发[2024]号），按各街镇{d.year}年
              {quartersOf[d.period]}上报并经市局审核核定的完成情况（考核方案第{d.planVersion}
              版），每项指标确定最高得分，其余的按占最高的百分比确定得分。现将结果通报如下：
            </p>
            <table data-testid="print-ranking">
              <thead>
                <tr>
                  <th>名次</th>
                  <th>街镇</th>
                  <th className="num">总分</th>
                  <th>未审核季度（按0计）</th>
                </tr>
              </thead>
              <tbody>
                {d.ranking.map((l) => (
                  <tr key={l.townOrgId}>
                    <td className="center">{l.rank}</td>
                    <td>{l.townName}</td>
                    <td className="num">{l.total}</td>
                    <td>
                      {l.missingQuarters.length ? l.missingQuarters.map((q) => `第${q}季度`).join('、') : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="print-para">各项指标得分：</p>
            <table>
              <thead>
                <tr>
                  <th>指标（分值）</th>
                  {d.ranking.map((l) => (
                    <th key={l.townOrgId}>{l.townName}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.indicators.map((i) => (
                  <tr key={i.code}>
                    <td>
                      {i.label}（{i.maxPoints}分）
                    </td>
                    {d.ranking.map((l) => (
                      <td key={l.townOrgId} className="num">
                        {l.points[i.code] ?? '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <SealArea issuer={letterhead.bureau} date={d.datedOn} />
          </div>
        );
      }}
    </PrintPage>
  );
}
