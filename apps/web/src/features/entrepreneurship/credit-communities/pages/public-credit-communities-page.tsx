import { useQuery } from '@tanstack/react-query';
import { Layout, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { fetchPublicCommunities, type PublicCommunities } from '../credit-communities-api';

type Row = PublicCommunities['items'][number];

/** 小额担保贷款信用社区名单 for everyone, without signing in: communities and figures, no person. */
export function PublicCreditCommunitiesPage() {
  const list = useQuery({ queryKey: ['public', 'credit-communities'], queryFn: fetchPublicCommunities });
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Content style={{ maxWidth: 1000, margin: '0 auto', padding: 24, width: '100%' }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Link to="/login">登录系统</Link>
          <Typography.Title level={3} style={{ textAlign: 'center' }}>
            小额担保贷款信用社区名单
          </Typography.Title>
          {list.isPending && <PageSpin />}
          {list.error && <QueryErrorResult error={list.error} onRetry={() => list.refetch()} />}
          {list.data && (
            <>
              <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
                截至 {list.data.asOf}
                。信用社区内符合条件的借款人申请小额担保贷款，经资信评估可免除反担保手续。
              </Typography.Paragraph>
              <Table<Row>
                rowKey={(r) => `${r.streetName}-${r.communityName}`}
                pagination={false}
                dataSource={list.data.items}
                data-testid="public-credit-communities"
                locale={{ emptyText: <EmptyState description="暂无信用社区" /> }}
                columns={[
                  { title: '社区', dataIndex: 'communityName' },
                  { title: '街道（乡镇）', dataIndex: 'streetName' },
                  { title: '认定年度', dataIndex: 'year' },
                  { title: '公布日期', dataIndex: 'publishedOn' },
                  { title: '当年贷款人数', dataIndex: 'borrowers', align: 'right' },
                  { title: '当年发放总额（元）', dataIndex: 'issued', align: 'right' },
                  {
                    title: '到期贷款回收率',
                    key: 'rate',
                    align: 'right',
                    render: (_, r) => (r.recoveryRatePercent ? `${r.recoveryRatePercent}%` : '—'),
                  },
                ]}
              />
            </>
          )}
        </Space>
      </Layout.Content>
    </Layout>
  );
}
