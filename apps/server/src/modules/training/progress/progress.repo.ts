import { and, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { trainingClasses } from '../classes/classes.schema.ts';
import { trainingInstitutions } from '../institutions/institutions.schema.ts';
import { type EvidenceKind, reemploymentEvidence, rowsWithoutJit } from '../outcomes/reemployment.sql.ts';
import { type TraineeFigure, trainedTrainees, traineeFigureFilter } from '../outcomes/trained.sql.ts';

/** The figures of the progress table, each a subset of the trained trainees. */
export {
  type TraineeFigure as ProgressFigure,
  traineeFigures as progressFigures,
} from '../outcomes/trained.sql.ts';

export interface ProgressQuery {
  actor: Actor;
  /** the organisation subtree whose residents count (the trainee row's organisation) */
  orgPath: string;
  from: string;
  to: string;
  programme: TrainingProgramme;
  /** the re-employment window in months (rules: reemployment_window_months) */
  months: number;
}

export interface ProgressTally {
  trained: number;
  passed: number;
  certified: number;
  reemployed: number;
}

export interface ProgressTraineeRow {
  id: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  orgName: string | null;
  classId: string;
  classNumber: string;
  institutionName: string;
  endsOn: string;
  result: string | null;
  certificateNumber: string | null;
  evidenceKind: EvidenceKind | null;
  evidenceId: string | null;
  evidenceOn: string | null;
}

/** The trained trainees of the query's programme and period in the subtree and the actor's training scope. */
const trained = (q: ProgressQuery): SQL =>
  trainedTrainees(
    q,
    (cols) =>
      and(sql`${cols.orgPath} like ${`${q.orgPath}%`}`, accessFilter(q.actor, 'training:read', cols))!,
  );

export function createProgressRepo(db: Executor) {
  return {
    /** Figures per child organisation of `q.orgPath` (key: the child's id; '' for the node itself). */
    async tallyByChild(q: ProgressQuery): Promise<Map<string, ProgressTally>> {
      const f = (figure: TraineeFigure) => traineeFigureFilter(figure, q.months);
      const rows = await rowsWithoutJit<ProgressTally & { k: string }>(
        db,
        sql`select split_part(substr(t.org_path, ${q.orgPath.length + 1}), '/', 1) as k,
            count(*)::int as trained,
            count(*) filter (where ${f('passed')})::int as passed,
            count(*) filter (where ${f('certified')})::int as certified,
            count(*) filter (where ${f('reemployed')})::int as reemployed
          from ${trained(q)} group by 1`,
      );
      return new Map(rows.map(({ k, ...tally }) => [k, tally]));
    },

    /** One page of the trainees behind a figure, with the same total the figure counts. */
    async drill(q: ProgressQuery, figure: TraineeFigure, pageNumber: number, pageSize: number) {
      const where = traineeFigureFilter(figure, q.months);
      const [{ total } = { total: 0 }] = await rowsWithoutJit<{ total: number }>(
        db,
        sql`select count(*)::int as total from ${trained(q)} where ${where}`,
      );
      // the page first, then the evidence of its rows only
      const page = sql`(select t.* from ${trained(q)} where ${where}
        order by t.ends_on, t.id limit ${pageSize} offset ${(pageNumber - 1) * pageSize}) t
        left join ${reemploymentEvidence(q.months)} e on true`;
      const items = await rowsWithoutJit<ProgressTraineeRow>(
        db,
        sql`select t.id, t.person_id as "personId", ${persons.name} as name, ${persons.idNumberMasked} as "idNumberMasked",
            ${organisations.name} as "orgName", t.class_id as "classId", ${trainingClasses.number} as "classNumber",
            ${trainingInstitutions.name} as "institutionName", t.ends_on::text as "endsOn", t.result,
            ${qualificationCertificates.number} as "certificateNumber",
            e.kind as "evidenceKind", e.record_id as "evidenceId", e.on_date::text as "evidenceOn"
          from ${page}
          join ${persons} on ${persons.id} = t.person_id
          join ${trainingClasses} on ${trainingClasses.id} = t.class_id
          join ${trainingInstitutions} on ${trainingInstitutions.id} = ${trainingClasses.institutionId}
          left join ${organisations} on ${organisations.path} = t.org_path
          left join ${qualificationCertificates} on ${qualificationCertificates.id} = t.certificate_id
          order by t.ends_on, t.id`,
      );
      return { items, total };
    },
  };
}
