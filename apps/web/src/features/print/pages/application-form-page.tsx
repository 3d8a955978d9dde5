import { useParams } from 'react-router-dom';
import { dateOrBlank } from '../print-format';
import { DocHead, PrintPage } from '../print-layout';
import { usePrintCase } from '../use-print-case';

// Declared data keys the forms know by name; others print under their key.
const fieldLabels: Record<string, string> = {
  part: '申领项目',
  organisedLocally: '培训鉴定由本市组织',
  remark: '备注',
  rosterRow: '花名册行号',
};
const valueLabels: Record<string, string> = {
  both: '培训费和鉴定费',
  training: '培训费',
  appraisal: '鉴定费',
};

function showValue(v: unknown): string {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return valueLabels[v] ?? v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** A generic application form (申请表) of a case: applicant, declared data, materials checklist. */
export function ApplicationFormPrintPage() {
  const { id = '' } = useParams();
  const { detail, type, queries } = usePrintCase(id);
  const c = detail.data;

  return (
    <PrintPage docTitle={`申请表 ${c?.number ?? ''}`} queries={queries}>
      {(letterhead) => {
        if (!c || !type.data) return null;
        const declared = Object.entries(c.application ?? {});
        const date = c.appliedOn ?? c.submittedAt ?? c.createdAt;
        return (
          <>
            <DocHead
              letterhead={letterhead}
              title={`${type.data.name}申请表`}
              number={c.number}
              date={date}
              extra={`受理机构：${c.org.name}`}
            />
            <table className="print-fields">
              <tbody>
                <tr>
                  <th>申请人</th>
                  <td>{c.applicantName}</td>
                  <th>申请人类型</th>
                  <td>{c.applicantKindLabel}</td>
                </tr>
                <tr>
                  <th>姓名</th>
                  <td>{c.person?.name ?? '—'}</td>
                  <th>身份证号码</th>
                  <td>{c.person?.idNumberMasked ?? '—'}</td>
                </tr>
                <tr>
                  <th>申请事项</th>
                  <td colSpan={3}>{type.data.name}</td>
                </tr>
                <tr>
                  <th>申请日期</th>
                  <td>{dateOrBlank(c.appliedOn ?? c.submittedAt)}</td>
                  <th>案件状态</th>
                  <td>{c.statusLabel}</td>
                </tr>
                {declared.map(([key, value]) => (
                  <tr key={key}>
                    <th>{fieldLabels[key] ?? key}</th>
                    <td colSpan={3}>{showValue(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2 style={{ fontSize: '13pt', marginTop: 12 }}>申请材料清单</h2>
            <table>
              <thead>
                <tr>
                  <th style={{ width: '8%' }}>序号</th>
                  <th>材料名称</th>
                  <th style={{ width: '12%' }}>是否必需</th>
                  <th style={{ width: '12%' }}>已提供</th>
                  <th style={{ width: '26%' }}>备注</th>
                </tr>
              </thead>
              <tbody>
                {c.materials.map((m, i) => (
                  <tr key={m.code}>
                    <td className="center">{i + 1}</td>
                    <td>{m.label}</td>
                    <td className="center">{m.required ? '必需' : '可选'}</td>
                    <td className="center">{m.provided ? '☑' : '☐'}</td>
                    <td>{m.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="print-para">
              本人（单位）承诺以上所填信息及所提供材料真实、有效，如有虚假，愿承担相应法律责任。
            </p>
            <div className="print-signatures">
              <span>申请人（签字或盖章）：__________</span>
              <span>日期：____年__月__日</span>
            </div>
            <table style={{ marginTop: 24 }}>
              <tbody>
                <tr>
                  <th style={{ width: '20%' }}>受理意见</th>
                  <td style={{ height: '28mm' }}>
                    <div className="print-seal" style={{ marginTop: '14mm' }}>
                      <span>经办人：__________　　{c.org.name}（盖章）　　____年__月__日</span>
                    </div>
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
