import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { applicantKindNames } from '../../cases/case-labels';
import { JurisdictionTag } from '../../policies/components/jurisdiction-tag';
import { type CaseTypeSettings, caseTypeSettingsKey, fetchCaseTypeSettings } from '../case-type-settings-api';
import { CaseTypeSettingsModal } from '../components/case-type-settings-modal';

function CaseTypesContent() {
  const types = useQuery({ queryKey: caseTypeSettingsKey, queryFn: fetchCaseTypeSettings });
  const [editing, setEditing] = useState<CaseTypeSettings | null>(null);
  return (
    <Card title="经办事项设置">
      <QueryErrorAlert error={types.error} onRetry={() => types.refetch()} />
      <Table<CaseTypeSettings>
        rowKey="id"
        loading={types.isFetching}
        dataSource={types.data}
        pagination={false}
        data-testid="case-type-list"
        columns={[
          { title: '经办事项', dataIndex: 'name', key: 'name' },
          { title: '地区', key: 'jurisdiction', render: (_, t) => <JurisdictionTag policy={t} /> },
          {
            title: '状态',
            key: 'enabled',
            render: (_, t) => (
              <>
                {t.enabled ? <Tag color="green">受理中</Tag> : <Tag>已停办</Tag>}
                {t.enabledSetting === null ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    按管辖地区
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: '申请人类型',
            key: 'kinds',
            render: (_, t) => t.applicantKinds.map((k) => <Tag key={k}>{applicantKindNames[k] ?? k}</Tag>),
          },
          {
            title: '公示',
            key: 'notice',
            render: (_, t) => (t.requiresPublicNotice ? `${t.publicNoticeDays} 个工作日` : '不需要'),
          },
          { title: '拨付资金', key: 'pays', render: (_, t) => (t.paysMoney ? '是' : '否') },
          { title: '材料', key: 'materials', render: (_, t) => `${t.materials.length} 项` },
          {
            title: '操作',
            key: 'actions',
            render: (_, t) => (
              <Button type="link" onClick={() => setEditing(t)} data-testid={`case-type-edit-${t.id}`}>
                设置
              </Button>
            ),
          },
        ]}
      />
      {editing ? <CaseTypeSettingsModal type={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

export function CaseTypesPage() {
  return (
    <PermissionGate permission="case:configure">
      <CaseTypesContent />
    </PermissionGate>
  );
}
