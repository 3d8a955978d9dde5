import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { fetchOrgChildren, fetchOrgRoots } from '../org-api';
import type { OrgId, OrgNode } from '../org-types';

export const orgRootsKey = ['orgs', 'roots'] as const;

/**
 * The organisation tree loaded one level at a time: the roots of the user's data scope first,
 * then the children of each node when it is expanded. A province has tens of thousands of nodes,
 * so nothing is ever loaded in bulk.
 */
export function useLazyOrgTree(enabled = true) {
  const roots = useQuery({ queryKey: orgRootsKey, queryFn: fetchOrgRoots, enabled });
  const [children, setChildren] = useState<Record<OrgId, OrgNode[]>>({});

  const loadChildren = useCallback(async (id: OrgId) => {
    const items = await fetchOrgChildren(id);
    setChildren((previous) => ({ ...previous, [id]: items }));
  }, []);

  /** Whether a node may still have children to show (false once loaded empty). */
  const isLeaf = useCallback(
    (node: OrgNode) => {
      const loaded = children[node.id];
      return loaded ? loaded.length === 0 : !node.hasChildren;
    },
    [children],
  );

  return { roots, children, loadChildren, isLeaf };
}
