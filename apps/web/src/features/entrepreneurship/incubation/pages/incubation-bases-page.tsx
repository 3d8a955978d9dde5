import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { percent } from '../../../training/progress/progress-api';
import { fetchIncubation, type IncubationBase, incubationKey } from '../incubation-api';

/** 创业孵化基地 with residents now against capacity, and 创业者联谊会 membership (as of today). */
function IncubationContent() {
  const query = useQuery({ queryKey: incubationKey, queryFn: fetchIncubation });
  const d = query.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="incubation-page">
      <Card title={`创业孵化基地${d ? `（截至${d.asOf}）` : ''}`}>
        <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
        <Table<IncubationBase>
          rowKey="id"
          size="small"
          pagination={false}
          loading={query.isFetching}
          dataSource={d?.bases}
          locale={{ emptyText: <EmptyState description="暂无孵化基地" /> }}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (n: string, r) => <Link to={`/entrepreneurship/incubation-bases/${r.id}`}>{n}</Link>,
            },
            { title: '运营单位', dataIndex: 'operator' },
            { title: '地址', dataIndex: 'address' },
            { title: '启用日期', dataIndex: 'openedOn' },
            { title: '容量（户）', dataIndex: 'capacity', align: 'right' },
            { title: '在孵（户）', dataIndex: 'residentsNow', align: 'right' },
            {
              title: '使用率',
              key: 'used',
              align: 'right',
              render: (_, r) => percent(r.residentsNow / r.capacity),
            },
            { title: '累计入驻', dataIndex: 'residentsEver', align: 'right' },
          ]}
          data-testid="incubation-table"
        />
      </Card>
      {d && (
        <Card title="创业者联谊会">
          <Descriptions size="small" bordered column={3} data-testid="association-counts">
            <Descriptions.Item label="现有会员">{d.association.members}</Descriptions.Item>
            <Descriptions.Item label="本年入会">{d.association.joinedThisYear}</Descriptions.Item>
            <Descriptions.Item label="累计退会">{d.association.left}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}

export function IncubationBasesPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <IncubationContent />
    </PermissionGate>
  );
}
