import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Layout, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import {
  fetchPublicInstitutions,
  levelLabels,
  occupationsText,
  type PublicInstitutions,
} from '../institutions-api';

type PublicInstitution = PublicInstitutions['items'][number];
type PublicClass = PublicInstitution['classes'][number];

function InstitutionCard({ institution: i }: { institution: PublicInstitution }) {
  return (
    <Card
      title={i.name}
      extra={<Tag color={i.status === 'designated' ? 'success' : 'warning'}>{i.statusLabel}</Tag>}
      style={{ breakInside: 'avoid' }}
      data-testid="public-institution"
    >
      <Descriptions column={2} size="small">
        <Descriptions.Item label="地址" span={2}>
          {i.address}
        </Descriptions.Item>
        <Descriptions.Item label="培训职业及等级" span={2}>
          {occupationsText(i.occupations)}
        </Descriptions.Item>
        <Descriptions.Item label="认定有效期" span={2}>
          {i.validFrom} 至 {i.validTo}
        </Descriptions.Item>
        {i.rectification && (
          <Descriptions.Item label="整改情况" span={2}>
            {i.rectification.reason}（整改期限 {i.rectification.rectifyBy}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<PublicClass>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={i.classes}
        locale={{ emptyText: <EmptyState description="暂无开班计划" /> }}
        columns={[
          { title: '职业', dataIndex: 'occupation', key: 'occupation' },
          {
            title: '等级',
            dataIndex: 'level',
            key: 'level',
            render: (l: number | null) => (l ? levelLabels[l] : '—'),
          },
          { title: '课时', dataIndex: 'hours', key: 'hours', align: 'right' },
          { title: '培训日期', key: 'dates', render: (_: unknown, c) => `${c.startsOn} 至 ${c.endsOn}` },
          { title: '地点', dataIndex: 'place', key: 'place' },
          { title: '名额', dataIndex: 'capacity', key: 'capacity', align: 'right' },
          { title: '状态', dataIndex: 'statusLabel', key: 'status' },
        ]}
      />
    </Card>
  );
}

/**
 * 定点培训机构名单 for everyone, without signing in (社会公示和公布): read-only and printable; it
 * shows institutions and classes, never a person.
 */
export function PublicTrainingPage() {
  const list = useQuery({ queryKey: ['public', 'training-institutions'], queryFn: fetchPublicInstitutions });
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <style>{'@media print { .public-training-tools { display: none !important; } }'}</style>
      <Layout.Content style={{ maxWidth: 1100, margin: '0 auto', padding: 24, width: '100%' }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }} className="public-training-tools">
            <Link to="/login">登录系统</Link>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => window.print()}
              data-testid="public-training-print"
            >
              打印
            </Button>
          </Space>
          <Typography.Title level={3} style={{ textAlign: 'center' }}>
            再就业培训定点机构名单及开班信息
          </Typography.Title>
          {list.isPending && <PageSpin />}
          {list.error && <QueryErrorResult error={list.error} onRetry={() => list.refetch()} />}
          {list.data && (
            <>
              <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
                截至 {list.data.asOf}，共 {list.data.items.length}{' '}
                家定点培训机构。下岗失业人员等可就近选择培训项目，向机构或所在街道（乡镇）劳动保障所咨询报名。
              </Typography.Paragraph>
              {list.data.items.length === 0 && <EmptyState description="暂无定点培训机构" />}
              <div data-testid="public-institutions">
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  {list.data.items.map((i) => (
                    <InstitutionCard key={i.id} institution={i} />
                  ))}
                </Space>
              </div>
            </>
          )}
        </Space>
      </Layout.Content>
    </Layout>
  );
}
