import { useQuery } from '@tanstack/react-query';
import { Col, Row, Space, Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api-error';
import { NotFoundPage } from '../../../app/ui/not-found-page';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { PersonCasesPanel } from '../../cases/components/person-cases-panel';
import { CertificatesPanel } from '../../certificates/components/certificates-panel';
import { PersonHouseholdCard } from '../../households/components/person-household-card';
import { ContractsPanel } from '../../insurance/components/contracts-panel';
import { ContributionsPanel } from '../../insurance/components/contributions-panel';
import { DifficultyPanel } from '../../registrations/components/difficulty-panel';
import { RegistrationsPanel } from '../../registrations/components/registrations-panel';
import { PersonHeader } from '../components/person-header';
import { PersonTimelineCard } from '../components/person-timeline-card';
import { fetchPerson, personsKey } from '../person-api';

/**
 * One screen with everything the registry knows about a person: the header, then one panel per
 * module (each loads its own data by person id), and the timeline beside them.
 */
function PersonDetailContent({ id }: { id: string }) {
  const person = useQuery({ queryKey: [...personsKey, 'detail', id], queryFn: () => fetchPerson(id) });

  if (person.isPending) return <Spin />;
  // Outside the user's scope answers 404 exactly like a person that does not exist.
  if (person.error instanceof ApiError && person.error.status === 404) return <NotFoundPage />;
  if (person.isError) return <QueryErrorResult error={person.error} onRetry={() => person.refetch()} />;
  const p = person.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PersonHeader person={p} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {/* Panels: one line each, in reading order. Add yours; leave the others' lines alone. */}
            <PersonHouseholdCard personId={p.id} />
            <RegistrationsPanel personId={p.id} />
            <DifficultyPanel personId={p.id} />
            <CertificatesPanel personId={p.id} />
            <ContractsPanel personId={p.id} />
            <ContributionsPanel personId={p.id} />
            <PersonCasesPanel personId={p.id} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <PersonTimelineCard personId={p.id} />
        </Col>
      </Row>
    </Space>
  );
}

export function PersonDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="person:read">
      <PersonDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
