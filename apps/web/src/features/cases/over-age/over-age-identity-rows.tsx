import { chineseDate } from '../../print/print-format';
import { genderText } from './use-over-age-print';

interface IdentityRowsProps {
  name: string;
  gender: string | undefined;
  birthDate: string | undefined;
  idNumberMasked: string | undefined;
}

/** The two identity rows both over-age forms (附件1, 附件2) open with. */
export function IdentityRows({ name, gender, birthDate, idNumberMasked }: IdentityRowsProps) {
  return (
    <>
      <tr>
        <th>姓名</th>
        <td>{name}</td>
        <th>性别</th>
        <td>{genderText(gender)}</td>
      </tr>
      <tr>
        <th>出生日期</th>
        <td>{birthDate ? chineseDate(birthDate) : '—'}</td>
        <th>身份证号码</th>
        <td>{idNumberMasked ?? '—'}</td>
      </tr>
    </>
  );
}
