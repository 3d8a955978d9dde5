import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { type CalendarYearData, defaultCalendarYears } from '@minsheng/rules/engine/calendar.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { AttachmentStorage } from './platform/attachments/attachment-storage.ts';
import { configuredAttachmentStorage } from './platform/attachments/configured-storage.ts';
import type { CalendarSource } from './platform/calendar/calendar-source.ts';
import { openStoredCalendar } from './platform/calendar/stored-calendar-source.ts';
import { installClockDateHeader } from './platform/http/clock-date-header.ts';
import { frameworkErrors, installErrorHandler } from './platform/http/error-handler.ts';
import { installInputGuard } from './platform/http/input-guard.ts';
import { redactPaths, requestSerializer } from './platform/http/log-redaction.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { installSessionHook } from './platform/http/session-hook.ts';
import { registerRoutes } from './routes.ts';
import { createServices, type Services } from './services.ts';

z.config(z.locales.zhCN());

export interface AppOptions {
  config: Config;
  database: Database;
  /** Serve the built web app from this folder (production); omitted in API tests. */
  webDist?: string;
  logger?: boolean;
  /** Where pino writes (tests capture it to prove no personal data is logged); stdout by default. */
  logStream?: { write(line: string): void };
  /**
   * the official working-day calendar (default: the packaged years plus those entered in the
   * database, reread periodically)
   */
  calendar?: CalendarSource;
  /** the packaged calendar years (default: the rules package's) */
  packagedCalendarYears?: readonly CalendarYearData[];
  /** where attachment bytes go (default: the configured S3 bucket, else DATA_DIR/attachments) */
  attachmentStorage?: AttachmentStorage;
}

export const defaultWebDist = path.resolve(import.meta.dirname, '../../web/dist');

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  const { config, database } = opts;
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: { paths: redactPaths, censor: '[已隐藏]' },
            serializers: { req: requestSerializer },
            ...(opts.logStream ? { stream: opts.logStream } : {}),
          },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installInputGuard(app);
  // Client-side routes: a GET for a page that is no file answers with the web app's shell.
  installErrorHandler(app, {
    spaShell: Boolean(opts.webDist && existsSync(path.join(opts.webDist, 'index.html'))),
  });

  await installSecurityHeaders(app);
  installClockDateHeader(app, config.clock);
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '民生 Minsheng API', description: '就业和社会保障服务平台接口', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ms_session' } } },
    },
    transform: jsonSchemaTransform,
    // schemas registered with an id (`.meta({ id })`, e.g. the recursive evaluation trace) as components
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const packagedCalendarYears = opts.packagedCalendarYears ?? defaultCalendarYears();
  let calendar = opts.calendar;
  if (!calendar) {
    const stored = await openStoredCalendar(database.db, {
      packaged: packagedCalendarYears,
      onRefreshError: (err) => app.log.warn({ err }, 'calendar refresh failed'),
    });
    app.addHook('onClose', async () => stored.stop());
    calendar = stored;
  }
  const services = createServices({
    db: database.db,
    dataKey: config.dataKey,
    dataDir: config.dataDir,
    clock: config.clock,
    calendar,
    packagedCalendarYears,
    attachmentStorage: opts.attachmentStorage ?? configuredAttachmentStorage(config),
    attachmentMaxBytes: config.attachments.maxBytes,
    onOrphanAttachment: (storageKey, err) => app.log.warn({ storageKey, err }, 'attachment left in storage'),
  });
  installSessionHook(app, services.auth);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['系统'],
        summary: '健康检查',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await database.db.execute('select 1');
      return { status: 'ok' as const, database: database.kind };
    },
  );
  await registerRoutes(app, services);

  if (opts.webDist && existsSync(path.join(opts.webDist, 'index.html'))) {
    // Files are looked up per request (wildcard), so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: opts.webDist, index: 'index.html' });
  }
  return { app, services };
}
