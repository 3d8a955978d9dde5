import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { addPerson, ok, unemploymentBody } from '../../registry/registrations/registrations.fixtures.ts';
import { allProvided } from '../cases.fixtures.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const reviewer = await t.login('reviewer');
const ASSISTANCE = 'county-city.employment-assistance';

interface Field {
  path: string[];
  title: string;
  required: boolean;
  fact: string | null;
  registry: { value: unknown; source: string; on: string | null } | null;
  override: { value: unknown; reason: string; byName: string } | null;
  value: unknown;
}
const byPath = (fields: Field[]) => new Map(fields.map((f) => [f.path.join('.'), f]));

/** A woman (even `seq`) born 1975-05-12, registered unemployed with a benefit that ran out on 2025-09-30. */
async function assistanceDraft(seq: number) {
  const personId = await addPerson(officer, t.city.community1.id, seq, '1975-05-12');
  const reg = await ok(
    officer.post(`/api/persons/${personId}/unemployment-registrations`, {
      ...unemploymentBody(seq),
      registeredOn: '2024-09-20',
    }),
  );
  await ok(
    officer.put(`/api/unemployment-registrations/${reg.id}/benefit`, {
      benefitFrom: '2024-10-01',
      benefitUntil: '2025-09-30',
      benefitTotal: '18000.00',
      version: reg.version,
    }),
  );
  return ok(officer.post('/api/cases', { caseTypeId: ASSISTANCE, applicantKind: 'person', personId }));
}

describe('the application form pre-filled from the registry', () => {
  it('shows each registry fact with its source and date, and leaves what the registry cannot say empty', async () => {
    const draft = await assistanceDraft(602);
    const res = await officer.get(`/api/cases/${draft.id}/facts`);
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe(t.today());
    const f = byPath(res.body.fields);
    expect(f.get('person.birthDate')).toMatchObject({
      title: '出生日期',
      fact: 'person.birthDate',
      registry: { value: '1975-05-12', source: '人员登记' },
      value: '1975-05-12',
    });
    expect(f.get('person.gender')?.value).toBe('female');
    expect(f.get('person.localHukou')?.registry?.value).toBe(true);
    expect(f.get('benefitEndedOn')).toMatchObject({
      registry: { value: '2025-09-30', on: '2025-09-30' },
      value: '2025-09-30',
    });
    expect(f.get('reEmployed')?.registry).toMatchObject({ value: false, source: '就业登记：无有效登记' });
    // A woman's retirement category (干部/工人) is not in the registry: declared, never guessed.
    expect(f.get('person.retirementCategory')).toMatchObject({ registry: null, value: null, required: true });
    // Yes/no questions the registry cannot answer stay empty and required.
    expect(f.get('economicHardship')).toMatchObject({ fact: null, value: null, required: true });
    expect(res.body.problems.map((p: { message: string }) => p.message)).toEqual(
      expect.arrayContaining([
        '「申请人 · 退休年龄类别」未填写',
        '「因经济困难未能继续缴纳社会保险费」未填写',
        '「申领月份已缴纳社会保险费」未填写',
      ]),
    );
  });

  it('refuses to submit incomplete data with a Chinese sentence per missing field, then accepts it complete', async () => {
    const draft = await assistanceDraft(604);
    const refused = await officer.post(`/api/cases/${draft.id}/submit`, {
      version: draft.version,
      materials: allProvided(draft.materials as { code: string }[]),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/^申请信息不完整或有误，不能提交：/);
    expect(refused.body.message).toContain('「因经济困难未能继续缴纳社会保险费」未填写');
    expect(refused.body.message).not.toMatch(/expected|undefined|[a-z]+\.[a-z]+/);
    expect(refused.body.details).toContainEqual({
      path: 'economicHardship',
      message: '「因经济困难未能继续缴纳社会保险费」未填写',
    });

    const filled = await ok(
      officer.patch(`/api/cases/${draft.id}`, {
        version: draft.version,
        application: {
          person: { retirementCategory: 'female_worker' },
          insurancePaid: false,
          economicHardship: true,
          period: { fromMonth: '2026-09', toMonth: '2026-10' },
        },
      }),
    );
    const submitted = await officer.post(`/api/cases/${draft.id}/submit`, {
      version: filled.version,
      materials: allProvided(filled.materials as { code: string }[]),
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
  });

  it('changes a pre-filled fact only with a reason: audited, shown with the registry value, frozen at review', async () => {
    const draft = await assistanceDraft(606);
    const noReason = await officer.post(`/api/cases/${draft.id}/change-facts`, {
      version: draft.version,
      changes: [{ path: 'benefitEndedOn', value: '2025-08-31', reason: '更正' }],
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.message).toBe('修改「失业保险金领取期满日期」须写明理由（至少 5 个字）');
    const unknown = await officer.post(`/api/cases/${draft.id}/change-facts`, {
      version: draft.version,
      changes: [{ path: 'person.salary', value: 1, reason: '这一项并不存在' }],
    });
    expect(unknown.status).toBe(422);

    const reason = '经办机构核定领取期满日为8月31日，登记有误';
    const changed = await ok(
      officer.post(`/api/cases/${draft.id}/change-facts`, {
        version: draft.version,
        changes: [{ path: 'benefitEndedOn', value: '2025-08-31', reason }],
      }),
    );
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.change_fact'), eq(auditLog.targetId, draft.id)));
    expect(audit?.detail).toMatchObject({
      changes: [{ path: 'benefitEndedOn', field: '失业保险金领取期满日期', after: '2025-08-31', reason }],
    });
    const view = byPath((await officer.get(`/api/cases/${draft.id}/facts`)).body.fields);
    expect(view.get('benefitEndedOn')).toMatchObject({
      registry: { value: '2025-09-30' },
      override: { value: '2025-08-31', reason, byName: 'officer1' },
      value: '2025-08-31',
    });

    const filled = await ok(
      officer.patch(`/api/cases/${draft.id}`, {
        version: changed.version,
        application: {
          person: { retirementCategory: 'female_worker' },
          insurancePaid: false,
          economicHardship: true,
          period: { fromMonth: '2026-09', toMonth: '2026-10' },
        },
      }),
    );
    const submitted = await ok(
      officer.post(`/api/cases/${draft.id}/submit`, {
        version: filled.version,
        materials: allProvided(filled.materials as { code: string }[]),
      }),
    );
    const accepted = await ok(officer.post(`/api/cases/${draft.id}/accept`, { version: submitted.version }));
    const reviewed = await ok(
      reviewer.post(`/api/cases/${draft.id}/review`, {
        version: accepted.version,
        checks: { hardship_and_unemployment_proof: { confirmed: true } },
      }),
    );
    const frozen = reviewed.frozenFacts as {
      input: Record<string, unknown>;
      sources: Record<string, string>;
    };
    expect(frozen.input.benefitEndedOn).toBe('2025-08-31');
    expect(frozen.sources.benefitEndedOn).toBe(`经办人修改：${reason}`);
    expect(frozen.sources['person.birthDate']).toBe('人员登记');
  });
});
