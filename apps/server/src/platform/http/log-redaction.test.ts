import { describe, expect, it } from 'vitest';
import { personBody } from '../../modules/registry/persons/persons.fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { redactedUrl } from './log-redaction.ts';

const logLines: string[] = [];
const t = await createTestApp({ logLines });

describe('request log lines', () => {
  it('never carry the ID number or phone a user searched for', async () => {
    const officer = await t.login('officer1');
    const body = personBody(t.city.street1.id, 7);
    expect((await officer.post('/api/persons', body)).status).toBe(200);
    logLines.length = 0;
    const found = await officer.get(`/api/persons?q=${body.idNumber}&pageSize=5`);
    expect(found.body.total).toBe(1);
    await officer.get(`/api/persons?q=${body.phone}`);
    await officer.get(`/api/persons/export.xlsx?q=${body.idNumber}`);
    const text = logLines.join('');
    expect(text).toContain('/api/persons');
    expect(text).not.toContain(body.idNumber);
    expect(text).not.toContain(body.idNumber.slice(0, 14));
    expect(text).not.toContain(body.phone);
  });
});

describe('redactedUrl', () => {
  it('keeps the path and the paging and sorting values, and hides every other value', () => {
    expect(redactedUrl('/api/persons?q=370983198503150071&page=2&pageSize=20&sort=-name')).toBe(
      '/api/persons?q=[已隐藏]&page=2&pageSize=20&sort=-name',
    );
    expect(redactedUrl('/api/cases/3f2a?x')).toBe('/api/cases/3f2a?x=[已隐藏]');
    expect(redactedUrl('/api/health')).toBe('/api/health');
  });
});
