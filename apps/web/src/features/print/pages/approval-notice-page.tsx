import { Result } from 'antd';
import { useParams } from 'react-router-dom';
import { fenToYuan, formatFen, yuanFigures } from '../../../app/format/money';
import { dateOrBlank, fenInWords } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';
import type { PrintCase, PrintCaseType } from '../print-types';
import { citeReference, decisionOf, usePrintCase } from '../use-print-case';

const APPEAL =
  '如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

function DecisionTable({ c, type, approved }: { c: PrintCase; type: PrintCaseType; approved: boolean }) {
  const fen = c.approvedAmountFen;
  return (
    <table className="print-fields">
      <tbody>
        <tr>
          <th>申请人</th>
          <td>{c.applicantName}</td>
          <th>身份证号码</th>
          <td>{c.person?.idNumberMasked ?? '—'}</td>
        </tr>
        <tr>
          <th>申请事项</th>
          <td colSpan={3}>{type.name}</td>
        </tr>
        <tr>
          <th>申请日期</th>
          <td>{dateOrBlank(c.appliedOn ?? c.submittedAt)}</td>
          <th>决定日期</th>
          <td>{dateOrBlank(c.decidedOn)}</td>
        </tr>
        <tr>
          <th>审批结果</th>
          <td colSpan={3}>{approved ? '批准' : '不予批准'}</td>
        </tr>
        {approved && c.caseType.paysMoney && fen !== null && (
          <tr>
            <th>核定金额</th>
            <td colSpan={3} data-testid="print-amount">
              人民币 {formatFen(fen)}（大写：{fenInWords(fen)}）
            </td>
          </tr>
        )}
        <tr>
          <th>政策依据</th>
          <td colSpan={3}>{citeReference(type.document)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** 批准通知书 / 不予批准决定书 of a decided case. */
export function ApprovalNoticePrintPage() {
  const { id = '' } = useParams();
  const { detail, type, queries } = usePrintCase(id);
  const c = detail.data;
  const decision = c ? decisionOf(c.status) : null;
  const title = decision === 'rejected' ? '不予批准决定书' : '批准通知书';

  return (
    <PrintPage docTitle={`${title} ${c?.number ?? ''}`} queries={queries}>
      {(letterhead) => {
        if (!c || !type.data) return null;
        if (!decision) {
          return (
            <Result status="info" title="该案件尚未作出审批决定" subTitle={`当前状态：${c.statusLabel}`} />
          );
        }
        const approved = decision === 'approved';
        const cite = citeReference(type.data.document);
        const date = c.decidedOn ?? letterhead.today;
        return (
          <>
            <DocHead letterhead={letterhead} title={title} number={c.number} date={date} />
            <p>{c.applicantName}：</p>
            {approved ? (
              <p className="print-para">
                你（单位）于 {dateOrBlank(c.appliedOn ?? c.submittedAt)} 提出的「{type.data.name}
                」申请，经审核，符合{cite}
                规定的条件，决定予以批准。
                {c.caseType.paysMoney && c.approvedAmountFen !== null
                  ? `核定补贴金额人民币${fenInWords(c.approvedAmountFen)}（¥${yuanFigures(fenToYuan(c.approvedAmountFen))}），按规定拨付。`
                  : ''}
              </p>
            ) : (
              <p className="print-para">
                你（单位）于 {dateOrBlank(c.appliedOn ?? c.submittedAt)} 提出的「{type.data.name}
                」申请，经审核，不符合{cite}
                规定的条件，决定不予批准。理由如下：
              </p>
            )}
            {!approved && (
              <ol>
                {(c.decisionReasons ?? []).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ol>
            )}
            <DecisionTable c={c} type={type.data} approved={approved} />
            {!approved && <p className="print-para">{APPEAL}</p>}
            <p className="print-para">特此通知。</p>
            <SealArea issuer={letterhead.bureau} date={date} />
          </>
        );
      }}
    </PrintPage>
  );
}
