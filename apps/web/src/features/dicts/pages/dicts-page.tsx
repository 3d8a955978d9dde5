import { Card, Col, Menu, Row, Spin } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../app/ui/empty-state';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { DictItemsTable } from '../components/dict-items-table';
import { useDicts } from '../hooks/use-dict';

function DictsContent() {
  const dicts = useDicts();
  const [selectedCode, setSelectedCode] = useState<string | null>(null);

  if (dicts.isPending) return <Spin />;
  if (dicts.isError) return <QueryErrorAlert error={dicts.error} onRetry={() => dicts.refetch()} />;
  if (dicts.data.length === 0) return <EmptyState description="暂无字典" />;

  const selected = dicts.data.find((d) => d.code === selectedCode) ?? dicts.data[0];
  return (
    <Row gutter={16}>
      <Col xs={24} md={6}>
        <Card title="字典" styles={{ body: { padding: 0 } }}>
          <Menu
            selectedKeys={selected ? [selected.code] : []}
            items={dicts.data.map((d) => ({ key: d.code, label: d.name }))}
            onClick={({ key }) => setSelectedCode(key)}
            data-testid="dict-list"
          />
        </Card>
      </Col>
      <Col xs={24} md={18}>
        {selected ? <DictItemsTable dict={selected} /> : null}
      </Col>
    </Row>
  );
}

export function DictsPage() {
  return (
    <PermissionGate permission="dict:write">
      <DictsContent />
    </PermissionGate>
  );
}
