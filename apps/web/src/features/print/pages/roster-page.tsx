import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { yuanFigures } from '../../../app/format/money';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { fetchRoster } from '../print-api';
import { amountInWords } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';

/** 花名册 of a batch: one line per person with certificate and approved amount, totalled. */
export function RosterPrintPage() {
  const { id = '' } = useParams();
  const roster = useQuery({ queryKey: ['print', 'roster', id], queryFn: () => fetchRoster(id) });
  const levelLabel = useDictLabel('certificate_level');
  const r = roster.data;

  return (
    <PrintPage docTitle={`花名册 ${r?.number ?? ''}`} queries={[roster]}>
      {(letterhead) =>
        r && (
          <>
            <DocHead
              letterhead={letterhead}
              title={`${r.caseTypeName}花名册`}
              number={r.number}
              date={letterhead.today}
              extra={r.applicantName ? `申报单位：${r.applicantName}` : undefined}
            />
            <table>
              <thead>
                <tr>
                  <th>序号</th>
                  <th>姓名</th>
                  <th>身份证号码</th>
                  <th>职业（工种）</th>
                  <th>等级</th>
                  <th>证书编号</th>
                  <th>案件编号</th>
                  <th>状态</th>
                  <th className="num">金额（元）</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row) => (
                  <tr key={row.caseNumber}>
                    <td className="center">{row.seq}</td>
                    <td>{row.name}</td>
                    <td>{row.idNumberMasked ?? '—'}</td>
                    <td>{row.occupation ?? '—'}</td>
                    <td>{levelLabel(row.level)}</td>
                    <td>{row.certificateNumber ?? '—'}</td>
                    <td>{row.caseNumber}</td>
                    <td>{row.statusLabel}</td>
                    <td className="num">{row.amount === null ? '—' : yuanFigures(row.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={6}>
                    合计：{r.totals.count} 人，其中核定金额 {r.totals.withAmount} 人
                  </td>
                  <td colSpan={3} className="num" data-testid="print-total">
                    {yuanFigures(r.totals.amount)}
                  </td>
                </tr>
                <tr>
                  <td colSpan={9}>合计金额（大写）：{amountInWords(r.totals.amount)}</td>
                </tr>
              </tfoot>
            </table>
            <div className="print-signatures">
              <span>制表人：__________</span>
              <span>审核人：__________</span>
              <span>负责人：__________</span>
            </div>
            <SealArea issuer={letterhead.bureau} date={letterhead.today} />
          </>
        )
      }
    </PrintPage>
  );
}
