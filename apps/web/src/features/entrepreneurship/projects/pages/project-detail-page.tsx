import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { usePermissions } from '../../../../app/auth/use-me';
import { useBureauToday } from '../../../../app/bureau-clock';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { fetchFiles } from '../../files/files-api';
import {
  fetchProject,
  type ProjectDetail,
  projectSourceLabels,
  projectStatusColors,
  projectStatusLabels,
  projectsKey,
  recommendProject,
  recordProjectChoice,
} from '../projects-api';

type Taker = ProjectDetail['takers'][number];
const choiceLabels = { recommended: '已推荐', taken: '已采用', declined: '未采用' } as const;

/** One project and the trainees it was recommended to, who took it or declined it. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const today = useBureauToday();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const project = useQuery({ queryKey: [...projectsKey, 'detail', id], queryFn: () => fetchProject(id) });
  const [q, setQ] = useState('');
  const files = useQuery({
    queryKey: ['entrepreneurship', 'files', 'picker', q],
    queryFn: () => fetchFiles(q, 1),
    enabled: q !== '',
  });
  const act = useMutation({
    mutationFn: (work: () => Promise<unknown>) => work(),
    onSuccess: () => {
      message.success('已保存');
      void queryClient.invalidateQueries({ queryKey: projectsKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (project.isLoading) return <PageSpin />;
  if (!project.data) return <QueryErrorResult error={project.error} />;
  const p = project.data;
  const write = can('entrepreneurship:write');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {p.number} {p.name}
          </Typography.Title>
        }
        extra={<Tag color={projectStatusColors[p.status]}>{projectStatusLabels[p.status]}</Tag>}
      >
        <Descriptions column={3} size="small">
          <Descriptions.Item label="行业">{p.sector}</Descriptions.Item>
          <Descriptions.Item label="来源">{projectSourceLabels[p.source]}</Descriptions.Item>
          <Descriptions.Item label="投资额">{formatYuan(p.investment)}</Descriptions.Item>
          <Descriptions.Item label="预计就业">{p.expectedJobs} 人</Descriptions.Item>
          <Descriptions.Item label="论证">
            {p.reviewExpertName ? `${p.reviewExpertName}：${p.reviewOpinion ?? '待论证'}` : '未指派'}
          </Descriptions.Item>
          <Descriptions.Item label="发布日期">{p.publishedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="简介" span={3}>
            {p.summary}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={
          <Typography.Title level={5} style={{ margin: 0 }}>
            推荐与采用
          </Typography.Title>
        }
        extra={
          write &&
          p.status === 'published' && (
            <Select
              showSearch={{ filterOption: false, onSearch: (t) => setQ(t.trim()) }}
              style={{ width: 280 }}
              aria-label="推荐给学员"
              placeholder="输入姓名或档案编号推荐给学员"
              options={(files.data ?? []).map((f) => ({ value: f.id, label: `${f.number} ${f.name}` }))}
              onChange={(fileId: string) => act.mutate(() => recommendProject(p.id, fileId))}
              value={null}
            />
          )
        }
      >
        <Table<Taker>
          rowKey="linkId"
          pagination={false}
          dataSource={p.takers}
          locale={{ emptyText: <EmptyState description="尚未推荐给学员" /> }}
          columns={[
            {
              title: '档案',
              dataIndex: 'fileNumber',
              key: 'file',
              render: (n: string, t) => <Link to={`/entrepreneurship/files/${t.fileId}`}>{n}</Link>,
            },
            { title: '学员', dataIndex: 'name', key: 'name' },
            { title: '推荐日期', dataIndex: 'recommendedOn', key: 'recommendedOn' },
            {
              title: '结果',
              dataIndex: 'status',
              key: 'status',
              render: (s: Taker['status']) => choiceLabels[s],
            },
            { title: '日期', dataIndex: 'takenOn', key: 'takenOn', render: (d: string | null) => d ?? '—' },
            {
              title: '操作',
              key: 'op',
              render: (_: unknown, t) =>
                write &&
                t.status === 'recommended' && (
                  <Space>
                    <Button
                      size="small"
                      onClick={() =>
                        act.mutate(() => recordProjectChoice(t.linkId, { status: 'taken', on: today }))
                      }
                    >
                      采用
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        act.mutate(() => recordProjectChoice(t.linkId, { status: 'declined', on: today }))
                      }
                    >
                      未采用
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
