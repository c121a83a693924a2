/**
 * A real JMO server for the browser: real HTTP on a free port, a fresh database (PGlite in memory,
 * or a new PostgreSQL database when DATABASE_URL is set), the demo data seeded, and the built PWA.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandboxBank } from '@jmo/server/adapters/bank/sandbox';
import { createHumanFaceMatcher } from '@jmo/server/adapters/face/human';
import { createSandboxMailer } from '@jmo/server/adapters/mail/sandbox-mailer';
import { createSandboxPaymentGateway } from '@jmo/server/adapters/payments/sandbox';
import { createSandboxRegistry } from '@jmo/server/adapters/population-registry/sandbox';
import { createSandboxSmsSender } from '@jmo/server/adapters/sms/sandbox-sms';
import { createFileDocumentStore } from '@jmo/server/adapters/storage/file-store';
import { buildApp } from '@jmo/server/app';
import { loadConfig } from '@jmo/server/config';
import { seedDemoData } from '@jmo/server/demo/seed';
import { startBackgroundJobs } from '@jmo/server/jobs/background';
import { type Deps, newUuid, systemClock } from '@jmo/server/lib/deps';
import { openReadCaches } from '@jmo/server/lib/read-caches';
import { createCardKeyRing } from '@jmo/server/security/card-keys';
import { createPiiCipher } from '@jmo/server/security/pii';
import { openTestDatabase } from '@jmo/server/testing/test-database';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');

/**
 * `backgroundJobs`: run `npm start`'s jobs too (payouts to the sandbox bank, claim notices, …) on
 * the real clock, for flows that wait for them.
 */
export async function startServer(
  options: { backgroundJobs?: boolean } = {},
): Promise<{ url: string; deps: Deps; stop(): Promise<void> }> {
  const database = await openTestDatabase();
  const outbox = { db: database.db, clock: systemClock, newId: newUuid };
  const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-e2e-documents-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const deps: Deps = {
    config,
    db: database.db,
    clock: systemClock,
    newId: newUuid,
    pii,
    // Captured, and readable in the browser at /sandbox/inbox.
    mailer: createSandboxMailer(outbox),
    sms: createSandboxSmsSender(outbox),
    registry: createSandboxRegistry(database.db, pii),
    payments: createSandboxPaymentGateway(database.db, systemClock),
    cardKeys: createCardKeyRing({ privateKey: generateKeyPairSync('ed25519').privateKey }),
    face: createHumanFaceMatcher(),
    // The demo's accounts are listed at /sandbox/bank (DEMO_BANK_ACCOUNTS).
    bank: createSandboxBank(
      { db: database.db, pii, clock: systemClock },
      {
        latencyMs: config.bank.sandboxLatencyMs,
        himbaraDelayMs: config.payouts.sandboxHimbaraDelayMs,
        batchMs: config.payouts.sandboxBatchMs,
      },
    ),
    documents: createFileDocumentStore(documentsDir, pii),
    caches: await openReadCaches(database, config.readCache),
  };
  await seedDemoData(deps, { people: 20 });
  const app = await buildApp(deps, { webRoot: WEB_ROOT, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const jobs = options.backgroundJobs ? startBackgroundJobs(deps, app.log) : null;
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    async stop() {
      await jobs?.stop();
      await app.close();
      await deps.caches.close();
      await database.close();
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
