// A person row module whose worker fails on one row (tests of row-pool.ts): 「线程退出」 ends the
// worker thread, 「线程异常」 throws an unexpected error; every other row is checked as usual.
import { buildRow as personRow } from '../../modules/registry/persons/persons.import-row.ts';
import type { BuildRow } from './importer.ts';

export const buildRow: BuildRow = (cells, env) => {
  if (cells.name === '线程退出') process.exit(1);
  if (cells.name === '线程异常') throw new TypeError('unexpected');
  return personRow(cells, env);
};
