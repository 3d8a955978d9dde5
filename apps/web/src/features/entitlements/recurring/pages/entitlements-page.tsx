import { useQuery } from '@tanstack/react-query';
import { Card, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { firstPage } from '../../../../app/paging';
import { PageTitle } from '../../../../app/ui/page-title';
import { PagedTable } from '../../../../app/ui/paged-table';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { EntitlementStatusTag } from '../components/status-tags';
import {
  type EntitlementItem,
  type EntitlementStatus,
  entitlementStatusLabels,
  entitlementsKey,
  fetchEntitlements,
  periodKindLabels,
  type RecurringPolicyId,
  useRecurringPolicies,
} from '../recurring-api';

const statusOptions = Object.entries(entitlementStatusLabels).map(([value, label]) => ({ value, label }));

function Entitlements() {
  const [filters, setFilters] = useState<{ status?: EntitlementStatus; policyId?: RecurringPolicyId }>({});
  const [paging, setPaging] = useState(firstPage);
  const policyOptions = useRecurringPolicies().map((p) => ({ value: p.id, label: p.name }));
  const list = useQuery({
    queryKey: [...entitlementsKey, 'list', filters, paging],
    queryFn: () => fetchEntitlements(filters, paging),
  });
  const filter = (f: typeof filters) => {
    setFilters(f);
    setPaging(firstPage);
  };
  return (
    <Card title={<PageTitle>定期待遇</PageTitle>}>
      <Typography.Paragraph type="secondary">
        经批准按月或按季发放的待遇。每期生成发放名单时对照登记信息核查停发情形（再就业、签订劳动合同、离岗、退休、死亡），符合的列入名单，不符合的停发并注明原因。
      </Typography.Paragraph>
      <PagedTable<EntitlementItem>
        filters={
          <>
            <Select
              allowClear
              placeholder="政策"
              aria-label="政策"
              style={{ width: 320 }}
              value={filters.policyId}
              options={policyOptions}
              onChange={(policyId?: RecurringPolicyId) => filter({ ...filters, policyId })}
            />
            <Select
              allowClear
              placeholder="状态"
              aria-label="状态"
              style={{ width: 160 }}
              value={filters.status}
              options={statusOptions}
              onChange={(status?: EntitlementStatus) => filter({ ...filters, status })}
              data-testid="entitlements-status"
            />
          </>
        }
        query={list}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="暂无定期待遇"
        data-testid="entitlements-table"
        columns={[
          {
            title: '编号',
            key: 'number',
            render: (_: unknown, e) => <Link to={`/entitlements/${e.id}`}>{e.number}</Link>,
          },
          { title: '享受人员', dataIndex: 'holderName', key: 'holder' },
          { title: '证件号码', dataIndex: 'holderIdNumberMasked', key: 'id' },
          { title: '政策', dataIndex: 'policyName', key: 'policy', ellipsis: true },
          {
            title: '发放周期',
            key: 'kind',
            render: (_: unknown, e) => periodKindLabels[e.periodKind],
          },
          {
            title: '发放月份',
            key: 'months',
            render: (_: unknown, e) => `${e.startMonth} 起${e.endMonth ? `至 ${e.endMonth}` : ''}`,
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, e) => <EntitlementStatusTag status={e.status} label={e.statusLabel} />,
          },
          {
            title: '已列入名单至',
            dataIndex: 'listedThroughMonth',
            key: 'listed',
            render: (m: string | null) => m ?? '—',
          },
        ]}
      />
    </Card>
  );
}

/** 定期待遇: the entitlements of the officer's area, with their status and the last month listed. */
export function EntitlementsPage() {
  return (
    <PermissionGate permission="entitlement:read">
      <Entitlements />
    </PermissionGate>
  );
}
