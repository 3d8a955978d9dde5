import { useQuery } from '@tanstack/react-query';
import { Card, Tabs } from 'antd';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { FiguresTable } from '../components/figures-table';
import { fetchPolicyFigures, figuresKey } from '../policy-api';

function PolicyFiguresContent() {
  const figures = useQuery({ queryKey: figuresKey, queryFn: fetchPolicyFigures });
  const all = figures.data?.figures ?? [];
  const unset = all.filter((f) => f.status === 'unset');
  const set = all.filter((f) => f.status === 'set');
  return (
    <Card title="政策参数" loading={figures.isPending}>
      <QueryErrorAlert error={figures.error} onRetry={() => figures.refetch()} />
      <Tabs
        items={[
          {
            key: 'unset',
            label: `待设定的参数（${unset.length}）`,
            children: <FiguresTable figures={unset} testId="figures-unset" />,
          },
          {
            key: 'set',
            label: `已设定（${set.length}）`,
            children: <FiguresTable figures={set} testId="figures-set" />,
          },
        ]}
      />
    </Card>
  );
}

/** 政策参数: every figure the policies leave to local government, for whoever sets them. */
export function PolicyFiguresPage() {
  return (
    <PermissionGate permission="policy:configure">
      <PolicyFiguresContent />
    </PermissionGate>
  );
}
