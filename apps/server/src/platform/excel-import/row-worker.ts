// A worker thread of an import's row pool (see row-pool.ts): parses cells and runs the kind's
// `buildRow` — resident-ID rules, HMAC lookup hash, AES-GCM encryption — off the main thread, and
// encodes the valid rows in the writer's form.
import { workerData } from 'node:worker_threads';
import { createFieldCipher } from '../crypto.ts';
import { checkRows, type SheetRow } from './check-rows.ts';
import type { BuildRow } from './importer.ts';
import type { RowPoolSetup } from './row-pool.ts';

const setup = workerData as RowPoolSetup;
const { buildRow } = (await import(setup.rowModule)) as { buildRow: BuildRow };
const env = { cipher: createFieldCipher(Buffer.from(setup.key)), today: setup.today, userId: setup.userId };

export default (task: { at: Map<string, number>; rows: SheetRow[] }) =>
  checkRows(setup.columns, task.at, task.rows, setup.lookups, setup.encoding, (clean) =>
    clean.map((r) => buildRow(r.cells, env)),
  );
