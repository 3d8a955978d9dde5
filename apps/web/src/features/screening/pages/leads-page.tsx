import { useQuery } from '@tanstack/react-query';
import { Card, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatYuan } from '../../../app/format/money';
import { firstPage } from '../../../app/paging';
import { PageTitle } from '../../../app/ui/page-title';
import { PagedTable } from '../../../app/ui/paged-table';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { LeadStatusTag } from '../components/lead-status-tag';
import {
  fetchLeads,
  type LeadFilters,
  type LeadItem,
  type LeadStatus,
  leadStatusLabels,
  leadsKey,
} from '../screening-api';

const statusOptions = Object.entries(leadStatusLabels).map(([value, label]) => ({ value, label }));

function Leads() {
  const navigate = useNavigate();
  const [filters, setFilters] = useState<LeadFilters>({ status: 'open' });
  const [paging, setPaging] = useState(firstPage);
  const leads = useQuery({
    queryKey: [...leadsKey, 'list', filters, paging],
    queryFn: () => fetchLeads(filters, paging),
  });
  const filter = (f: LeadFilters) => {
    setFilters(f);
    setPaging(firstPage);
  };
  return (
    <Card title={<PageTitle>线索清单</PageTitle>}>
      <Typography.Paragraph type="secondary">
        政策找人：按登记信息筛查出的“可能符合、尚未申领”的人员。请核实后为其发起申请，或说明理由后排除。
      </Typography.Paragraph>
      <PagedTable<LeadItem>
        filters={
          <>
            <Select
              allowClear
              placeholder="政策"
              aria-label="政策"
              style={{ width: 280 }}
              value={filters.policyId}
              options={(leads.data?.policies ?? []).map((p) => ({ value: p.id, label: p.name }))}
              onChange={(policyId?: string) => filter({ ...filters, policyId })}
              data-testid="leads-policy"
            />
            <Select
              allowClear
              placeholder="状态"
              aria-label="状态"
              style={{ width: 200 }}
              value={filters.status}
              options={statusOptions}
              onChange={(status?: LeadStatus) => filter({ ...filters, status })}
              data-testid="leads-status"
            />
          </>
        }
        query={leads}
        paging={paging}
        onPagingChange={setPaging}
        emptyText="暂无线索"
        onRow={(l) => ({
          onClick: () => navigate(`/screening/leads/${l.id}`),
          style: { cursor: 'pointer' },
        })}
        data-testid="leads-table"
        columns={[
          {
            title: '姓名',
            key: 'name',
            // a link too, so the lead opens from the keyboard
            render: (_: unknown, l) => <Link to={`/screening/leads/${l.id}`}>{l.person.name}</Link>,
          },
          { title: '证件号码', key: 'id', render: (_: unknown, l) => l.person.idNumberMasked },
          { title: '政策', dataIndex: 'policyName', key: 'policy' },
          {
            title: '预计金额',
            dataIndex: 'payable',
            key: 'payable',
            align: 'right',
            render: (_: unknown, l) => (
              <>
                {formatYuan(l.payable)}
                {l.payable !== null && l.payableBasis && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {l.payableBasis}
                  </Typography.Text>
                )}
              </>
            ),
          },
          // a dismissed lead shows why it was dismissed, the others why they were found
          filters.status === 'dismissed'
            ? { title: '排除理由', dataIndex: 'dismissedReason', key: 'dismissed', ellipsis: true }
            : { title: '依据', dataIndex: 'reason', key: 'reason', ellipsis: true },
          { title: '所属机构', dataIndex: 'orgName', key: 'org' },
          { title: '首次发现', dataIndex: 'firstFoundOn', key: 'first', width: 110 },
          { title: '状态', key: 'status', render: (_: unknown, l) => <LeadStatusTag lead={l} /> },
        ]}
      />
    </Card>
  );
}

/** 线索清单: the leads of the officer's area, open ones first shown. */
export function LeadsPage() {
  return (
    <PermissionGate permission="screening:read">
      <Leads />
    </PermissionGate>
  );
}
