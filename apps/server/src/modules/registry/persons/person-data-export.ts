import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { createPersonDataRepo } from './person-data.repo.ts';
import { createPersonsRepo } from './persons.repo.ts';

/**
 * A copy of everything held about one person (个人信息查阅、复制, PIPL art. 45), for the officer
 * handling the person's request: the registry row, every record that references the person or
 * their cases, and the audit entries about them. Encrypted columns (`*_enc`: ID number, phone,
 * bank account) are shown in full — the only place ID numbers leave the server unmasked besides
 * the single reveal — and lookup hashes (`*_hash`) are left out. Audited as a reveal.
 */
export function createPersonDataExport(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher } = deps;

  function readable(row: Record<string, unknown>) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key.endsWith('_hash')) continue;
      if (key.endsWith('_enc'))
        out[key.slice(0, -4)] = typeof value === 'string' ? cipher.decrypt(value) : value;
      else out[key] = value;
    }
    return out;
  }

  return {
    async export(actor: Actor, personId: string) {
      if (!hasPermission(actor, 'person:data_export')) throw forbidden();
      const person = await createPersonsRepo(db).row(actor, personId, 'person:data_export');
      if (!person) throw notFound('人员');
      const repo = createPersonDataRepo(db);
      const records = await repo.records(personId);
      const caseIds = (records.get('cases') ?? []).map((c) => String(c.id));
      const auditEntries = await repo.auditEntries(personId, caseIds);
      const counts = Object.fromEntries([...records].map(([table, rows]) => [table, rows.length]));
      await db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: 'person.data_export',
          targetType: 'person',
          targetId: personId,
          detail: {
            idNumberMasked: person.idNumberMasked,
            records: counts,
            auditEntries: auditEntries.length,
          },
        }),
      );
      return {
        title: '个人信息副本（依据《个人信息保护法》第四十五条查阅、复制）',
        generatedAt: deps.clock.now().toISOString(),
        generatedBy: actor.username,
        personId,
        records: Object.fromEntries([...records].map(([table, rows]) => [table, rows.map(readable)])),
        auditEntries,
      };
    },
  };
}

export type PersonDataExport = ReturnType<typeof createPersonDataExport>;
