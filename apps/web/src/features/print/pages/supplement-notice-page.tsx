import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { fetchSupplementNotice, markSupplementNoticePrinted } from '../print-api';
import { dateOrBlank } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';

/** 一次性补正材料告知书: every missing item at once, for the applicant to sign for. */
export function SupplementNoticePrintPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const notice = useQuery({
    queryKey: ['print', 'supplement-notice', id],
    queryFn: () => fetchSupplementNotice(id),
  });
  const markPrinted = useMutation({
    mutationFn: () => markSupplementNoticePrinted(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['print', 'supplement-notice', id] }),
  });
  // Only the station that hands the notice over records it, and only the first print.
  const onPrinted = () => {
    if (can('case:accept') && notice.data && !notice.data.printed && !markPrinted.isPending)
      markPrinted.mutate();
  };
  const n = notice.data;

  return (
    <PrintPage docTitle={`一次性补正材料告知书 ${n?.number ?? ''}`} queries={[notice]} onPrinted={onPrinted}>
      {(letterhead) =>
        n && (
          <>
            <DocHead
              letterhead={letterhead}
              title={n.title}
              number={n.number}
              date={n.issuedAt}
              extra={`案件编号：${n.caseNumber}`}
            />
            <p>{n.applicantName}：</p>
            <p className="print-para">
              您申请办理的「{n.caseTypeName}」事项（案件编号 {n.caseNumber}
              ），经审查，申请材料不齐全。现将需要补正的全部材料一次性告知如下：
            </p>
            <table>
              <thead>
                <tr>
                  <th style={{ width: '10%' }}>序号</th>
                  <th>需补正的材料</th>
                  <th style={{ width: '40%' }}>说明</th>
                </tr>
              </thead>
              <tbody>
                {n.items.map((item, i) => (
                  <tr key={`${item.code}:${item.label}`}>
                    <td className="center">{i + 1}</td>
                    <td>{item.label}</td>
                    <td>{item.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {n.note && <p className="print-para">补充说明：{n.note}</p>}
            <p className="print-para">
              请于 {dateOrBlank(n.supplementBy)}{' '}
              前补齐上述全部材料后重新提交。补正期间不计入办理时限；逾期未补正的，视为放弃申请。
            </p>
            <p className="print-para">特此告知。</p>
            <SealArea issuer={n.issuingOrgName ?? letterhead.bureau} date={n.issuedAt} />
            <div className="print-signatures">
              <span>经办人：{n.issuedByName}</span>
              <span>申请人（签收）：__________</span>
              <span>签收日期：____年__月__日</span>
            </div>
            <p className="print-small" style={{ marginTop: 24 }}>
              本告知书一式两份，申请人与经办机构各执一份。
            </p>
          </>
        )
      }
    </PrintPage>
  );
}
