import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { DocHead, PrintPage, SealArea } from '../../../print/print-layout';
import { fetchResults, unitKindLabels } from '../recruitment-api';

/** 招工服务考核结果: the year's ranking with scores and advanced units, for the notice. */
export function RecruitmentResultsPrintPage() {
  const year = Number(useParams().year);
  const results = useQuery({ queryKey: ['print', 'recruitment', year], queryFn: () => fetchResults(year) });
  const r = results.data;
  return (
    <PrintPage docTitle={`${year}年度招工服务考核结果`} queries={[results]}>
      {(letterhead) =>
        r && (
          <>
            <DocHead
              letterhead={letterhead}
              title={`${year}年度招工服务考核结果${r.publishedAt ? '' : '（未发布）'}`}
              number={`招工考核〔${year}〕`}
              date={letterhead.today}
              extra={`考核截止：${r.cutoff}`}
            />
            <table>
              <thead>
                <tr>
                  <th>名次</th>
                  <th>单位</th>
                  <th>类别</th>
                  <th className="num">年度任务</th>
                  <th className="num">专项任务</th>
                  <th className="num">其它工作</th>
                  <th className="num">综合得分</th>
                  <th>评先</th>
                </tr>
              </thead>
              <tbody>
                {r.units.map((u) => (
                  <tr key={u.unitId}>
                    <td className="center">{u.rank}</td>
                    <td>{u.name}</td>
                    <td>{u.kind ? unitKindLabels[u.kind] : '—'}</td>
                    <td className="num">{u.annualTaskScore}</td>
                    <td className="num">{u.specialTaskScore}</td>
                    <td className="num">{u.otherScore}</td>
                    <td className="num">{u.total}</td>
                    <td>{u.award ? `招工工作先进单位（奖金${u.award}元）` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              计分：完成年度招工任务50分、专项招工任务30分，超额或未完成按比例加减分；其它工作按考核办法计分。评先须达90分以上并完成年度和专项招工任务，得分相同按专项招工完成比例认定。
            </p>
            <SealArea issuer={letterhead.bureau} date={letterhead.today} />
          </>
        )
      }
    </PrintPage>
  );
}
