import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../test/test-app.ts';
import { type CellInput, workbook } from './import-fixtures.ts';

/** Posts an .xlsx to an import kind as multipart/form-data, as the browser does. */
export async function upload(
  t: TestApp,
  client: TestClient,
  kind: string,
  content: Buffer,
  fileName = 'data.xlsx',
) {
  return uploadTo<{ id: string; message?: string }>(t, client, `/api/imports/${kind}`, content, fileName);
}

/** Posts an .xlsx to any upload route as multipart/form-data (field "file"). */
export async function uploadTo<T = unknown>(
  t: TestApp,
  client: TestClient,
  url: string,
  content: Buffer,
  fileName = 'data.xlsx',
) {
  const boundary = '----minsheng-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as T };
}

/** Polls the job until it has finished. */
export async function finished(client: TestClient, id: string) {
  for (let i = 0; i < 2000; i++) {
    const r = await client.get(`/api/jobs/${id}`);
    if (r.body.status === 'succeeded' || r.body.status === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('import did not finish');
}

/** Uploads rows under the headers and waits for the import job. */
export async function importRows(
  t: TestApp,
  client: TestClient,
  kind: string,
  headers: string[],
  rows: CellInput[][],
) {
  const up = await upload(t, client, kind, await workbook(headers, rows));
  expect(up.status).toBe(200);
  return { id: up.body.id, job: await finished(client, up.body.id) };
}
