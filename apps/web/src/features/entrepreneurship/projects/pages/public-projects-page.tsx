import { useQuery } from '@tanstack/react-query';
import { Layout, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { fetchPublicProjects, type PublicProjects, projectSourceLabels } from '../projects-api';

type Item = PublicProjects['items'][number];

/** 创业项目资源库, open to trainees without signing in: published projects, no personal data. */
export function PublicProjectsPage() {
  const list = useQuery({ queryKey: ['public', 'entrepreneurship-projects'], queryFn: fetchPublicProjects });
  if (list.isLoading) return <PageSpin />;
  if (!list.data) return <QueryErrorResult error={list.error} />;
  return (
    <Layout style={{ minHeight: '100vh', padding: 24 }}>
      <Layout.Content style={{ maxWidth: 1100, margin: '0 auto', width: '100%' }}>
        <Typography.Title level={2}>创业项目资源库</Typography.Title>
        <Typography.Paragraph type="secondary">
          经专家论证可行并发布的创业项目（截至 {list.data.asOf}
          ）。有意向的学员请联系所在街道（乡镇）劳动保障事务所。
          <Link to="/login">工作人员登录</Link>
        </Typography.Paragraph>
        <Table<Item>
          rowKey="number"
          pagination={false}
          dataSource={list.data.items}
          locale={{ emptyText: <EmptyState description="暂无发布的项目" /> }}
          data-testid="public-projects"
          columns={[
            { title: '编号', dataIndex: 'number', key: 'number' },
            { title: '项目', dataIndex: 'name', key: 'name' },
            { title: '行业', dataIndex: 'sector', key: 'sector' },
            {
              title: '来源',
              dataIndex: 'source',
              key: 'source',
              render: (s: Item['source']) => projectSourceLabels[s],
            },
            { title: '简介', dataIndex: 'summary', key: 'summary' },
            {
              title: '投资额',
              dataIndex: 'investment',
              key: 'investment',
              render: (v: string) => formatYuan(v),
            },
            {
              title: '预计带动就业',
              dataIndex: 'expectedJobs',
              key: 'jobs',
              render: (n: number) => `${n} 人`,
            },
            { title: '发布日期', dataIndex: 'publishedOn', key: 'publishedOn' },
          ]}
        />
      </Layout.Content>
    </Layout>
  );
}
