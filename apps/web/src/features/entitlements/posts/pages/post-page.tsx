import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { EndPostModal } from '../components/end-post-modal';
import { ExtensionModal } from '../components/extension-modal';
import { clockView } from '../post-clock-view';
import { fetchPost, type PostDetail, postsKey } from '../posts-api';
import { PostStateTag } from './posts-page';

type PostEntitlement = PostDetail['entitlements'][number];

const entitlementStatusLabels: Record<PostEntitlement['status'], string> = {
  active: '发放中',
  stopped: '已停发',
  ended: '已到期',
};

function Clock({ post }: { post: PostDetail }) {
  const v = clockView(post);
  return (
    <Card title="补贴期限（3年）" size="small" data-testid="post-clock">
      <Progress
        percent={v.percent}
        status={v.status}
        format={() => v.text}
        aria-label={`补贴期限 ${v.text}`}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <Typography.Text>{v.note}</Typography.Text>
        {post.is4050 && !post.endedOn && !post.extensionApprovedAt && post.nearEnd && (
          <Tag color="orange" data-testid="post-4050-tag">
            4050人员可申请延长
          </Tag>
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label="起算月份">{post.sinceMonth}</Descriptions.Item>
        <Descriptions.Item label="一般期限至">{post.generalEndMonth}</Descriptions.Item>
        <Descriptions.Item label="尚余">{`${post.monthsLeft}个月`}</Descriptions.Item>
        <Descriptions.Item label="“4050”人员" span={3}>
          {post.is4050Reason}
        </Descriptions.Item>
        {post.extensionApprovedAt && (
          <Descriptions.Item label="延长审核意见" span={3}>
            {`${post.extensionNote ?? ''}（${post.extensionApprovedAt.slice(0, 10)} 同意）`}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function PostView({ id }: { id: string }) {
  const can = usePermissions();
  const post = useQuery({ queryKey: [...postsKey, id], queryFn: () => fetchPost(id) });
  const [modal, setModal] = useState<'end' | 'extension' | null>(null);
  if (post.error) return <QueryErrorResult error={post.error} onRetry={() => void post.refetch()} />;
  if (!post.data) return <PageSpin />;
  const p = post.data;
  const open = p.endedOn === null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <PageTitle>{`公益性岗位：${p.holderName}（${p.title}）`}</PageTitle>
            <PostStateTag post={p} />
          </Space>
        }
        extra={
          <Space wrap>
            {open && can('entitlement:run') && p.extensionAllowed && (
              <Button type="primary" onClick={() => setModal('extension')} data-testid="post-extension">
                同意延长
              </Button>
            )}
            {open && can('entitlement:manage') && (
              <Button danger onClick={() => setModal('end')} data-testid="post-end">
                结束岗位
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="在岗人员">
            <Link to={`/persons/${p.holderPersonId}`}>{p.holderName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="证件号码">{p.holderIdNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="用人单位">
            <Link to={`/employers/${p.employerId}`}>{p.employerName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="岗位类别">{p.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="岗位名称">{p.title}</Descriptions.Item>
          <Descriptions.Item label="上岗日期">{p.startOn}</Descriptions.Item>
          <Descriptions.Item label="连续就业首个补贴月份">
            {p.continuousSinceMonth ?? '（按上岗月份）'}
          </Descriptions.Item>
          <Descriptions.Item label="结束">
            {p.endedOn ? `${p.endedOn}：${p.endReason ?? ''}` : '在岗'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Clock post={p} />
      <Card title="定期待遇" size="small">
        <Table<PostEntitlement>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.entitlements}
          locale={{ emptyText: <EmptyState description="该岗位暂无定期待遇" /> }}
          data-testid="post-entitlements"
          columns={[
            {
              title: '编号',
              key: 'number',
              render: (_: unknown, e) => <Link to={`/entitlements/${e.id}`}>{e.number}</Link>,
            },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, e) => entitlementStatusLabels[e.status],
            },
            { title: '起始月份', dataIndex: 'startMonth', key: 'start' },
            { title: '终止月份', key: 'end', render: (_: unknown, e) => e.endMonth ?? '—' },
            { title: '已列至', key: 'listed', render: (_: unknown, e) => e.listedThroughMonth ?? '尚未发放' },
          ]}
        />
      </Card>
      {modal === 'end' && <EndPostModal post={p} onClose={() => setModal(null)} />}
      {modal === 'extension' && <ExtensionModal post={p} onClose={() => setModal(null)} />}
    </Space>
  );
}

/** 公益性岗位: the holder, the employer, the 3-year clock, and 结束岗位 / 同意延长. */
export function PostPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="entitlement:read">
      <PostView id={id!} />
    </PermissionGate>
  );
}
