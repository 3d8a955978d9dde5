import { SettingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { LinkButton } from '../../../app/ui/link-button';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { ParameterValueModal } from '../components/parameter-value-modal';
import { ParametersTable } from '../components/parameters-table';
import {
  PolicyCitation,
  PolicyConditions,
  PolicyMaterialsAndTimeLimits,
} from '../components/policy-overview';
import { WhatIfPanel } from '../components/what-if-panel';
import { fetchPolicy, policiesKey } from '../policy-api';

interface ModalTarget {
  name?: string;
  key?: string | null;
}

function PolicyDetailContent({ id }: { id: string }) {
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const policy = useQuery({ queryKey: [...policiesKey, 'detail', id], queryFn: () => fetchPolicy(id) });
  const canConfigure = can('policy:configure');
  // A figure's link (from a refused approval or the list of unset figures) opens its setting dialog.
  const [search] = useSearchParams();
  const linked = search.get('parameter');
  const [modal, setModal] = useState<ModalTarget | null>(canConfigure && linked ? { name: linked } : null);

  if (policy.isPending) return <Spin />;
  if (policy.isError) return <QueryErrorResult error={policy.error} onRetry={() => policy.refetch()} />;
  const p = policy.data;
  const placeholders = p.parameterValues.filter((v) => v.steps.some((s) => s.placeholder)).length;

  return (
    <Card title={`政策详情：${p.name}`} extra={<LinkButton to="/policies">返回目录</LinkButton>}>
      <PolicyCitation policy={p} />
      <Tabs
        style={{ marginTop: 16 }}
        defaultActiveKey={search.get('tab') ?? 'conditions'}
        items={[
          { key: 'conditions', label: '条件与审核', children: <PolicyConditions policy={p} /> },
          { key: 'materials', label: '材料与时限', children: <PolicyMaterialsAndTimeLimits policy={p} /> },
          {
            key: 'parameters',
            label: (
              <span data-testid="tab-parameters">
                参数
                {placeholders ? (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    {placeholders} 项待设置
                  </Tag>
                ) : null}
              </span>
            ),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {canConfigure ? (
                  <Button
                    type="primary"
                    icon={<SettingOutlined />}
                    onClick={() => setModal({})}
                    data-testid="parameter-configure"
                  >
                    设置地方参数
                  </Button>
                ) : null}
                <ParametersTable
                  parameters={p.parameterValues}
                  onConfigure={canConfigure ? (name, key) => setModal({ name, key }) : undefined}
                />
              </Space>
            ),
          },
          {
            key: 'what-if',
            label: <span data-testid="tab-what-if">试算</span>,
            children: <WhatIfPanel policy={p} />,
          },
        ]}
      />
      {modal ? (
        <ParameterValueModal
          policyId={p.id}
          parameters={p.parameterValues}
          initialName={modal.name}
          initialKey={modal.key}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            message.success('地方参数已设置');
            queryClient.invalidateQueries({ queryKey: policiesKey });
          }}
        />
      ) : null}
    </Card>
  );
}

export function PolicyDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="policy:read">
      <PolicyDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
