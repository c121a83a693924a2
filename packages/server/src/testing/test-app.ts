/**
 * A whole server for one test file: real database (see test-database.ts), fixed clock, random PII
 * keys, mail and SMS captured in the sandbox outbox, logging off. Tests talk to it through HTTP with
 * `app.inject`.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createSandboxBank } from '../adapters/bank/sandbox.ts';
import { createHumanFaceMatcher } from '../adapters/face/human.ts';
import { createSandboxMailer } from '../adapters/mail/sandbox-mailer.ts';
import { createSandboxPaymentGateway } from '../adapters/payments/sandbox.ts';
import { createSandboxRegistry } from '../adapters/population-registry/sandbox.ts';
import { createSandboxSmsSender } from '../adapters/sms/sandbox-sms.ts';
import { createFileDocumentStore } from '../adapters/storage/file-store.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Clock, type Deps, newUuid } from '../lib/deps.ts';
import { openReadCaches } from '../lib/read-caches.ts';
import { createCardKeyRing } from '../security/card-keys.ts';
import { createPiiCipher } from '../security/pii.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: Clock & { set(iso: string): void };
  close(): Promise<void>;
}

export async function openTestApp(
  opts: {
    now?: string;
    env?: Record<string, string>;
    webRoot?: string;
    /** Replace some of the deps (a scripted face matcher or bank, say), given the ones built here. */
    deps?: (built: Deps) => Partial<Deps>;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  let now = new Date(opts.now ?? '2026-11-23T03:00:00Z');
  const clock = {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...opts.env });
  // Mail and SMS always go to the sandbox outbox here, whatever the config says, so tests can read
  // them back (testing/outbox.ts).
  const outbox = { db: database.db, clock, newId: newUuid };
  const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-test-documents-'));
  const built: Deps = {
    config,
    db: database.db,
    clock,
    newId: newUuid,
    pii,
    mailer: createSandboxMailer(outbox),
    sms: createSandboxSmsSender(outbox),
    registry: createSandboxRegistry(database.db, pii),
    payments: createSandboxPaymentGateway(database.db, clock),
    cardKeys: createCardKeyRing({
      privateKey: config.card.signingKey ?? generateKeyPairSync('ed25519').privateKey,
      kid: config.card.signingKeyId,
      previous: config.card.previousVerifyKeys,
    }),
    face: createHumanFaceMatcher({ modelsDir: config.face.modelsDir }),
    // No latency unless a test configures one (JMO_SANDBOX_BANK_LATENCY_MS is 0 under NODE_ENV=test).
    bank: createSandboxBank(
      { db: database.db, pii, clock },
      {
        latencyMs: config.bank.sandboxLatencyMs,
        himbaraDelayMs: config.payouts.sandboxHimbaraDelayMs,
        batchMs: config.payouts.sandboxBatchMs,
      },
    ),
    documents: createFileDocumentStore(documentsDir, pii),
    caches: await openReadCaches(database, config.readCache),
  };
  const deps: Deps = { ...built, ...opts.deps?.(built) };
  const app = await buildApp(deps, { logger: false, ...(opts.webRoot ? { webRoot: opts.webRoot } : {}) });
  await app.ready();
  return {
    app,
    deps,
    clock,
    async close() {
      await app.close();
      await deps.caches.close();
      await database.close();
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}

/** Sign in through the API and return the `cookie` header value for the new session. */
export async function signIn(t: TestApp, member: { email: string; password: string }): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier: member.email, password: member.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
}

/** Sign a staff account in through the API and return the `cookie` header value. */
export async function signInStaff(t: TestApp, staff: { email: string; password: string }): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/staff/login',
    payload: { email: staff.email, password: staff.password },
  });
  if (res.statusCode !== 200) throw new Error(`staff sign-in failed: ${res.statusCode} ${res.body}`);
  return `jmo_staff_session=${res.cookies.find((c) => c.name === 'jmo_staff_session')!.value}`;
}
