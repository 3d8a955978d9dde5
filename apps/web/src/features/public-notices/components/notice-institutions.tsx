import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { occupationsText } from '../../training/institutions/institutions-api';
import type { NoticeDetail } from '../notice-types';

/** The institutions a notice of 拟认定定点培训机构 lists (instead of a list of cases). */
export function NoticeInstitutions({ institutions }: { institutions: NoticeDetail['institutions'] }) {
  return (
    <Card title={`拟认定定点培训机构（${institutions.length} 家）`}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={institutions}
        data-testid="notice-institutions"
        columns={[
          {
            title: '机构名称',
            dataIndex: 'name',
            key: 'name',
            render: (v: string, r) => <Link to={`/training/institutions/${r.id}`}>{v}</Link>,
          },
          { title: '地址', dataIndex: 'address', key: 'address' },
          {
            title: '培训职业及等级',
            key: 'occupations',
            render: (_: unknown, r) => occupationsText(r.occupations),
          },
        ]}
      />
    </Card>
  );
}
