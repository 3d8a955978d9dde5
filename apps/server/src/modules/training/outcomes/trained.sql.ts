import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { trainingTrainees as tt } from '../trainees/trainees.schema.ts';
import { reemployed } from './reemployment.sql.ts';

/** The figures of a programme's results, each a subset of the trained trainees. */
export const traineeFigures = ['trained', 'passed', 'certified', 'reemployed'] as const;
export type TraineeFigure = (typeof traineeFigures)[number];

/**
 * Trained trainees (培训人数): completed, their class's last day in the period, of one programme,
 * where `scope` (a condition over `training_trainees`: the organisation subtree and the reader's
 * access) holds. A subquery aliased `t` with `id`, `person_id`, `class_id`, `ends_on`, `result`,
 * `certificate_id` and `org_path` (the trainee record's organisation: the person's at enrolment).
 */
export function trainedTrainees(
  q: { programme: TrainingProgramme; from: string; to: string },
  scope: (cols: { orgId: typeof tt.orgId; orgPath: typeof tt.orgPath }) => SQL,
): SQL {
  return sql`(select ${tt.id} as id, ${tt.personId} as person_id, ${tt.classId} as class_id, ${tt.endsOn} as ends_on,
      ${tt.result} as result, ${tt.certificateId} as certificate_id, ${tt.orgPath} as org_path
    from ${tt}
    where ${and(
      eq(tt.status, 'completed'),
      eq(tt.programme, q.programme),
      sql`${tt.endsOn} between ${q.from} and ${q.to}`,
      scope({ orgId: tt.orgId, orgPath: tt.orgPath }),
    )}) t`;
}

/**
 * Which trained trainees `t` a figure counts: all; those appraised as passed (合格); those with a
 * certificate linked; those re-employed within `months` months after the class (`reemployed`).
 */
export const traineeFigureFilter = (figure: TraineeFigure, months: number): SQL =>
  ({
    trained: sql`true`,
    passed: sql`t.result = 'passed'`,
    certified: sql`t.certificate_id is not null`,
    reemployed: reemployed(months),
  })[figure];
