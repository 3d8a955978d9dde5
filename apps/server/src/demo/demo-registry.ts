import type { Executor } from '../db/client.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { addDemoCertificates } from './demo-certificates.ts';
import { addDemoEmployers } from './demo-employers.ts';
import { createDemoHouseholds } from './demo-households.ts';
import { createDemoInsurance } from './demo-insurance.ts';
import { createDemoRegistrations } from './demo-registrations.ts';

export interface DemoRegistryCounts {
  employers: number;
  households: number;
  zeroEmploymentHouseholds: number;
  employmentRegistrations: number;
  unemploymentRegistrations: number;
  difficultyDeterminations: number;
  contracts: number;
  contributions: number;
  certificates: number;
}

/**
 * Everything else the registry knows, for the demo persons under `cityPath`: employers in every
 * street, households (some zero-employment), employment and unemployment registrations with
 * difficulty determinations, labour contracts and contributions (the working histories of at most
 * `insuredPersons` persons, ~200 rows each), and certificates. Each step covers only the persons
 * it has not covered yet, so growing a city adds records for the newcomers.
 */
export async function populateDemoRegistry(
  tx: Executor,
  cipher: FieldCipher,
  opts: { cityPath: string; persons: number; seed: number; today: string; insuredPersons?: number },
): Promise<DemoRegistryCounts> {
  const { cityPath: orgPath, seed, today } = opts;
  const employers = await addDemoEmployers(tx, cipher, {
    cityPath: orgPath,
    perStreet: Math.min(200, Math.max(3, Math.ceil(opts.persons / 200))),
    seed,
  });
  const households = await createDemoHouseholds(tx, { orgPath, seed, today });
  const registrations = await createDemoRegistrations(tx, { orgPath, seed, today });
  const insurance = await createDemoInsurance(tx, {
    orgPath,
    seed,
    today,
    maxPersons: opts.insuredPersons ?? Math.min(opts.persons, 2000),
  });
  return {
    employers,
    households: households.households,
    zeroEmploymentHouseholds: households.recognitions,
    employmentRegistrations: registrations.employment,
    unemploymentRegistrations: registrations.unemployment,
    difficultyDeterminations: registrations.determinations,
    contracts: insurance.contracts,
    contributions: insurance.contributions,
    certificates: await addDemoCertificates(tx, { orgPath, seed, today }),
  };
}
