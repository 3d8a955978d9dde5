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
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  dataKey: Buffer;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
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
