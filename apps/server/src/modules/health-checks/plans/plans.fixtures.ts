import type { Executor } from '../../../db/client.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';

type Org = { id: number; path: string };
const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });
let seq = 0;

/**
 * Registry rows the plan tests generate examinees from, inserted directly: persons, employers, and a
 * person's monthly contribution of a kind (paid or in arrears, through an employer or flexible).
 */
export function insuredRecords(db: Executor) {
  return {
    async person(org: Org, name: string) {
      seq += 1;
      const [row] = await db
        .insert(persons)
        .values({
          idNumberEnc: `enc-hc-${seq}`,
          idNumberHash: `hash-hc-${seq}`,
          idNumberMasked: `370983********${String(seq).padStart(4, '0')}`,
          name,
          gender: '1',
          birthDate: '1980-05-01',
          hukouType: 'urban',
          hukouPlace: '370983',
          ...at(org),
        })
        .returning();
      return row!;
    },

    async employer(org: Org, name: string) {
      seq += 1;
      const [row] = await db
        .insert(employers)
        .values({
          creditCode: `91370983HC${String(seq).padStart(8, '0')}`,
          name,
          type: 'enterprise',
          industry: 'C',
          ...at(org),
        })
        .returning();
      return row!;
    },

    async contribution(
      person: { id: string; orgId: number; orgPath: string },
      o: { month: string; kind?: string; status?: 'paid' | 'arrears'; employerId?: string | null },
    ) {
      await db.insert(insuranceContributions).values({
        personId: person.id,
        employerId: o.employerId ?? null,
        kind: o.kind ?? 'medical',
        month: `${o.month}-01`,
        status: o.status ?? 'paid',
        baseFen: 500_000,
        personalFen: 10_000,
        unitFen: 35_000,
        orgId: person.orgId,
        orgPath: person.orgPath,
      });
    },
  };
}
