import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { chineseDate } from '../../../print/print-format';
import { DocHead, PrintPage, SealArea } from '../../../print/print-layout';
import { fetchNotice, plansKey } from '../plans-api';

/**
 * 单位体检通知 (第十条): an employer's examinees with their hospital and day (ID numbers masked), the
 * package, and the 体检禁忌及注意事项 handed to each employee.
 */
export function NoticePrintPage() {
  const id = useParams().id!;
  const employerId = useSearchParams()[0].get('employerId') ?? '';
  const notice = useQuery({
    queryKey: [...plansKey, id, 'notice', employerId],
    queryFn: () => fetchNotice(id, employerId),
  });
  const n = notice.data;
  return (
    <PrintPage docTitle={n ? `单位体检通知-${n.employerName}` : '单位体检通知'} queries={[notice]}>
      {(letterhead) =>
        n && (
          <>
            <DocHead
              letterhead={letterhead}
              title="职工健康体检通知"
              number={n.planName}
              date={letterhead.today}
              extra={`参检单位：${n.employerName}`}
            />
            <p>{n.employerName}：</p>
            <p>
              根据{n.planName}安排（体检期间{chineseDate(n.startOn)}至{chineseDate(n.endOn)}
              ），现将贵单位参检职工的体检医院和体检时间通知如下。请及时转告职工按时携带本人居民身份证到指定医院体检，并将所附体检禁忌及注意事项发放到每位职工。因疾病无法自行到院的，可向体检医院申请救护车接送或到床体检。
            </p>
            <table>
              <thead>
                <tr>
                  <th className="center">序号</th>
                  <th>姓名</th>
                  <th>公民身份号码</th>
                  <th>体检医院</th>
                  <th>体检日期</th>
                  <th>体检方式</th>
                </tr>
              </thead>
              <tbody>
                {n.rows.map((r, i) => (
                  <tr key={r.id}>
                    <td className="center">{i + 1}</td>
                    <td>{r.personName}</td>
                    <td>{r.idNumberMasked}</td>
                    <td>
                      {r.hospitalName}
                      {r.hospitalAddress ? `（${r.hospitalAddress}）` : ''}
                    </td>
                    <td>{r.scheduledOn}</td>
                    <td>{r.visitModeLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {n.rows.length === 0 && <p>该单位暂无已安排体检的职工。</p>}
            <p>体检项目：{n.items.join('、')}。</p>
            <h2>体检禁忌及注意事项</h2>
            <ol data-testid="notice-precautions">
              {n.precautions.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
            <SealArea issuer={letterhead.bureau} date={letterhead.today} />
          </>
        )
      }
    </PrintPage>
  );
}
