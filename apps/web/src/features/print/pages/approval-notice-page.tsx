import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { type Answer, dataOf, typedApi } from '../../../app/api/typed-client';
import { formatYuan } from '../../../app/format/money';
import { dateOrBlank } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';

type Notice = Answer<'/api/cases/{id}/approval-notice', 'get'>;

const APPEAL =
  '如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

function DecisionTable({ n }: { n: Notice }) {
  return (
    <table className="print-fields">
      <tbody>
        <tr>
          <th>申请人</th>
          <td>{n.applicantName}</td>
          <th>身份证号码</th>
          <td>{n.idNumberMasked ?? '—'}</td>
        </tr>
        <tr>
          <th>申请事项</th>
          <td colSpan={3}>{n.caseTypeName}</td>
        </tr>
        <tr>
          <th>申请日期</th>
          <td>{dateOrBlank(n.appliedOn)}</td>
          <th>决定日期</th>
          <td>{dateOrBlank(n.decidedOn)}</td>
        </tr>
        <tr>
          <th>审批结果</th>
          <td colSpan={3}>{n.approved ? '批准' : '不予批准'}</td>
        </tr>
        {n.amount ? (
          <tr>
            <th>{n.amount.label}</th>
            <td colSpan={3} data-testid="print-amount">
              人民币 {n.amount.figures}（大写：{n.amount.words}）{n.amount.overridden ? '（经审批调整）' : ''}
            </td>
          </tr>
        ) : null}
        {n.lines.map((l) => (
          <tr key={l.id} data-testid={`print-line-${l.id}`}>
            <th>{l.label}</th>
            <td colSpan={3}>{formatYuan(l.amount)}</td>
          </tr>
        ))}
        <tr>
          <th>政策依据</th>
          <td colSpan={3} data-testid="print-basis">
            {n.basis}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** 批准通知书 / 不予批准决定书 of a decided case, as the server words it (GET /cases/:id/approval-notice). */
export function ApprovalNoticePrintPage() {
  const { id = '' } = useParams();
  const notice = useQuery({
    queryKey: ['print', 'approval-notice', id],
    queryFn: () => dataOf(typedApi.GET('/api/cases/{id}/approval-notice', { params: { path: { id } } })),
  });
  const n = notice.data;

  return (
    <PrintPage docTitle={`${n?.title ?? '批准通知书'} ${n?.caseNumber ?? ''}`} queries={[notice]}>
      {(letterhead) => {
        if (!n) return null;
        const date = n.decidedOn;
        return (
          <>
            <DocHead letterhead={letterhead} title={n.title} number={n.caseNumber} date={date} />
            <p>{n.applicantName}：</p>
            <p className="print-para">
              你（单位）于 {dateOrBlank(n.appliedOn)} 提出的「{n.caseTypeName}」申请，经审核，
              {n.approved
                ? `符合${n.basis}规定的条件，决定予以批准。${
                    n.amount
                      ? `${n.amount.label}人民币${n.amount.words}（${n.amount.figures}），按规定拨付。`
                      : ''
                  }`
                : `不符合${n.basis}规定的条件，决定不予批准。理由如下：`}
            </p>
            {!n.approved && (
              <ol>
                {n.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ol>
            )}
            <DecisionTable n={n} />
            {!n.approved && <p className="print-para">{APPEAL}</p>}
            <p className="print-para">特此通知。</p>
            <SealArea issuer={letterhead.bureau} date={date} />
          </>
        );
      }}
    </PrintPage>
  );
}
