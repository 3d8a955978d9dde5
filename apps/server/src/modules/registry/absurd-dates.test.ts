import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { qualificationCertificates } from './certificates/certificates.schema.ts';
import { contractBody, contributionBody } from './contracts/contracts.fixtures.ts';
import { labourContracts } from './contracts/contracts.schema.ts';
import { insuranceContributions } from './contributions/contributions.schema.ts';
import { employerBody } from './employers/employers.fixtures.ts';
import { personBody } from './persons/persons.fixtures.ts';
import { employmentRegistrations } from './registrations/registrations.schema.ts';

const t = await createTestApp();
const street = t.city.street1;
const contractCount = async () => Number((await t.db.select({ n: count() }).from(labourContracts))[0]!.n);

describe('absurd dates', () => {
  let officer: TestClient;
  let personId: string;
  let employerId: string;
  beforeAll(async () => {
    officer = await t.login('officer1');
    personId = (await officer.post('/api/persons', personBody(street.id, 1))).body.id;
    employerId = (await officer.post('/api/employers', employerBody(street.id, 1))).body.id;
  });

  it('refuses a contract ending in 9999 and saves nothing, so the person stays readable', async () => {
    const before = await contractCount();
    const res = await officer.post(
      `/api/persons/${personId}/contracts`,
      contractBody(employerId, { endsOn: '9999-12-31' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.message).toMatch(/2099-12-31/);
    expect(await contractCount()).toBe(before);
    expect((await officer.get(`/api/persons/${personId}/contracts`)).status).toBe(200);
  });

  it('refuses a contribution month or certificate date outside the documented range', async () => {
    const month = await officer.post(
      `/api/persons/${personId}/contributions`,
      contributionBody(employerId, '1970-01'),
    );
    expect(month.status).toBe(422);
    expect(month.body.message).toMatch(/1980-01 至 2099-12/);
    const cert = await officer.post(`/api/persons/${personId}/certificates`, {
      number: 'C0001',
      occupation: '焊工',
      level: '3',
      issuedOn: '0001-01-01',
      issuer: '某鉴定中心',
      obtainedBy: 'training',
    });
    expect(cert.status).toBe(422);
    expect(cert.body.message).toMatch(/1950-01-01 至 2099-12-31/);
  });

  describe('rows already stored with absurd dates', () => {
    let victim: string;
    beforeAll(async () => {
      victim = (await officer.post('/api/persons', personBody(street.id, 2))).body.id;
      const scope = { personId: victim, orgId: street.id, orgPath: street.path };
      await t.db.insert(labourContracts).values([
        {
          ...scope,
          employerId,
          termKind: 'fixed',
          signedOn: '2020-01-01',
          startsOn: '2020-01-01',
          endsOn: '9999-12-31',
        },
        {
          ...scope,
          employerId,
          termKind: 'fixed',
          signedOn: '0001-01-01',
          startsOn: '0001-01-01',
          endsOn: '0001-12-31',
        },
        {
          ...scope,
          employerId,
          termKind: 'task',
          signedOn: '2021-01-01',
          startsOn: '10000-01-01',
          endsOn: '10001-06-30',
        },
      ]);
      await t.db.insert(insuranceContributions).values(
        ['9999-12-01', '0001-01-01', '10000-01-01'].map((month) => ({
          ...contributionBody(employerId, month),
          ...scope,
          status: 'paid' as const,
        })),
      );
      await t.db.insert(qualificationCertificates).values({
        ...scope,
        number: 'ABSURD-1',
        occupation: '焊工',
        level: '3',
        issuedOn: '9999-12-31',
        issuer: '某鉴定中心',
        obtainedBy: 'training',
      });
      await t.db.insert(employmentRegistrations).values({
        ...scope,
        form: 'employer',
        employerId,
        startedOn: '0001-01-01',
        endedOn: '9999-12-31',
      });
    });

    it.each([
      ['the person', () => `/api/persons/${victim}`],
      ["the person's contracts", () => `/api/persons/${victim}/contracts`],
      ["the person's contributions", () => `/api/persons/${victim}/contributions`],
      ["the person's insurance summary", () => `/api/persons/${victim}/insurance-summary`],
      ["the person's timeline", () => `/api/persons/${victim}/timeline`],
      ["the person's certificates", () => `/api/persons/${victim}/certificates`],
      ["the person's employment registrations", () => `/api/persons/${victim}/employment-registrations`],
      ["the person's employment status", () => `/api/persons/${victim}/employment-status`],
      ["the employer's staff roster", () => `/api/employers/${employerId}/contracts`],
      ["the employer's current staff", () => `/api/employers/${employerId}/contracts?current=true`],
      ['the person list', () => '/api/persons'],
      ['the person list of an employer', () => `/api/persons?employerId=${employerId}`],
    ])('still answers %s', async (_, url) => {
      const res = await officer.get(url());
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    });
  });
});
