import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { yuanFigures } from '../../../app/format/money';
import { fetchPlanPrint } from '../print-api';
import { amountInWords } from '../print-format';
import { DocHead, PrintPage, SealArea } from '../print-layout';
import type { PlanPrint } from '../print-types';

const paymentStatus: Record<PlanPrint['payments'][number]['status'], string> = {
  pending: '待拨付',
  paid: '已拨付',
  failed: '拨付失败',
  reconciled: '已对账',
};
const planStatus: Record<PlanPrint['status'], string> = {
  draft: '草稿',
  approved: '已审批',
  paid: '已拨付',
  cancelled: '已作废',
};

/** 拨付清单 of a payment plan: one line per payment, totals in figures and in capitals. */
export function PaymentPlanPrintPage() {
  const { id = '' } = useParams();
  const plan = useQuery({ queryKey: ['print', 'payment-plan', id], queryFn: () => fetchPlanPrint(id) });
  const p = plan.data;

  return (
    <PrintPage docTitle={`拨付清单 ${p?.number ?? ''}`} queries={[plan]}>
      {(letterhead) => {
        if (!p) return null;
        const date = p.approvedAt ?? p.createdAt;
        return (
          <>
            <DocHead
              letterhead={letterhead}
              title="拨付清单"
              number={p.number}
              date={date}
              extra={`用款计划：${p.title}（${planStatus[p.status]}）`}
            />
            <table>
              <thead>
                <tr>
                  <th>序号</th>
                  <th>案件编号</th>
                  <th>收款人</th>
                  <th className="num">金额（元）</th>
                  <th>状态</th>
                  <th>银行流水号</th>
                </tr>
              </thead>
              <tbody>
                {p.payments.map((pay, i) => (
                  <tr key={pay.id}>
                    <td className="center">{i + 1}</td>
                    <td>{pay.caseNumber}</td>
                    <td>{pay.payeeName}</td>
                    <td className="num">{yuanFigures(pay.amount)}</td>
                    <td>{paymentStatus[pay.status]}</td>
                    <td>{pay.bankReference ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={3}>合计：{p.totals.count} 笔</td>
                  <td className="num" data-testid="print-total">
                    {yuanFigures(p.totals.amount)}
                  </td>
                  <td colSpan={2} />
                </tr>
                <tr>
                  <td colSpan={6}>合计金额（大写）：{amountInWords(p.totals.amount)}</td>
                </tr>
              </tfoot>
            </table>
            {p.note && <p className="print-para">备注：{p.note}</p>}
            <div className="print-signatures">
              <span>经办人：__________</span>
              <span>复核人：__________</span>
              <span>财务负责人：__________</span>
            </div>
            <SealArea issuer={letterhead.bureau} date={date} />
          </>
        );
      }}
    </PrintPage>
  );
}
