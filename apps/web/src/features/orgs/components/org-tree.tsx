import { Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import type { useLazyOrgTree } from '../hooks/use-lazy-org-tree';
import type { OrgId, OrgNode } from '../org-types';
import { OrgLevelTag } from './org-level-tag';

interface OrgTreeProps {
  tree: ReturnType<typeof useLazyOrgTree>;
  selectedId: OrgId | null;
  onSelect: (id: OrgId) => void;
}

export function OrgTree({ tree, selectedId, onSelect }: OrgTreeProps) {
  const { roots, children, loadChildren, isLeaf } = tree;

  const toDataNode = (node: OrgNode): DataNode => ({
    key: node.id,
    title: (
      <span>
        {node.name} <OrgLevelTag level={node.level} />
      </span>
    ),
    isLeaf: isLeaf(node),
    children: children[node.id]?.map(toDataNode),
  });

  if (roots.isPending) return <Spin />;
  if (roots.isError) return <QueryErrorAlert error={roots.error} onRetry={() => roots.refetch()} />;
  if (roots.data.length === 0) return <EmptyState description="没有可管理的机构" />;

  return (
    <Tree
      data-testid="org-tree"
      blockNode
      showLine
      treeData={roots.data.map(toDataNode)}
      selectedKeys={selectedId ? [selectedId] : []}
      loadData={(node) => loadChildren(Number(node.key))}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
    />
  );
}
