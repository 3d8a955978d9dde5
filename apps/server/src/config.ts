import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type Clock, clockStartingAt, systemClock } from './platform/clock.ts';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET 至少 32 个字符').optional(),
  DATA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'DATA_KEY 必须是 32 字节密钥的 base64 编码')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // For demonstrations and tests only: the server's clock starts at this instant and runs on.
  CLOCK_START: z.iso
    .datetime({ offset: true, error: 'CLOCK_START 须为带时区的时间，如 2026-06-15T09:00:00+08:00' })
    .optional(),
  /** largest attachment accepted, in MB */
  ATTACHMENTS_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
  /** S3-compatible attachment store (all of bucket, region and keys, or none: then DATA_DIR/attachments) */
  ATTACHMENTS_S3_ENDPOINT: z
    .url({ error: 'ATTACHMENTS_S3_ENDPOINT 须为网址，如 https://s3.example.com' })
    .optional(),
  ATTACHMENTS_S3_BUCKET: z.string().min(1).optional(),
  ATTACHMENTS_S3_REGION: z.string().min(1).optional(),
  ATTACHMENTS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ATTACHMENTS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ATTACHMENTS_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export interface S3AttachmentsConfig {
  /** unset: the provider's default endpoint for the region */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** path-style addresses (MinIO and most self-hosted stores) */
  forcePathStyle: boolean;
}

export interface AttachmentsConfig {
  /** the local store's folder (used when `s3` is null) */
  dir: string;
  maxBytes: number;
  s3: S3AttachmentsConfig | null;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  dataKey: Buffer;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  attachments: AttachmentsConfig;
  /** the server's clock: the machine's, or one started at CLOCK_START */
  clock: Clock;
}

export class ConfigError extends Error {}

/**
 * Parses the environment once. Secrets that are not given are generated into the data folder on
 * first start, so the embedded default needs no configuration but keeps its keys across restarts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(EnvSchema, env);
  const dataDir = path.resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir, 'session-secret', 48),
    dataKey: Buffer.from(e.DATA_KEY ?? readOrCreateSecret(dataDir, 'data-key', 32), 'base64'),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    attachments: attachmentsConfig(e, dataDir),
    clock: e.CLOCK_START ? clockStartingAt(new Date(e.CLOCK_START)) : systemClock,
  };
}

/**
 * Where the database is, for console commands that read it only when they need to: parsed like
 * `loadConfig` but creating nothing (no data folder, no secrets).
 */
export function loadDatabaseLocation(env: NodeJS.ProcessEnv = process.env) {
  const e = parseEnv(EnvSchema.pick({ DATA_DIR: true, DATABASE_URL: true }), env);
  return { databaseUrl: e.DATABASE_URL, dataDir: path.resolve(e.DATA_DIR) };
}

const s3Keys = [
  'ATTACHMENTS_S3_BUCKET',
  'ATTACHMENTS_S3_REGION',
  'ATTACHMENTS_S3_ACCESS_KEY_ID',
  'ATTACHMENTS_S3_SECRET_ACCESS_KEY',
] as const;

function attachmentsConfig(e: z.infer<typeof EnvSchema>, dataDir: string): AttachmentsConfig {
  const given = s3Keys.filter((k) => e[k] !== undefined);
  if (given.length > 0 && given.length < s3Keys.length) {
    const missing = s3Keys.filter((k) => e[k] === undefined);
    throw new ConfigError(`配置错误 (environment):\n  使用 S3 附件存储时还须设置 ${missing.join('、')}`);
  }
  return {
    dir: path.join(dataDir, 'attachments'),
    maxBytes: e.ATTACHMENTS_MAX_MB * 1024 * 1024,
    s3:
      given.length === 0
        ? null
        : {
            endpoint: e.ATTACHMENTS_S3_ENDPOINT,
            bucket: e.ATTACHMENTS_S3_BUCKET!,
            region: e.ATTACHMENTS_S3_REGION!,
            accessKeyId: e.ATTACHMENTS_S3_ACCESS_KEY_ID!,
            secretAccessKey: e.ATTACHMENTS_S3_SECRET_ACCESS_KEY!,
            forcePathStyle: e.ATTACHMENTS_S3_FORCE_PATH_STYLE,
          },
  };
}

function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 (environment):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function readOrCreateSecret(dataDir: string, name: string, bytes: number): string {
  const file = path.join(dataDir, 'secrets', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = randomBytes(bytes).toString('base64');
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}
