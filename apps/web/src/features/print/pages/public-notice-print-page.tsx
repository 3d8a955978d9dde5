import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { yuanFigures } from '../../../app/format/money';
import { occupationsText } from '../../training/institutions/institutions-api';
import { fetchNoticePrint } from '../print-api';
import { amountInWords, dateOrBlank } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';

/** 公示 of approved cases: masked names and ID numbers, amounts, the period and where to object. */
export function PublicNoticePrintPage() {
  const { id = '' } = useParams();
  const notice = useQuery({ queryKey: ['print', 'public-notice', id], queryFn: () => fetchNoticePrint(id) });
  const n = notice.data;

  return (
    <PrintPage docTitle={`公示 ${n?.number ?? ''}`} queries={[notice]}>
      {(letterhead) => {
        if (!n) return null;
        const date = n.startsOn ?? letterhead.today;
        return (
          <>
            <DocHead letterhead={letterhead} title={n.title} number={n.number} date={date} />
            {n.body && <p className="print-para">{n.body}</p>}
            <p className="print-para">
              公示期：{dateOrBlank(n.startsOn)}至{dateOrBlank(n.endsOn)}
              。公示期间，如对公示对象有异议，请以书面形式向{n.issuer}
              反映，并提供必要的证明材料。
            </p>
            {n.institutions.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th>序号</th>
                    <th>机构名称</th>
                    <th>地址</th>
                    <th>培训职业及等级</th>
                  </tr>
                </thead>
                <tbody>
                  {n.institutions.map((i, k) => (
                    <tr key={i.name}>
                      <td className="center">{k + 1}</td>
                      <td>{i.name}</td>
                      <td>{i.address}</td>
                      <td>{occupationsText(i.occupations)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>序号</th>
                    <th>姓名</th>
                    <th>身份证号码</th>
                    <th className="num">金额（元）</th>
                  </tr>
                </thead>
                <tbody>
                  {n.rows.map((row) => (
                    <tr key={row.seq}>
                      <td className="center">{row.seq}</td>
                      <td>{row.name}</td>
                      <td>{row.idNumber}</td>
                      <td className="num">{row.amount === null ? '—' : yuanFigures(row.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={3}>合计：{n.count} 人</td>
                    <td className="num">{yuanFigures(n.totalAmount)}</td>
                  </tr>
                  <tr>
                    <td colSpan={4}>合计金额（大写）：{amountInWords(n.totalAmount)}</td>
                  </tr>
                </tfoot>
              </table>
            )}
            <SealArea issuer={letterhead.bureau} date={date} />
          </>
        );
      }}
    </PrintPage>
  );
}
