import { useQueries } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useId, useMemo } from 'react';
import { useCurrentUser, usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { useLazyOrgTree } from '../hooks/use-lazy-org-tree';
import { fetchOrg } from '../org-api';
import { type OrgId, type OrgLevel, type OrgNode, orgLevelLabels } from '../org-types';

const ROOT = 0;

interface LabeledValue {
  value: OrgId;
  label: string;
}

interface BaseProps {
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
  /** The accessible name where no form label names it (a list filter). */
  'aria-label'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}

interface SingleProps extends BaseProps {
  multiple?: false;
  value?: OrgId | null;
  onChange?: (value: OrgId | undefined) => void;
}

interface MultipleProps extends BaseProps {
  multiple: true;
  value?: OrgId[];
  onChange?: (value: OrgId[]) => void;
}

/**
 * Organisation picker that loads the tree one level at a time. Values are org ids; labels of
 * selected orgs not yet loaded in the tree (e.g. when editing) are fetched individually.
 */
export function OrgTreeSelect(props: SingleProps | MultipleProps) {
  const user = useCurrentUser();
  // Without org:read (a training institution) the only organisation to pick is the user's own.
  const readsTree = usePermissions()('org:read');
  const { roots, children, loadChildren, isLeaf } = useLazyOrgTree(readsTree);
  const rootNodes = useMemo<OrgNode[]>(
    () =>
      readsTree
        ? (roots.data ?? [])
        : [
            {
              id: Number(user.org.id),
              parentId: null,
              name: user.org.name,
              level: user.org.level as OrgLevel,
              regionCode: '',
              hasChildren: false,
            },
          ],
    [readsTree, roots.data, user.org],
  );

  const loaded = useMemo(() => {
    const nodes = new Map<OrgId, { node: OrgNode; parent: OrgId }>();
    for (const node of rootNodes) nodes.set(node.id, { node, parent: ROOT });
    for (const [parentId, items] of Object.entries(children)) {
      for (const node of items) nodes.set(node.id, { node, parent: Number(parentId) });
    }
    return nodes;
  }, [rootNodes, children]);

  const selectedIds: OrgId[] = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const missing = selectedIds.filter((id) => !loaded.has(id));
  const fetched = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['orgs', 'detail', id],
      queryFn: () => fetchOrg(id),
      staleTime: 300_000,
    })),
  });

  const labelOf = (id: OrgId): string =>
    loaded.get(id)?.node.name ?? fetched.find((q) => q.data?.id === id)?.data?.name ?? '加载中…';

  const treeData = [...loaded.values()].map(({ node, parent }) => ({
    id: node.id,
    pId: parent,
    value: node.id,
    title: `${node.name}（${orgLevelLabels[node.level] ?? node.level}）`,
    isLeaf: isLeaf(node),
  }));

  const autoId = useId();
  const id = props.id ?? autoId;
  const common = {
    treeDataSimpleMode: { id: 'id', pId: 'pId', rootPId: ROOT },
    treeData,
    loadData: (node: { value?: unknown }) => loadChildren(Number(node.value)),
    labelInValue: true,
    showSearch: false,
    allowClear: props.allowClear,
    disabled: props.disabled,
    placeholder: props.placeholder ?? '请选择机构',
    loading: roots.isLoading,
    notFoundContent: <EmptyState description={roots.isError ? '机构加载失败' : '暂无机构'} />,
    style: { minWidth: 200, ...props.style },
    'data-testid': props['data-testid'],
    'aria-label': props['aria-label'],
    id,
    // The input says it owns `${id}_list` (as antd's Select does), but the tree popup has no
    // element of that id: give it one, or screen readers are pointed at nothing.
    popupRender: (menu: React.ReactElement) => <div id={`${id}_list`}>{menu}</div>,
    popupMatchSelectWidth: false,
    treeNodeLabelProp: 'title',
  };

  if (props.multiple) {
    const { onChange } = props;
    return (
      <TreeSelect<LabeledValue[]>
        {...common}
        multiple
        value={selectedIds.map((id) => ({ value: id, label: labelOf(id) }))}
        onChange={(values) => onChange?.((values ?? []).map((v) => v.value))}
      />
    );
  }
  const { onChange } = props;
  const selected = selectedIds[0];
  return (
    <TreeSelect<LabeledValue | undefined>
      {...common}
      value={selected !== undefined ? { value: selected, label: labelOf(selected) } : undefined}
      onChange={(value) => onChange?.(value?.value)}
    />
  );
}
