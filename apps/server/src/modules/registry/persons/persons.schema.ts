import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { encryptedPhoneColumns, scopedRecordColumns } from '../registry-columns.ts';

/**
 * A person (劳动者). The ID number is stored encrypted (AES-256-GCM) with a keyed hash (HMAC) for
 * exact lookup and uniqueness; only the masked form ever appears in lists.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull().unique(),
    idNumberMasked: text('id_number_masked').notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['1', '2'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    ethnicity: text('ethnicity'),
    education: text('education'),
    hukouType: text('hukou_type').notNull(),
    hukouPlace: text('hukou_place').notNull(),
    address: text('address'),
    ...encryptedPhoneColumns(),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('persons_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    // Name prefix search and name order in one index, byte-wise ("C") whatever the locale. The
    // organisation columns ride along so the scope filter and the capped count need no heap visit.
    // (Drizzle has no INCLUDE, so they are trailing key columns; the id keeps the order unique.)
    index('persons_name_scope_idx').on(sql`${t.name} collate "C"`, t.id, t.orgPath, t.orgId),
    // The other list orders, each with the id tie-breaker the list uses.
    index('persons_created_at_idx').on(t.createdAt, t.id),
    index('persons_birth_date_idx').on(t.birthDate, t.id),
    // The screening run's keyset over a subtree: ids in order with the path to filter on, so a
    // chunk of a town reads no heap row of the persons outside it.
    index('persons_id_org_path_idx').on(t.id, t.orgPath),
    index('persons_phone_hash_idx').on(t.phoneHash),
    // The `own` and `self` data scopes match on these columns.
    index('persons_org_id_idx').on(t.orgId),
    index('persons_created_by_idx').on(t.createdBy),
  ],
);
