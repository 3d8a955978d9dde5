import { useQuery } from '@tanstack/react-query';
import { Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';
import { firstPage } from '../../../../app/paging';
import { PageTitle } from '../../../../app/ui/page-title';
import { PagedTable } from '../../../../app/ui/paged-table';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { recoveryColumns } from '../components/recoveries-table';
import { ResolveModal } from '../components/resolve-modal';
import { entitlementsKey, fetchRecoveries, type RecoveryItem } from '../recurring-api';

type Tab = 'open' | 'resolved';

function Recoveries() {
  const can = usePermissions();
  const [tab, setTab] = useState<Tab>('open');
  const [paging, setPaging] = useState(firstPage);
  const [resolving, setResolving] = useState<RecoveryItem>();
  const list = useQuery({
    queryKey: [...entitlementsKey, 'recoveries', tab, paging],
    // 已处理: both resolutions, recovered first
    queryFn: async () => {
      if (tab === 'open') return fetchRecoveries('open', paging);
      const [recovered, waived] = await Promise.all([
        fetchRecoveries('recovered', paging),
        fetchRecoveries('waived', paging),
      ]);
      return { items: [...recovered.items, ...waived.items], total: recovered.total + waived.total };
    },
  });
  return (
    <Card title={<PageTitle>多发追回</PageTitle>}>
      <Typography.Paragraph type="secondary">
        已拨付的期间，事后登记的停发情形表明不应发放的，列为多发待追回；追回后登记已追回，确实无法追回的经审核核销。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as Tab);
          setPaging(firstPage);
        }}
        items={[
          { key: 'open', label: '待追回' },
          { key: 'resolved', label: '已处理' },
        ]}
      />
      <PagedTable<RecoveryItem>
        query={list}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="无多发待追回"
        data-testid="recoveries-table"
        columns={recoveryColumns({
          withEntitlement: true,
          onResolve: tab === 'open' && can('entitlement:run') ? setResolving : undefined,
        })}
      />
      {resolving && <ResolveModal recovery={resolving} onClose={() => setResolving(undefined)} />}
    </Card>
  );
}

/** 多发追回: open and resolved over-payment recoveries; the city reviewer resolves them. */
export function RecoveriesPage() {
  return (
    <PermissionGate permission="entitlement:read">
      <Recoveries />
    </PermissionGate>
  );
}
