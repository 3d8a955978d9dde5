import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { DocHead, PrintPage } from '../../../print/print-layout';
import { fetchReturnRegister } from '../archives-api';

/** 档案返还登记簿 (第十八条 档案领取要有登记) of a hospital and month, for the receivers' signatures on paper. */
export function ReturnRegisterPrintPage() {
  const [params] = useSearchParams();
  const month = params.get('month') ?? '';
  const hospitalId = params.get('hospitalId') ?? undefined;
  const register = useQuery({
    queryKey: ['print', 'health-check-archives', month, hospitalId],
    queryFn: () => fetchReturnRegister(month, hospitalId),
  });
  const r = register.data;
  return (
    <PrintPage docTitle={`档案返还登记簿 ${month}`} queries={[register]} landscape>
      {(letterhead) =>
        r && (
          <>
            <DocHead
              letterhead={letterhead}
              title="健康（体检）档案返还登记簿"
              number={r.month}
              date={r.generatedOn}
              extra={`体检医院：${r.hospitalName}`}
            />
            <table data-testid="register-table">
              <thead>
                <tr>
                  <th>序号</th>
                  <th>姓名</th>
                  <th>身份证号码</th>
                  <th>参检单位</th>
                  <th>应返还日期</th>
                  <th>返还日期</th>
                  <th>领取方</th>
                  <th>领取人</th>
                  <th>签字</th>
                  <th>备注</th>
                </tr>
              </thead>
              <tbody>
                {r.items.map((row, i) => (
                  <tr key={row.id}>
                    <td className="center">{i + 1}</td>
                    <td>{row.examineeName}</td>
                    <td>{row.idNumberMasked}</td>
                    <td>{row.employerName ?? '—'}</td>
                    <td>{row.dueOn}</td>
                    <td>{row.returnedOn}</td>
                    <td>{row.receiverKindLabel}</td>
                    <td>{row.receiverName}</td>
                    <td className="center">{row.receiverSigned ? '已签字' : '未签字'}</td>
                    <td>{row.late ? '逾期返还' : ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={10}>
                    合计：返还 {r.items.length} 份，其中逾期返还 {r.items.filter((x) => x.late).length} 份
                  </td>
                </tr>
              </tfoot>
            </table>
            <div className="print-signatures">
              <span>登记人：__________</span>
              <span>审核人：__________</span>
            </div>
          </>
        )
      }
    </PrintPage>
  );
}
