import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { formatYuan } from '../../../app/format/money';
import { conditionStatusTags } from '../../policies/policy-labels';
import { DocHead, PrintPage } from '../../print/print-layout';
import { fetchLead, leadsKey } from '../screening-api';

/**
 * 政策找人线索核实单: what the registry says and what the person must still declare or prove, for
 * the officer who visits or calls them to tick off and both to sign.
 */
export function LeadPrintPage() {
  const { id = '' } = useParams();
  const lead = useQuery({ queryKey: [...leadsKey, id], queryFn: () => fetchLead(id) });
  const l = lead.data;
  return (
    <PrintPage docTitle={`政策找人线索核实单 ${l?.person.name ?? ''}`} queries={[lead]}>
      {(letterhead) =>
        l && (
          <>
            <DocHead
              letterhead={letterhead}
              title="政策找人线索核实单"
              // a lead has no document number of its own: the start of its id tells two sheets apart
              number={l.id.slice(0, 8).toUpperCase()}
              date={l.explanation?.on ?? l.lastFoundOn}
              extra={`经办机构：${l.orgName}`}
            />
            <table>
              <tbody>
                <tr>
                  <th style={{ width: '18%' }}>姓名</th>
                  <td>{l.person.name}</td>
                  <th style={{ width: '18%' }}>证件号码</th>
                  <td>{l.person.idNumberMasked}</td>
                </tr>
                <tr>
                  <th>政策</th>
                  <td colSpan={3}>{l.policyName}</td>
                </tr>
                <tr>
                  <th>预计金额</th>
                  <td colSpan={3}>
                    {formatYuan(l.payable)}
                    {l.payable !== null && l.payableBasis && `（${l.payableBasis}）`}
                  </td>
                </tr>
                <tr>
                  <th>依据</th>
                  <td colSpan={3}>{l.reason}</td>
                </tr>
              </tbody>
            </table>
            <h2 style={{ marginTop: 12 }}>需申请人提供/核实</h2>
            <table data-testid="print-to-verify">
              <thead>
                <tr>
                  <th style={{ width: '8%' }}>序号</th>
                  <th>核实事项</th>
                  <th style={{ width: '45%' }}>核实情况（如实填写）</th>
                </tr>
              </thead>
              <tbody>
                {l.toVerify.length === 0 ? (
                  <tr>
                    <td colSpan={3} className="center">
                      无需另行核实的事项
                    </td>
                  </tr>
                ) : (
                  l.toVerify.map((item, i) => (
                    <tr key={item}>
                      <td className="center">{i + 1}</td>
                      <td>{item}</td>
                      {/* written in, not ticked: an item may be a yes/no on either side or a choice */}
                      <td />
                    </tr>
                  ))
                )}
              </tbody>
            </table>
            {l.explanation && (
              <>
                <h2 style={{ marginTop: 12 }}>逐条说明（按 {l.explanation.on} 登记信息）</h2>
                <table>
                  <thead>
                    <tr>
                      <th style={{ width: '22%' }}>条件</th>
                      <th>说明</th>
                      <th style={{ width: '14%' }}>结果</th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.explanation.conditions.map((c) => (
                      <tr key={c.id}>
                        <td>{c.label}</td>
                        <td>
                          {c.sentence}
                          <div className="print-small">{c.citation || c.clause}</div>
                        </td>
                        <td className="center">
                          {c.assumed && c.status === 'pass' ? '待核实' : conditionStatusTags[c.status].label}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            {!l.explanation && l.explanationNote && <p className="print-para">{l.explanationNote}</p>}
            {l.basis && <p className="print-small">筛查说明：{l.basis}</p>}
            <p className="print-para">
              核实结论：□ 符合条件，已告知申请　□ 不符合条件（原因：______________________）
            </p>
            <div className="print-signatures">
              <span>核实人：__________</span>
              <span>被核实人（签字）：__________</span>
              <span>核实日期：____年__月__日</span>
            </div>
          </>
        )
      }
    </PrintPage>
  );
}
