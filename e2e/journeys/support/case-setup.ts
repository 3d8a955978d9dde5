import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AccountSession } from './account-session.ts';
import { runStep, tickAllMaterials } from './case-page.ts';

/** Preparing a person's case through the API, and the station's submit-and-accept, for the journeys. */

/** The city enables the case type `policyId` (`name` for the message) and sets one of its parameters. */
export async function enableWithParameter(
  city: AccountSession,
  policyId: string,
  name: string,
  parameter: { name: string; effectiveFrom: string; value: string; refDoc: string },
) {
  const types = await city.get<{ id: string; enabled: boolean; version: number }[]>('/case-types');
  const type = types.find((x) => x.id === policyId);
  assert.ok(type, `the catalogue has ${name}`);
  if (!type.enabled) await city.put(`/case-types/${policyId}`, { version: type.version, enabled: true });
  const { name: param, ...value } = parameter;
  await city.put(`/policies/${policyId}/parameters/${param}`, value);
}

/** The station registers an urban local-hukou person in its own street; answers the person's id. */
export async function registerPerson(
  station: AccountSession,
  person: { name: string; idNumber: string; address: string; phone: string },
): Promise<string> {
  const me = await station.get<{ user: { org: { id: number } } }>('/auth/me');
  const p = await station.post<{ id: string }>('/persons', {
    ...person,
    ethnicity: '01',
    education: '20',
    hukouType: 'urban',
    hukouPlace: 'local',
    orgId: me.user.org.id,
  });
  return p.id;
}

/** On the open case page: the officer submits, ticks every material and the station accepts. */
export async function submitAndAccept(page: Page) {
  await runStep(page, 'submit');
  await page.getByTestId('case-status-tag').filter({ hasText: '待受理' }).waitFor();
  await page.getByRole('tab', { name: '材料' }).click();
  await tickAllMaterials(page);
  await runStep(page, 'accept');
  await page.getByTestId('case-status-tag').filter({ hasText: '已受理' }).waitFor();
}
