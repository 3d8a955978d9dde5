import { useParams } from 'react-router-dom';
import { chineseDate, dateOrBlank } from '../../print/print-format';
import { DocHead, PrintPage } from '../../print/print-layout';
import { IdentityRows } from './over-age-identity-rows';
import { areaLabels, ownershipLabels } from './over-age-types';
import { text, useOverAgePrint, yesNoText } from './use-over-age-print';

const dateText = (v: unknown) => (typeof v === 'string' && v ? chineseDate(v) : '—');

/**
 * 附件1《超龄固定工补缴基本养老保险费和基本医疗保险费申请表》. The seed names the form but does not
 * reproduce its fields; these follow the notice: the six conditions of 第一条, the two insurances of
 * 第二条, the materials of 第四条第（一）项 and the agency's service-year confirmation of 第四条第（二）项.
 */
export function OverAgeApplicationPrintPage() {
  const { id = '' } = useParams();
  const { detail, person, overAge, queries } = useOverAgePrint(id);
  const c = detail.data;
  return (
    <PrintPage docTitle={`超龄固定工补缴申请表 ${c?.number ?? ''}`} queries={queries}>
      {(letterhead) => {
        if (!c || !overAge.data) return null;
        const a = c.application ?? {};
        const p = person.data;
        const conf = overAge.data.confirmation;
        return (
          <>
            <p className="print-small">附件1</p>
            <DocHead
              letterhead={letterhead}
              title="超龄固定工补缴基本养老保险费和基本医疗保险费申请表"
              number={c.number}
              date={c.appliedOn ?? c.createdAt}
              extra={`街道劳动保障中心：${c.org.name}`}
            />
            <table className="print-fields" data-testid="over-age-application-print">
              <tbody>
                <IdentityRows
                  name={c.person?.name ?? c.applicantName}
                  gender={p?.gender}
                  birthDate={p?.birthDate}
                  idNumberMasked={c.person?.idNumberMasked}
                />
                <tr>
                  <th>户籍所在区（市）</th>
                  <td>{areaLabels[String(a.area)] ?? '—'}</td>
                  <th>联系电话</th>
                  <td>{text(a.phone)}</td>
                </tr>
                <tr>
                  <th>现住址</th>
                  <td colSpan={3}>{text(a.address ?? p?.address)}</td>
                </tr>
                <tr>
                  <th>原工作单位</th>
                  <td>{text(a.formerEmployerName)}</td>
                  <th>单位性质</th>
                  <td>{ownershipLabels[String(a.ownership)] ?? '—'}</td>
                </tr>
                <tr>
                  <th>参加工作时间</th>
                  <td>{dateText(a.startedWorkOn)}</td>
                  <th>离开原单位时间</th>
                  <td>{dateText(a.leftEmployerOn)}</td>
                </tr>
                <tr>
                  <th>经劳动部门办理正式就业手续</th>
                  <td>{yesNoText(a.formalEmployment)}</td>
                  <th>本人申报连续工龄（含视同工龄）</th>
                  <td>{a.declaredServiceYears === undefined ? '—' : `${text(a.declaredServiceYears)} 年`}</td>
                </tr>
                <tr>
                  <th>离开单位后参加过基本养老或基本医疗保险</th>
                  <td>{yesNoText(a.insuredSinceLeaving)}</td>
                  <th>已享受定期基本养老待遇</th>
                  <td>{yesNoText(a.receivingPension)}</td>
                </tr>
                <tr>
                  <th>申请事项</th>
                  <td colSpan={3}>
                    一次性补缴城镇企业职工基本养老保险费和城镇职工基本医疗保险费，并按规定享受相关待遇
                  </td>
                </tr>
                <tr>
                  <th>提供材料</th>
                  <td colSpan={3}>本人身份证原件、复印件；户口簿原件、复印件</td>
                </tr>
              </tbody>
            </table>
            <p className="print-para">
              本人承诺以上所填信息及所提供材料真实、有效，如有虚假，愿承担相应法律责任。
            </p>
            <div className="print-signatures">
              <span>申请人（签字）：__________</span>
              <span>申请日期：{dateOrBlank(c.appliedOn)}</span>
            </div>
            <table style={{ marginTop: 24 }}>
              <tbody>
                <tr>
                  <th style={{ width: '20%' }}>街道劳动保障中心意见</th>
                  <td style={{ height: '22mm' }}>（盖章）　　　　年　　月　　日</td>
                </tr>
                <tr>
                  <th>市劳动保险经办机构工龄确认</th>
                  <td style={{ height: '22mm' }}>
                    {conf
                      ? `确认连续工龄 ${conf.serviceYears} 年（其中视同工龄 ${conf.deemedServiceYears} 年），已存入电子档案（编号 ${conf.archiveNumber}）。认定依据：${conf.basis}`
                      : '确认连续工龄＿＿年，电子档案编号＿＿＿＿＿＿'}
                    <br />
                    （盖章）　　{conf ? chineseDate(conf.confirmedAt.slice(0, 10)) : '　　　年　　月　　日'}
                  </td>
                </tr>
              </tbody>
            </table>
          </>
        );
      }}
    </PrintPage>
  );
}
