/**
 * `npm start`: open the database (embedded PGlite in the data folder unless DATABASE_URL is set),
 * migrate, seed the demo on first start, serve API and web on one port, and shut down cleanly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unavailableBank } from './adapters/bank/port.ts';
import { createSandboxBank } from './adapters/bank/sandbox.ts';
import { createHumanFaceMatcher } from './adapters/face/human.ts';
import { createMessaging } from './adapters/messaging.ts';
import { unavailablePaymentGateway } from './adapters/payments/port.ts';
import { createSandboxPaymentGateway } from './adapters/payments/sandbox.ts';
import { unavailableRegistry } from './adapters/population-registry/port.ts';
import { createSandboxRegistry } from './adapters/population-registry/sandbox.ts';
import { createFileDocumentStore } from './adapters/storage/file-store.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { DEMO_LOGINS, seedDemoData } from './demo/seed.ts';
import { DEMO_STAFF } from './demo/staff.ts';
import { startBackgroundJobs } from './jobs/background.ts';
import { type Deps, newUuid, systemClock } from './lib/deps.ts';
import { openReadCaches } from './lib/read-caches.ts';
import { resolveCardKeyRing } from './security/card-keys.ts';
import { createPiiCipher, resolvePiiKeys } from './security/pii.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB_ROOT = path.resolve(here, '../../web/dist');

async function main(): Promise<void> {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: config.database.poolSize }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  const applied = await migrateToLatest(database.db);
  const keys = resolvePiiKeys({
    piiKey: config.piiKey,
    indexKey: config.indexKey,
    keyId: config.piiKeyId,
    previousKeys: config.previousPiiKeys,
    dataDir: config.dataDir,
  });
  const pii = createPiiCipher(keys);
  const cardKeys = resolveCardKeyRing({ card: config.card, dataDir: config.dataDir });
  const deps: Deps = {
    config,
    db: database.db,
    clock: systemClock,
    newId: newUuid,
    pii,
    // SMTP when SMTP_URL is set, else captured in the sandbox outbox (never in production: config.ts).
    ...createMessaging(config, { db: database.db, clock: systemClock, newId: newUuid }),
    registry: config.sandbox ? createSandboxRegistry(database.db, pii) : unavailableRegistry,
    payments:
      config.payments.gateway === 'sandbox'
        ? createSandboxPaymentGateway(database.db, systemClock)
        : unavailablePaymentGateway,
    cardKeys,
    // Real face embeddings on the WASM backend; the models load on the first comparison.
    face: createHumanFaceMatcher({ modelsDir: config.face.modelsDir }),
    bank: config.sandbox
      ? createSandboxBank(
          { db: database.db, pii, clock: systemClock },
          {
            latencyMs: config.bank.sandboxLatencyMs,
            himbaraDelayMs: config.payouts.sandboxHimbaraDelayMs,
            batchMs: config.payouts.sandboxBatchMs,
          },
        )
      : unavailableBank,
    documents: createFileDocumentStore(path.join(config.dataDir, 'documents'), pii),
    caches: await openReadCaches(database, config.readCache),
  };

  const app = await buildApp(deps, {
    webRoot: WEB_ROOT,
    logger: { pretty: Boolean(process.stdout.isTTY) && config.env !== 'production' },
  });
  if (applied.length > 0) app.log.info({ migrations: applied }, 'migrations applied');
  if (keys.generatedAt) app.log.warn({ file: keys.generatedAt }, 'generated development PII keys');
  if (cardKeys.generatedAt)
    app.log.warn({ file: cardKeys.generatedAt }, 'generated a development key for digital cards');
  if (config.mail.transport === 'sandbox' && !config.sandbox) {
    app.log.warn('no SMTP_URL and JMO_SANDBOX=off: e-mail is captured in the sandbox outbox but not shown');
  }

  let seeded = false;
  if (config.seedDemo) {
    const seedStarted = performance.now();
    const result = await seedDemoData(deps, { timeZone: config.timeZone });
    seeded = result.seeded;
    if (seeded)
      app.log.info({ ms: Math.round(performance.now() - seedStarted), ...result.counts }, 'demo data seeded');
  }

  const jobs = startBackgroundJobs(deps, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close(); // stops accepting, lets in-flight requests finish
      await jobs.stop();
      await deps.caches.close();
      await database.close();
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const base = config.publicUrl ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
  const engine =
    config.database.engine === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `PGlite in ${config.database.dataDir}`;
  console.log(
    [
      '',
      `JMO is running (${engine}; ready in ${((performance.now() - started) / 1000).toFixed(1)} s${seeded ? ', demo data seeded' : ''})`,
      '',
      `  JMO app (participants)   ${base}/`,
      `  API docs (OpenAPI 3.1)   ${base}/api/docs   spec: ${base}/api/openapi.json`,
      `  Verify a digital card    ${base}/verify   (clinics; offline after the first visit)`,
      `  Health                   ${base}/healthz   ${base}/readyz`,
      ...(config.sandbox
        ? [
            `  Sandbox inbox            ${base}/sandbox/inbox   (e-mail and SMS, not sent)`,
            `  Sandbox bank             ${base}/sandbox/bank   (accounts for the data update)`,
          ]
        : []),
      '',
      '  Demo logins (password for all: demo-jmo-2026):',
      ...DEMO_LOGINS.map((l) => `    ${l.email.padEnd(22)} ${l.phone}   ${l.description.en}`),
      `  Staff (console ${base}/console, same password):`,
      ...DEMO_STAFF.map((s) => `    ${s.email.padEnd(26)} ${s.description}`),
      '',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error('JMO failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
