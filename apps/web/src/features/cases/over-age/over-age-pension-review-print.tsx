import { useParams } from 'react-router-dom';
import { formatYuan } from '../../../app/format/money';
import { chineseDate } from '../../print/print-format';
import { PrintPage, SealArea } from '../../print/print-layout';
import { IdentityRows } from './over-age-identity-rows';
import { type BillLine, monthText } from './over-age-types';
import { text, useOverAgePrint } from './use-over-age-print';

const amount = (lines: BillLine[] | undefined, id: string) => {
  const line = lines?.find((l) => l.id === id);
  return formatYuan(line?.amountYuan);
};

/**
 * 附件2《原国有、集体企业固定工领取养老待遇审查表》 (so headed on the attached form; 第四条第（三）项
 * calls it 享受养老待遇审查表): the street centre's number and name as the seed's form starts, then the
 * confirmed years, the paid back-payment and the pension of 第三条 as frozen at review.
 */
export function OverAgePensionReviewPrintPage() {
  const { id = '' } = useParams();
  const { detail, person, overAge, queries } = useOverAgePrint(id);
  const c = detail.data;
  return (
    <PrintPage docTitle={`养老待遇审查表 ${c?.number ?? ''}`} queries={queries}>
      {(letterhead) => {
        if (!c || !overAge.data) return null;
        const { confirmation: conf, bill, payment } = overAge.data;
        const a = c.application ?? {};
        const p = person.data;
        return (
          <>
            <p className="print-small">附件2</p>
            <p className="print-bureau">{letterhead.bureau}</p>
            <h1 className="print-title">原国有、集体企业固定工领取养老待遇审查表</h1>
            <div className="print-meta">
              <span>街道劳动保障中心编号：{c.org.id}</span>
              <span>街道劳动保障中心名称：{c.org.name}</span>
            </div>
            <table className="print-fields" data-testid="over-age-pension-review-print">
              <tbody>
                <IdentityRows
                  name={c.person?.name ?? c.applicantName}
                  gender={p?.gender}
                  birthDate={p?.birthDate}
                  idNumberMasked={c.person?.idNumberMasked}
                />
                <tr>
                  <th>原工作单位</th>
                  <td>{text(a.formerEmployerName)}</td>
                  <th>离开原单位时间</th>
                  <td>{typeof a.leftEmployerOn === 'string' ? chineseDate(a.leftEmployerOn) : '—'}</td>
                </tr>
                <tr>
                  <th>确认连续工龄</th>
                  <td>
                    {conf ? `${conf.serviceYears} 年（其中视同工龄 ${conf.deemedServiceYears} 年）` : '—'}
                  </td>
                  <th>电子档案编号</th>
                  <td>{conf?.archiveNumber ?? '—'}</td>
                </tr>
                <tr>
                  <th>补缴基本养老保险费</th>
                  <td>{amount(bill?.lines, 'pension_backpay')}</td>
                  <th>其中记入个人账户</th>
                  <td>{amount(bill?.lines, 'pension_personal_account')}</td>
                </tr>
                <tr>
                  <th>补缴基本医疗保险费</th>
                  <td>{amount(bill?.lines, 'medical_backpay')}</td>
                  <th>补缴合计</th>
                  <td>{formatYuan(bill?.totalYuan)}</td>
                </tr>
                <tr>
                  <th>缴费收据号</th>
                  <td>{payment?.receiptNumber ?? '—'}</td>
                  <th>缴费日期</th>
                  <td>{payment ? chineseDate(payment.paidOn) : '—'}</td>
                </tr>
                <tr>
                  <th>基础养老金（月）</th>
                  <td>{amount(bill?.monthlyPension, 'monthly_basic_pension')}</td>
                  <th>过渡性养老金（月）</th>
                  <td>{amount(bill?.monthlyPension, 'monthly_transitional_pension')}</td>
                </tr>
                <tr>
                  <th>个人账户养老金（月）</th>
                  <td>{amount(bill?.monthlyPension, 'monthly_account_pension')}</td>
                  <th>基本养老金合计（月）</th>
                  <td>{amount(bill?.monthlyPension, 'monthly_pension')}</td>
                </tr>
                <tr>
                  <th>养老待遇起发月份</th>
                  <td>{monthText(overAge.data.pensionStartMonth ?? bill?.pensionStartMonth)}</td>
                  <th>医疗待遇起始月份</th>
                  <td>{monthText(bill?.medicalBenefitsFromMonth)}</td>
                </tr>
                <tr>
                  <th>审查意见</th>
                  <td colSpan={3} style={{ height: '24mm' }}>
                    {bill
                      ? `经审查符合青劳社〔2024〕69号规定条件，同意自${monthText(bill.pensionStartMonth)}起享受养老待遇。`
                      : ''}
                  </td>
                </tr>
              </tbody>
            </table>
            <p className="print-para print-small">
              补缴的医疗保险费不补记个人账户，此前发生的医疗费用不予报销（第三条第（二）项）。
            </p>
            <div className="print-signatures">
              <span>经办人：__________</span>
              <span>复核人：__________</span>
            </div>
            <SealArea
              issuer="区（市）劳动保险经办机构"
              date={payment?.paidOn ?? c.decidedOn ?? c.createdAt}
            />
          </>
        );
      }}
    </PrintPage>
  );
}
