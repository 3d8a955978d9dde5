import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../persons/persons.schema.ts';

/** How a certificate was obtained (`000 第三篇 一`: 培训鉴定、竞赛、评价、直接鉴定). */
export const obtainedByValues = ['training', 'competition', 'evaluation', 'direct_appraisal'] as const;
export type ObtainedBy = (typeof obtainedByValues)[number];
export const obtainedByLabels: Record<ObtainedBy, string> = {
  training: '培训鉴定',
  competition: '竞赛',
  evaluation: '评价',
  direct_appraisal: '直接鉴定',
};

/**
 * A vocational qualification certificate (国家职业资格证书) of a person. The organisation is
 * copied from the person when the certificate is recorded, so the row can be scoped on its own.
 */
export const qualificationCertificates = pgTable(
  'qualification_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    number: text('number').notNull().unique(),
    occupation: text('occupation').notNull(),
    level: text('level').notNull(),
    issuedOn: date('issued_on').notNull(),
    issuer: text('issuer').notNull(),
    obtainedBy: text('obtained_by', { enum: obtainedByValues }).notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('qualification_certificates_person_id_idx').on(t.personId),
    index('qualification_certificates_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('qualification_certificates_issued_on_idx').on(t.issuedOn, t.orgPath.op('text_pattern_ops')),
  ],
);
