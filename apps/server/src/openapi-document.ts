import { PGlite } from '@electric-sql/pglite';
import { buildApp } from './app.ts';
import { openDatabase } from './db/client.ts';
import { packagedCalendar } from './platform/calendar/calendar-source.ts';
import { systemClock } from './platform/clock.ts';

/**
 * The server's OpenAPI document as `/api/openapi.json` serves it, built without listening on a
 * port: the app is assembled over an empty in-memory database (no route runs, nothing is queried).
 */
export async function openApiDocument(): Promise<unknown> {
  const database = await openDatabase({ dataDir: '', pglite: await PGlite.create() });
  const { app } = await buildApp({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir: '',
      databaseUrl: undefined,
      sessionSecret: 'openapi-document-only-openapi-document-only',
      dataKey: Buffer.alloc(32),
      logLevel: 'error',
      trustProxy: false,
      attachments: { dir: '', maxBytes: 20 * 1024 * 1024, s3: null },
      clock: systemClock,
    },
    database,
    logger: false,
    calendar: packagedCalendar,
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}
