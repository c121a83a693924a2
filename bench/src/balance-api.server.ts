/**
 * One HTTP server for `balance-api.bench.ts`, in a process of its own, started the same way for
 * both targets so that only what they do per request differs:
 *
 * - `app`: the real server as `main.ts` builds it in production (`NODE_ENV=production`, JSON logs
 *   at `info` to stdout, the database pool from `DATABASE_POOL_SIZE`, no background jobs), on the
 *   bench's PostgreSQL database;
 * - `bare`: Fastify with the same logger settings and one trivial JSON route.
 *
 * Listens on 127.0.0.1 on a free port and tells the parent the port over IPC. Configuration comes
 * from the environment the parent sets (`DATABASE_URL`, the PII keys).
 */
import { buildApp } from '@jmo/server/app';
import { loadConfig } from '@jmo/server/config';
import { openDatabase } from '@jmo/server/db/database';
import { openReadCaches } from '@jmo/server/lib/read-caches';
import Fastify, { type FastifyInstance } from 'fastify';
import { depsFor } from './support.ts';

const target = process.argv[2];
if ((target !== 'app' && target !== 'bare') || !process.send)
  throw new Error('usage: fork(balance-api.server.ts, ["app" | "bare"])');

let app: FastifyInstance;
let close = async () => {};
if (target === 'app') {
  const config = loadConfig();
  if (config.database.engine !== 'postgres')
    throw new Error('the app target needs DATABASE_URL=postgres://…');
  const database = await openDatabase({
    engine: 'postgres',
    url: config.database.url,
    poolSize: config.database.poolSize,
  });
  // The caches as main.ts opens them (off when the parent sets JMO_READ_CACHE_SECONDS=0).
  const caches = await openReadCaches(database, config.readCache);
  app = await buildApp(depsFor(config, database.db, caches), { logger: { pretty: false } });
  close = async () => {
    await caches.close();
    await database.close();
  };
} else {
  app = Fastify({ logger: { level: loadConfig().logLevel } });
  app.get('/bare', async () => ({ ok: true }));
}
await app.listen({ port: 0, host: '127.0.0.1' });
process.send({ port: (app.server.address() as { port: number }).port });
process.on('disconnect', () => {
  void app
    .close()
    .then(close)
    .finally(() => process.exit(0));
});
