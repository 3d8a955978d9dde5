import { useQuery } from '@tanstack/react-query';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { HospitalView } from '../components/hospital-view';
import { fetchMyHospital, myHospitalKey } from '../hospitals-api';

function MyHospital() {
  const query = useQuery({ queryKey: myHospitalKey, queryFn: fetchMyHospital });
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  return <HospitalView hospital={query.data} manage={false} title={`本院信息：${query.data.name}`} />;
}

/** 本院信息: a hospital's staff read their own hospital's record and designation conditions. */
export function MyHospitalPage() {
  return (
    <PermissionGate permission="health_check:operate">
      <MyHospital />
    </PermissionGate>
  );
}
