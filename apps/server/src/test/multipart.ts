import type { FastifyInstance } from 'fastify';
import type { TestClient } from './test-app.ts';

/** Posts one file as the browser does (multipart, one `file` part) for a signed-in client. */
export async function postFile(
  app: FastifyInstance,
  client: TestClient,
  url: string,
  file: Buffer,
  name: string,
) {
  const boundary = '----minsheng-test-upload';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
    },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}
