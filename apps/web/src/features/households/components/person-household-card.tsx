import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { useDictLabel } from '../../dicts/hooks/use-dict';
import { fetchPersonHousehold, householdsKey } from '../household-api';
import { householdDicts } from '../household-types';
import { ZeroEmploymentTag } from './zero-employment-tag';

/** The "家庭" card of a person: the household they belong to, their relation and its zero-employment status. */
export function PersonHouseholdCard({ personId }: { personId: string }) {
  const relation = useDictLabel(householdDicts.relation);
  const q = useQuery({
    queryKey: [...householdsKey, 'of-person', personId],
    queryFn: () => fetchPersonHousehold(personId),
  });
  const h = q.data?.household;
  return (
    <Card
      size="small"
      title="家庭"
      style={{ marginTop: 16 }}
      loading={q.isPending}
      data-testid="person-household"
    >
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {h ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="户号">
            <Link to={`/households/${h.id}`}>{h.number}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="户主">{h.head?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="与户主关系">{relation(h.relation)}</Descriptions.Item>
          <Descriptions.Item label="家庭人数">{h.memberCount}</Descriptions.Item>
          <Descriptions.Item label="零就业家庭">
            <ZeroEmploymentTag status={h.zeroEmploymentStatus} />
          </Descriptions.Item>
        </Descriptions>
      ) : q.isSuccess ? (
        <EmptyState description="尚未登记家庭" />
      ) : null}
    </Card>
  );
}
