import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { DocumentsCard } from '../components/documents-card';
import { JurisdictionsCard } from '../components/jurisdictions-card';
import { deploymentKey, fetchDeployment } from '../deployment-api';

function DeploymentContent() {
  const deployment = useQuery({ queryKey: deploymentKey, queryFn: fetchDeployment });
  if (deployment.isPending) return <Spin />;
  if (deployment.isError)
    return <QueryErrorResult error={deployment.error} onRetry={() => deployment.refetch()} />;
  return (
    <>
      <JurisdictionsCard key={deployment.dataUpdatedAt} jurisdictions={deployment.data.jurisdictions} />
      <DocumentsCard documents={deployment.data.documents} />
    </>
  );
}

/** 部署设置 (system administrator): this deployment's jurisdictions and its documents' numbers. */
export function DeploymentPage() {
  return (
    <PermissionGate permission="deployment:configure">
      <DeploymentContent />
    </PermissionGate>
  );
}
