/**
 * The only reader of process.env. Parsed once with zod into a frozen, typed object; boot fails with
 * a readable list of every problem (STYLE B8).
 */
import { createPrivateKey, type KeyObject, randomBytes } from 'node:crypto';
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
  /** Id (1–255) of the JMO_PII_KEY / JMO_INDEX_KEY pair, written into every ciphertext; new with each rotation. */
  JMO_PII_KEY_ID: z.coerce.number().int().min(1).max(255).optional(),
  /** Earlier encryption keys as `id:base64` separated by commas, to read rows until keys:rotate re-encrypted them. */
  JMO_PII_KEY_PREVIOUS: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
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
  /** Registration starts and code re-sends per address per minute (verifications get twice this). */
  REGISTRATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
  /** `smtp://user:pass@host:587` or `smtps://…:465`; unset → mail is captured by the sandbox. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine(isSmtpUrl, {
        message: 'must be smtp://[user:pass@]host[:port] or smtps://… (a URL with a host)',
      })
      .optional(),
  ),
  MAIL_FROM: z
    .string()
    .refine((v) => /^[^\r\n]*@[^\r\n]*$/.test(v) && v.length <= 200, {
      message: 'must be an address on one line, optionally with a name: JMO <no-reply@example.id>',
    })
    .default('JMO <no-reply@jmo.local>'),
  /** `auto`: on unless NODE_ENV=production. The sandbox surface shows captured codes: never in production. */
  JMO_SANDBOX: z.enum(['auto', 'on', 'off']).default('auto'),
  /** How long the sandbox bank takes to answer an account-name inquiry; default 150 ms, 0 under NODE_ENV=test. */
  JMO_SANDBOX_BANK_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  /** Shared secret the payment gateway signs its callbacks with (at least 32 characters). */
  PAYMENTS_CALLBACK_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  ),
  /** Ed25519 private key that signs digital cards: base64 PKCS#8 DER (a PEM is accepted). Generated into the data folder in dev. */
  JMO_CARD_SIGNING_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** The `kid` of that key; default: the first 16 characters of its RFC 7638 thumbprint. */
  JMO_CARD_SIGNING_KEY_ID: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, {
        message: 'must be 1–64 letters, digits, dots, dashes or underscores',
      })
      .optional(),
  ),
  /** Public keys of earlier signing keys, still verifying cards they signed: `<kid>:<x>,…` (x: the JWK's base64url). */
  JMO_CARD_VERIFY_KEYS_PREVIOUS: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** How long a digital card is valid from issue. */
  JMO_CARD_VALIDITY_DAYS: z.coerce.number().int().min(1).max(1830).default(365),
  /** Server-side verifications per address per minute (`POST /card-credentials/verify`). */
  CARD_VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Folder holding Human's face models (`blazeface.json`, `faceres.json`…); default: those the @vladmandic/human package ships. */
  JMO_FACE_MODELS_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** Least similarity of selfie and reference photo (0–1] that counts as the same person. */
  JMO_FACE_MATCH_THRESHOLD: z.coerce.number().gt(0).max(1).default(0.7),
  /** Least liveness score [0–1] that counts as a live face rather than a print or a screen. */
  JMO_FACE_LIVENESS_THRESHOLD: z.coerce.number().min(0).max(1).default(0.35),
  /** Failed selfies a day before the data update goes to an officer. */
  JMO_FACE_MAX_ATTEMPTS_PER_DAY: z.coerce.number().int().min(1).max(20).default(3),
  /** Largest selfie upload accepted, in bytes. */
  JMO_SELFIE_MAX_BYTES: z.coerce.number().int().min(100_000).max(20_000_000).default(5_000_000),
  /**
   * How long a session or a member's card list may be served from memory; every change to the
   * rows behind them is announced by the database and drops them at once (lib/read-caches.ts), so
   * this only bounds how long an idle entry holds memory. 0 turns the caches off.
   */
  JMO_READ_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  /** Most entries each read cache holds (least recently used go first). */
  JMO_READ_CACHE_ENTRIES: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
  /** Hours between a member asking to turn the withdrawal lock off and its taking effect. */
  JMO_WITHDRAWAL_LOCK_OFF_DELAY_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  /** Days a bank account changed from an earlier one blocks JHT claims. */
  JMO_BANK_CHANGE_COOLING_OFF_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** Bank calls a payout gets (first send included) before the money goes back to the member's balance. */
  JMO_PAYOUT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  /** Wait before the first retry of a failed payout; doubled at each further retry up to JMO_PAYOUT_BACKOFF_MAX_SECONDS. */
  JMO_PAYOUT_BACKOFF_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  JMO_PAYOUT_BACKOFF_MAX_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(3600),
  /** How long a payout the bank accepted waits for its callback before the worker asks the bank. */
  JMO_PAYOUT_CALLBACK_WAIT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 86_400)
    .default(3600),
  /** How long a worker holds a payout it took; after that another worker may take it over. */
  JMO_PAYOUT_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Shared secret the banks sign their transfer callbacks with (at least 32 characters). */
  BANK_CALLBACK_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  ),
  /** The sandbox bank settles a transfer to a Himbara bank (BRI, Mandiri, BNI, BTN) after this delay; default 4000 ms, 20 under NODE_ENV=test. */
  JMO_SANDBOX_BANK_HIMBARA_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  /** The sandbox bank settles transfers to other banks in a batch at every multiple of this many seconds. */
  JMO_SANDBOX_BANK_BATCH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
});

/** A PKCS#8 Ed25519 private key from base64 DER or PEM text; problems never quote the key. */
function parseCardSigningKey(value: string): { key: KeyObject } | { problem: string } {
  try {
    const trimmed = value.trim();
    const key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed.replace(/\\n/g, '\n'), format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') return { problem: 'must be an Ed25519 key' };
    return { key };
  } catch {
    return { problem: 'must be an Ed25519 private key: base64 of its PKCS#8 DER, or a PKCS#8 PEM' };
  }
}

/** `kid:x,…` → earlier public keys; x is the 32-byte key in base64url (or base64). */
function parseCardVerifyKeys(value: string): { keys: { kid: string; x: string }[] } | { problem: string } {
  const keys: { kid: string; x: string }[] = [];
  for (const [position, entry] of value.split(',').entries()) {
    if (entry.trim() === '') continue;
    const match = /^\s*([A-Za-z0-9._-]{1,64}):([A-Za-z0-9+/_=-]+)\s*$/.exec(entry);
    const bytes = Buffer.from((match?.[2] ?? '').replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (!match || bytes.length !== 32)
      return { problem: `entry ${position + 1} must be <kid>:<32-byte Ed25519 public key, base64url>` };
    if (keys.some((k) => k.kid === match[1])) return { problem: `key id ${match[1]} is listed twice` };
    keys.push({ kid: match[1]!, x: bytes.toString('base64url') });
  }
  return { keys };
}

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `2:<base64>,1:<base64>` → keys by id; problems never quote a key. */
function parsePreviousKeys(
  value: string,
  currentId: number,
): { keys: { id: number; encryptionKey: Buffer }[] } | { problem: string } {
  const keys: { id: number; encryptionKey: Buffer }[] = [];
  for (const [position, entry] of value.split(',').entries()) {
    if (entry.trim() === '') continue;
    const match = /^\s*(\d{1,3}):([A-Za-z0-9+/=]+)\s*$/.exec(entry);
    const id = Number(match?.[1]);
    const encryptionKey = Buffer.from(match?.[2] ?? '', 'base64');
    if (!match || id < 1 || id > 255 || encryptionKey.length !== 32)
      return { problem: `entry ${position + 1} must be <id 1–255>:<32 bytes, base64>` };
    if (id === currentId) return { problem: `key id ${id} is the current JMO_PII_KEY_ID` };
    if (keys.some((k) => k.id === id)) return { problem: `key id ${id} is listed twice` };
    keys.push({ id, encryptionKey });
  }
  return { keys };
}

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  database: { engine: 'postgres'; url: string; poolSize: number } | { engine: 'pglite'; dataDir: string };
  piiKey: Buffer | undefined;
  indexKey: Buffer | undefined;
  /** The id of the current key pair (1 until the first rotation). */
  piiKeyId: number;
  /** Encryption keys of earlier pairs, decrypt-only. Secrets: never log them. */
  previousPiiKeys: readonly { id: number; encryptionKey: Buffer }[];
  seedDemo: boolean;
  timeZone: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  bodyLimitBytes: number;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  loginRateLimitPerMinute: number;
  registrationRateLimitPerMinute: number;
  /**
   * How e-mail leaves: over SMTP, or captured in the sandbox outbox (outside production only).
   * `smtpUrl` holds a password: never log it.
   */
  mail: { transport: 'smtp'; smtpUrl: string; from: string } | { transport: 'sandbox'; from: string };
  /** How SMS leaves: captured in the sandbox outbox, or nowhere (production has no gateway yet). */
  sms: { transport: 'sandbox' } | { transport: 'none' };
  /** The sandbox surface (`/sandbox/inbox`, `/api/v1/sandbox/…`) is mounted. Never in production. */
  sandbox: boolean;
  /**
   * Virtual accounts come from the sandbox provider (outside production) or from nowhere yet
   * (production has no gateway adapter). The callback secret is a secret: never log it.
   */
  payments: { gateway: 'sandbox' | 'none'; callbackSecret: Buffer };
  /**
   * Banks (account-name inquiry): the sandbox bank answers when `sandbox` is on, after this
   * latency, as a bank over the network would; production has no bank adapter yet.
   */
  bank: Readonly<{ sandboxLatencyMs: number }>;
  /**
   * Digital membership cards: the signing key (a secret: never log it; generated into the data
   * folder outside production when unset), its id, earlier public keys and the validity.
   */
  card: Readonly<{
    signingKey: KeyObject | undefined;
    signingKeyId: string | undefined;
    previousVerifyKeys: readonly { kid: string; x: string }[];
    validityDays: number;
    verifyRateLimitPerMinute: number;
  }>;
  /**
   * The face check: where the matcher's models are (adapters/face/human.ts), the thresholds its
   * scores are judged by (core `judgeFace`), failed attempts a day before an officer takes over the
   * data update, and the selfie size limit.
   */
  face: Readonly<{
    modelsDir: string | undefined;
    matchThreshold: number;
    livenessThreshold: number;
    maxAttemptsPerDay: number;
    maxSelfieBytes: number;
  }>;
  /** Sessions and card lists kept in memory, dropped on every change the database announces. */
  readCache: Readonly<{ seconds: number; maxEntries: number }>;
  /** The member's safety controls on JHT claims (modules/jht-claim, core claims/safety.ts). */
  claimSafety: Readonly<{ withdrawalLockOffDelayHours: number; bankCoolingOffDays: number }>;
  /**
   * Payouts (modules/payouts): attempts before a reversal, the retry backoff, how long a sent
   * payout waits for its callback, the worker's lease, the banks' callback secret (a secret: never
   * log it) and the sandbox bank's settlement timing (Himbara after a delay, others in batches).
   */
  payouts: Readonly<{
    maxAttempts: number;
    backoffMs: number;
    backoffMaxMs: number;
    callbackWaitMs: number;
    leaseMs: number;
    callbackSecret: Buffer;
    sandboxHimbaraDelayMs: number;
    sandboxBatchMs: number;
  }>;
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
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && (!e.JMO_PII_KEY || !e.JMO_INDEX_KEY)) {
    problems.push('JMO_PII_KEY and JMO_INDEX_KEY are required in production (32 bytes, base64 each)');
  }
  if (Boolean(e.JMO_PII_KEY) !== Boolean(e.JMO_INDEX_KEY)) {
    problems.push('JMO_PII_KEY and JMO_INDEX_KEY go together: set both (a key pair) or neither');
  }
  if ((e.JMO_PII_KEY_ID !== undefined || e.JMO_PII_KEY_PREVIOUS) && !(e.JMO_PII_KEY && e.JMO_INDEX_KEY)) {
    problems.push(
      'JMO_PII_KEY_ID and JMO_PII_KEY_PREVIOUS describe configured keys: set JMO_PII_KEY and JMO_INDEX_KEY too',
    );
  }
  const piiKeyId = e.JMO_PII_KEY_ID ?? 1;
  const previous = parsePreviousKeys(e.JMO_PII_KEY_PREVIOUS ?? '', piiKeyId);
  if ('problem' in previous) problems.push(`JMO_PII_KEY_PREVIOUS: ${previous.problem}`);
  if (production && !e.SMTP_URL) {
    problems.push(
      'SMTP_URL is required in production: without it e-mail (verification codes included) would only be captured by the sandbox and never delivered',
    );
  }
  if (production && e.JMO_SANDBOX === 'on') {
    problems.push(
      'JMO_SANDBOX=on is not allowed in production: the sandbox inbox shows captured verification codes and addresses to anyone',
    );
  }
  if (production && !e.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL is required in production: links in e-mails (password reset) must point at the real address, never at a Host header',
    );
  }
  if (production && !e.PAYMENTS_CALLBACK_SECRET) {
    problems.push(
      'PAYMENTS_CALLBACK_SECRET is required in production: without it anyone could forge a payment callback',
    );
  }
  const cardKey = e.JMO_CARD_SIGNING_KEY ? parseCardSigningKey(e.JMO_CARD_SIGNING_KEY) : undefined;
  if (cardKey && 'problem' in cardKey) problems.push(`JMO_CARD_SIGNING_KEY: ${cardKey.problem}`);
  if (production && !e.JMO_CARD_SIGNING_KEY) {
    problems.push(
      'JMO_CARD_SIGNING_KEY is required in production: digital cards must be signed by a key kept in your secret store (npm run card-keys:generate)',
    );
  }
  if (e.JMO_CARD_SIGNING_KEY_ID && !e.JMO_CARD_SIGNING_KEY) {
    problems.push('JMO_CARD_SIGNING_KEY_ID names a configured key: set JMO_CARD_SIGNING_KEY too');
  }
  const cardVerifyKeys = parseCardVerifyKeys(e.JMO_CARD_VERIFY_KEYS_PREVIOUS ?? '');
  if ('problem' in cardVerifyKeys) problems.push(`JMO_CARD_VERIFY_KEYS_PREVIOUS: ${cardVerifyKeys.problem}`);
  else if (
    e.JMO_CARD_SIGNING_KEY_ID &&
    cardVerifyKeys.keys.some((k) => k.kid === e.JMO_CARD_SIGNING_KEY_ID)
  ) {
    problems.push(
      `JMO_CARD_VERIFY_KEYS_PREVIOUS: key id ${e.JMO_CARD_SIGNING_KEY_ID} is the current signing key`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = path.resolve(e.JMO_DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] =
    url && !url.startsWith('pglite:')
      ? { engine: 'postgres', url, poolSize: e.DATABASE_POOL_SIZE }
      : { engine: 'pglite', dataDir: url?.slice('pglite:'.length) || path.join(dataDir, 'pglite') };
  const mail: Config['mail'] = e.SMTP_URL
    ? { transport: 'smtp', smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }
    : { transport: 'sandbox', from: e.MAIL_FROM };
  const sms: Config['sms'] = production ? { transport: 'none' } : { transport: 'sandbox' };
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir,
    database,
    piiKey: e.JMO_PII_KEY ? Buffer.from(e.JMO_PII_KEY, 'base64') : undefined,
    indexKey: e.JMO_INDEX_KEY ? Buffer.from(e.JMO_INDEX_KEY, 'base64') : undefined,
    piiKeyId,
    previousPiiKeys: 'keys' in previous ? previous.keys : [],
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
    registrationRateLimitPerMinute: e.REGISTRATION_RATE_LIMIT_PER_MINUTE,
    mail,
    sms,
    sandbox: e.JMO_SANDBOX === 'on' || (e.JMO_SANDBOX === 'auto' && !production),
    payments: {
      gateway: production ? ('none' as const) : ('sandbox' as const),
      // Outside production the sandbox provider and JMO run in one process, so a fresh secret per
      // process is enough and no default secret ever exists.
      callbackSecret: e.PAYMENTS_CALLBACK_SECRET ? Buffer.from(e.PAYMENTS_CALLBACK_SECRET) : randomBytes(32),
    },
    bank: Object.freeze({
      sandboxLatencyMs: e.JMO_SANDBOX_BANK_LATENCY_MS ?? (e.NODE_ENV === 'test' ? 0 : 150),
    }),
    card: Object.freeze({
      signingKey: cardKey && 'key' in cardKey ? cardKey.key : undefined,
      signingKeyId: e.JMO_CARD_SIGNING_KEY_ID,
      previousVerifyKeys: 'keys' in cardVerifyKeys ? cardVerifyKeys.keys : [],
      validityDays: e.JMO_CARD_VALIDITY_DAYS,
      verifyRateLimitPerMinute: e.CARD_VERIFY_RATE_LIMIT_PER_MINUTE,
    }),
    face: Object.freeze({
      modelsDir: e.JMO_FACE_MODELS_DIR ? path.resolve(e.JMO_FACE_MODELS_DIR) : undefined,
      matchThreshold: e.JMO_FACE_MATCH_THRESHOLD,
      livenessThreshold: e.JMO_FACE_LIVENESS_THRESHOLD,
      maxAttemptsPerDay: e.JMO_FACE_MAX_ATTEMPTS_PER_DAY,
      maxSelfieBytes: e.JMO_SELFIE_MAX_BYTES,
    }),
    readCache: Object.freeze({ seconds: e.JMO_READ_CACHE_SECONDS, maxEntries: e.JMO_READ_CACHE_ENTRIES }),
    claimSafety: Object.freeze({
      withdrawalLockOffDelayHours: e.JMO_WITHDRAWAL_LOCK_OFF_DELAY_HOURS,
      bankCoolingOffDays: e.JMO_BANK_CHANGE_COOLING_OFF_DAYS,
    }),
    payouts: Object.freeze({
      maxAttempts: e.JMO_PAYOUT_MAX_ATTEMPTS,
      backoffMs: e.JMO_PAYOUT_BACKOFF_SECONDS * 1000,
      backoffMaxMs: Math.max(e.JMO_PAYOUT_BACKOFF_MAX_SECONDS, e.JMO_PAYOUT_BACKOFF_SECONDS) * 1000,
      callbackWaitMs: e.JMO_PAYOUT_CALLBACK_WAIT_SECONDS * 1000,
      leaseMs: e.JMO_PAYOUT_LEASE_SECONDS * 1000,
      // Unset: a fresh secret per process (the sandbox bank runs in this process), so no default
      // secret exists and no outside callback can verify. A real bank adapter needs it set.
      callbackSecret: e.BANK_CALLBACK_SECRET ? Buffer.from(e.BANK_CALLBACK_SECRET) : randomBytes(32),
      sandboxHimbaraDelayMs: e.JMO_SANDBOX_BANK_HIMBARA_DELAY_MS ?? (e.NODE_ENV === 'test' ? 20 : 4000),
      sandboxBatchMs: e.JMO_SANDBOX_BANK_BATCH_SECONDS * 1000,
    }),
  });
}
