import type { Db } from './db/client.ts';
import { createPersonsExport } from './modules/registry/persons.excel.ts';
import { createPersonsService } from './modules/registry/persons.service.ts';
import { createAuthService } from './platform/auth/auth.service.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { createOrgsService } from './platform/orgs/orgs.service.ts';

/** Wires every domain service with its explicit dependencies; no container, no globals. */
export function createServices(deps: { db: Db; dataKey: Buffer }) {
  const cipher = createFieldCipher(deps.dataKey);
  const { db } = deps;
  return {
    db,
    cipher,
    auth: createAuthService({ db, cipher }),
    orgs: createOrgsService({ db }),
    persons: createPersonsService({ db, cipher }),
    personsExport: createPersonsExport({ db, cipher }),
  };
}

export type Services = ReturnType<typeof createServices>;
