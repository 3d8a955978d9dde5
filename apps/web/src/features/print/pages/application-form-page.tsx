import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { fetchCaseFacts } from '../../cases/facts/case-facts-api';
import { factText, fieldNameMap } from '../../cases/facts/fact-text';
import { dateOrBlank } from '../print-format';
import { DocHead, PrintPage } from '../print-layout';
import { usePrintCase } from '../use-print-case';

/**
 * A generic application form (申请表) of a case: applicant, the policy's fields with their Chinese
 * titles and values in words (GET /cases/:id/facts), the remark, materials checklist.
 */
export function ApplicationFormPrintPage() {
  const { id = '' } = useParams();
  const { detail, type, queries } = usePrintCase(id);
  const facts = useQuery({ queryKey: ['print', 'facts', id], queryFn: () => fetchCaseFacts(id) });
  const c = detail.data;

  return (
    <PrintPage docTitle={`申请表 ${c?.number ?? ''}`} queries={[...queries, facts]}>
      {(letterhead) => {
        if (!c || !type.data || !facts.data) return null;
        const fields = facts.data.fields;
        const names = fieldNameMap(fields);
        const remark = typeof c.application?.remark === 'string' ? c.application.remark : '';
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
                {fields
                  .filter((f) => !f.group)
                  .map((f) => {
                    const path = f.path.join('.');
                    return (
                      <tr key={path}>
                        <th>{f.titles.join(' · ')}</th>
                        <td colSpan={3}>{factText(f.value, path, names) || '—'}</td>
                      </tr>
                    );
                  })}
                {remark ? (
                  <tr>
                    <th>备注</th>
                    <td colSpan={3}>{remark}</td>
                  </tr>
                ) : null}
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
