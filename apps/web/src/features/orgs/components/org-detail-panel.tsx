import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Descriptions, Space, Spin } from 'antd';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { fetchOrg } from '../org-api';
import { ancestorsOf, childLevel, type OrgDetail, type OrgId } from '../org-types';
import { OrgLevelTag } from './org-level-tag';

interface OrgDetailPanelProps {
  id: OrgId | null;
  onCreateChild: (parent: OrgDetail) => void;
  onEdit: (org: OrgDetail) => void;
}

export function OrgDetailPanel({ id, onCreateChild, onEdit }: OrgDetailPanelProps) {
  const can = usePermissions();
  const org = useQuery({
    queryKey: ['orgs', 'detail', id],
    queryFn: () => fetchOrg(id ?? 0),
    enabled: id !== null,
  });

  if (id === null) return <EmptyState description="请在左侧选择一个机构" />;
  if (org.isPending) return <Spin />;
  if (org.isError) return <QueryErrorAlert error={org.error} onRetry={() => org.refetch()} />;

  const detail = org.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Breadcrumb
        items={[...ancestorsOf(detail), { id: detail.id, name: detail.name }].map((p) => ({ title: p.name }))}
      />
      <Descriptions column={1} bordered size="small" data-testid="org-detail">
        <Descriptions.Item label="机构名称">{detail.name}</Descriptions.Item>
        <Descriptions.Item label="层级">
          <OrgLevelTag level={detail.level} />
        </Descriptions.Item>
        <Descriptions.Item label="行政区划代码">{detail.regionCode}</Descriptions.Item>
      </Descriptions>
      {can('org:write') ? (
        <Space>
          {childLevel[detail.level] ? (
            <Button type="primary" onClick={() => onCreateChild(detail)} data-testid="org-create-child">
              新增下级机构
            </Button>
          ) : null}
          <Button onClick={() => onEdit(detail)} data-testid="org-edit">
            编辑
          </Button>
        </Space>
      ) : null}
    </Space>
  );
}
