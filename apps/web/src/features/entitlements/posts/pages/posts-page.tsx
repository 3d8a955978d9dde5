import { Button, Card, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageTitle } from '../../../../app/ui/page-title';
import { PagedTable } from '../../../../app/ui/paged-table';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { usePagedList } from '../../../../app/ui/use-paged-list';
import { PostFormModal } from '../components/post-form-modal';
import { fetchPosts, type PostFilters, type PostItem, type PostStatus, postsKey } from '../posts-api';

const statusOptions = [
  { value: 'open', label: '在岗' },
  { value: 'ended', label: '已结束' },
];

export function PostStateTag({
  post,
}: {
  post: Pick<PostItem, 'endedOn' | 'extensionApprovedAt' | 'nearEnd' | 'is4050'>;
}) {
  if (post.endedOn) return <Tag>已结束</Tag>;
  if (post.extensionApprovedAt) return <Tag color="green">已同意延长</Tag>;
  if (post.nearEnd && post.is4050) return <Tag color="orange">4050人员可申请延长</Tag>;
  if (post.nearEnd) return <Tag color="red">即将届满</Tag>;
  return <Tag color="blue">在岗</Tag>;
}

function Posts() {
  const navigate = useNavigate();
  const can = usePermissions();
  const [adding, setAdding] = useState(false);
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...postsKey, 'list'],
    initialFilters: { status: 'open' } as PostFilters,
    fetch: fetchPosts,
  });
  return (
    <Card
      title={<PageTitle>公益性岗位台账</PageTitle>}
      extra={
        can('entitlement:manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="post-add">
            登记岗位
          </Button>
        )
      }
    >
      <PagedTable<PostItem>
        filters={
          <>
            <Select
              allowClear
              placeholder="状态"
              aria-label="状态"
              style={{ width: 160 }}
              value={filters.status}
              options={statusOptions}
              onChange={(status?: PostStatus) => applyFilters({ ...filters, status })}
              data-testid="posts-status"
            />
            <Input.Search
              allowClear
              placeholder="在岗人员姓名"
              aria-label="在岗人员姓名"
              maxLength={50}
              style={{ width: 220 }}
              onSearch={(q) => applyFilters({ ...filters, q: q.trim() || undefined })}
              data-testid="posts-search"
            />
          </>
        }
        query={query}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="暂无公益性岗位"
        onRow={(p) => ({
          onClick: () => navigate(`/entitlements/posts/${p.id}`),
          style: { cursor: 'pointer' },
        })}
        data-testid="posts-table"
        columns={[
          {
            title: '在岗人员',
            key: 'holder',
            render: (_: unknown, p) => <Link to={`/entitlements/posts/${p.id}`}>{p.holderName}</Link>,
          },
          { title: '证件号码', dataIndex: 'holderIdNumberMasked', key: 'id' },
          { title: '岗位', dataIndex: 'title', key: 'title' },
          { title: '类别', dataIndex: 'kindLabel', key: 'kind', ellipsis: true },
          { title: '用人单位', dataIndex: 'employerName', key: 'employer', ellipsis: true },
          { title: '上岗日期', dataIndex: 'startOn', key: 'start', width: 110 },
          {
            title: '3年期限',
            key: 'clock',
            render: (_: unknown, p) => `${p.monthsUsed}/${p.generalMaxMonths}个月，至${p.generalEndMonth}`,
          },
          { title: '状态', key: 'state', render: (_: unknown, p) => <PostStateTag post={p} /> },
        ]}
      />
      {adding && <PostFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}

/** 公益性岗位台账: the posts of the officer's area, their holders and the 3-year clock. */
export function PostsPage() {
  return (
    <PermissionGate permission="entitlement:read">
      <Posts />
    </PermissionGate>
  );
}
