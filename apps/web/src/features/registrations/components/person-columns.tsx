import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { WithPerson } from '../registration-types';

/** The person a registry list row is about: name linking to the person page, masked ID number. */
export function personColumns<T extends WithPerson & { personId: string }>(): ColumnsType<T> {
  return [
    {
      title: '姓名',
      dataIndex: 'personName',
      key: 'name',
      render: (name: string, r) => <Link to={`/persons/${r.personId}`}>{name}</Link>,
    },
    { title: '公民身份号码', dataIndex: 'idNumberMasked', key: 'idNumber' },
  ];
}
