import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { fetchBase, type IncubationBaseDetail, incubationKey } from '../incubation-api';

type Resident = IncubationBaseDetail['residents'][number];

function BaseContent() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: [...incubationKey, id], queryFn: () => fetchBase(id) });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const b = query.data;
  if (!b) return <PageSpin />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="incubation-base-page">
      <Card title={b.name} extra={<Link to="/entrepreneurship/incubation-bases">返回列表</Link>}>
        <Descriptions size="small" bordered column={2}>
          <Descriptions.Item label="运营单位">{b.operator}</Descriptions.Item>
          <Descriptions.Item label="地址">{b.address}</Descriptions.Item>
          <Descriptions.Item label="启用日期">{b.openedOn}</Descriptions.Item>
          <Descriptions.Item label={`在孵 / 容量（截至${b.asOf}）`}>
            {b.residentsNow} / {b.capacity}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="入驻记录">
        <Table<Resident>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={b.residents}
          locale={{ emptyText: <EmptyState description="暂无入驻记录" /> }}
          columns={[
            { title: '档案编号', dataIndex: 'fileNumber' },
            { title: '姓名', dataIndex: 'personName' },
            { title: '身份证号', dataIndex: 'idNumberMasked' },
            {
              title: '创业实体',
              key: 'business',
              render: (_, r) =>
                r.businessId ? (
                  <Link to={`/entrepreneurship/businesses/${r.businessId}`}>{r.businessName}</Link>
                ) : (
                  '筹备中'
                ),
            },
            { title: '入驻日期', dataIndex: 'enteredOn' },
            { title: '退出日期', dataIndex: 'exitedOn', render: (v: string | null) => v ?? '—' },
            { title: '退出原因', dataIndex: 'exitReason', render: (v: string | null) => v ?? '—' },
          ]}
          data-testid="incubation-residents-table"
        />
      </Card>
    </Space>
  );
}

export function IncubationBasePage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <BaseContent />
    </PermissionGate>
  );
}
