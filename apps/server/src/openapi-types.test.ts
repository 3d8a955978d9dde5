import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { apiTypes, apiTypesFile } from '../scripts/api-types.ts';

it('the committed web API types match the OpenAPI document (else run `npm run api:types`)', async () => {
  const committed = readFileSync(apiTypesFile, 'utf8');
  expect(
    committed === (await apiTypes()),
    'apps/web/src/app/api/openapi.d.ts is stale: run `npm run api:types`',
  ).toBe(true);
}, 120_000);
