import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { HospitalView } from '../components/hospital-view';
import { fetchHospital, hospitalsKey } from '../hospitals-api';

function HospitalDetail({ id }: { id: string }) {
  const can = usePermissions();
  const query = useQuery({ queryKey: [...hospitalsKey, 'detail', id], queryFn: () => fetchHospital(id) });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  return <HospitalView hospital={query.data} manage={can('health_check:manage')} title={query.data.name} />;
}

/** 体检医院: one hospital, its conditions checked with their clauses, the 医保处's decisions and accounts. */
export function HospitalDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="health_check:read">
      <HospitalDetail id={id!} />
    </PermissionGate>
  );
}
