/**
 * The only reader of process.env. Parsed once with zod into a frozen, typed object; boot fails with
 * a readable list of every problem (STYLE B8).
 */
import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Public base URL, used in printed links and e-mails. */
  PUBLIC_URL: z.url().optional(),
  JMO_DATA_DIR: z.string().min(1).default('./data'),
  /** Unset or `pglite:` → embedded PGlite in JMO_DATA_DIR; `postgres://…` → that server. */
  DATABASE_URL: z
    .string()
    .refine((v) => v.startsWith('postgres://') || v.startsWith('postgresql://') || v.startsWith('pglite:'), {
      message: 'must start with postgres://, postgresql:// or pglite:',
    })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** 32-byte key, base64, for AES-256-GCM encryption of PII. Generated into the data folder in dev. */
  JMO_PII_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'must be 32 bytes, base64-encoded' })
    .optional(),
  /** 32-byte key, base64, for the keyed blind indexes used to look PII up. */
  JMO_INDEX_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'must be 32 bytes, base64-encoded' })
    .optional(),
  JMO_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  JMO_TIME_ZONE: z.string().default('Asia/Jakarta'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  database: { engine: 'postgres'; url: string; poolSize: number } | { engine: 'pglite'; dataDir: string };
  piiKey: Buffer | undefined;
  indexKey: Buffer | undefined;
  seedDemo: boolean;
  timeZone: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  bodyLimitBytes: number;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  loginRateLimitPerMinute: number;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  if (!Intl.supportedValuesOf('timeZone').includes(e.JMO_TIME_ZONE) && e.JMO_TIME_ZONE !== 'UTC') {
    throw new ConfigError([`JMO_TIME_ZONE: unknown time zone "${e.JMO_TIME_ZONE}"`]);
  }
  if (e.NODE_ENV === 'production' && (!e.JMO_PII_KEY || !e.JMO_INDEX_KEY)) {
    throw new ConfigError([
      'JMO_PII_KEY and JMO_INDEX_KEY are required in production (32 bytes, base64 each)',
    ]);
  }
  const dataDir = path.resolve(e.JMO_DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] =
    url && !url.startsWith('pglite:')
      ? { engine: 'postgres', url, poolSize: e.DATABASE_POOL_SIZE }
      : { engine: 'pglite', dataDir: url?.slice('pglite:'.length) || path.join(dataDir, 'pglite') };
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir,
    database,
    piiKey: e.JMO_PII_KEY ? Buffer.from(e.JMO_PII_KEY, 'base64') : undefined,
    indexKey: e.JMO_INDEX_KEY ? Buffer.from(e.JMO_INDEX_KEY, 'base64') : undefined,
    seedDemo: e.JMO_SEED_DEMO === 'auto',
    timeZone: e.JMO_TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secureCookie: e.NODE_ENV === 'production',
    },
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
  });
}
