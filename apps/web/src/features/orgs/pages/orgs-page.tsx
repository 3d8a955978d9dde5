import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { OrgDetailPanel } from '../components/org-detail-panel';
import { OrgFormModal, type OrgFormMode } from '../components/org-form-modal';
import { OrgTree } from '../components/org-tree';
import { useLazyOrgTree } from '../hooks/use-lazy-org-tree';
import type { OrgId } from '../org-types';

function OrgsContent() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tree = useLazyOrgTree();
  const [selectedId, setSelectedId] = useState<OrgId | null>(null);
  const [formMode, setFormMode] = useState<OrgFormMode | null>(null);

  const handleSaved = async (parentId: OrgId | null) => {
    setFormMode(null);
    message.success('机构已保存');
    await queryClient.invalidateQueries({ queryKey: ['orgs'] });
    if (parentId) await tree.loadChildren(parentId);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Card title="机构树" styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflow: 'auto' } }}>
          <OrgTree tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card title="机构详情">
          <OrgDetailPanel
            id={selectedId}
            onCreateChild={(parent) => setFormMode({ kind: 'create', parent })}
            onEdit={(org) => setFormMode({ kind: 'edit', org })}
          />
        </Card>
      </Col>
      {formMode ? (
        <OrgFormModal mode={formMode} onClose={() => setFormMode(null)} onSaved={handleSaved} />
      ) : null}
    </Row>
  );
}

export function OrgsPage() {
  return (
    <PermissionGate permission="org:read">
      <OrgsContent />
    </PermissionGate>
  );
}
