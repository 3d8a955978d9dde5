import { certificatesImport } from './modules/registry/certificates/certificates.import.ts';
import { contractsImport } from './modules/registry/contracts/contracts.import.ts';
import { contributionsImport } from './modules/registry/contributions/contributions.import.ts';
import { employersImport } from './modules/registry/employers/employers.import.ts';
import { personsImport } from './modules/registry/persons/persons.import.ts';
import { employmentRegistrationsImport } from './modules/registry/registrations/employment-registrations.import.ts';
import { unemploymentRegistrationsImport } from './modules/registry/registrations/unemployment-registrations.import.ts';
import type { ImportKind } from './platform/excel-import/importer.ts';

/** Every kind of record that can be imported from Excel, by the kind's name in the URL and CLI. */
export const importKinds: Record<string, ImportKind> = {
  persons: personsImport,
  employers: employersImport,
  certificates: certificatesImport,
  contributions: contributionsImport,
  'employment-registrations': employmentRegistrationsImport,
  'unemployment-registrations': unemploymentRegistrationsImport,
  contracts: contractsImport,
};
