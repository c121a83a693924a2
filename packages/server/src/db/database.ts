/**
 * One code path for both engines: Kysely's PostgresDialect over a `pg` Pool, connected either to a
 * PostgreSQL server (`DATABASE_URL=postgres://…`) or to embedded PGlite through its node-postgres
 * adapter (a data folder, or `memory://` for tests).
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

// int8 → bigint (money never loses precision) and date → the raw 'YYYY-MM-DD' string (node-postgres
// would otherwise build a local-midnight Date). Set once, process-wide, for both engines.
pg.types.setTypeParser(pg.types.builtins.INT8, BigInt);
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export type Database = Kysely<DB>;
/** The database or an open transaction: repositories that take part in a caller's transaction. */
export type Executor = Database | Transaction<DB>;

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir: string | 'memory://' };

/** What a listener hears: a notification, or that it stopped (false) or started (true) hearing. */
export interface NotificationHandlers {
  notify(channel: string, payload: string): void;
  /** False when notifications may be missed (connection lost), true once they are heard again. */
  state(listening: boolean): void;
}

/** LISTEN on channels: PostgreSQL's notifications, from any process writing to the database. */
export interface NotificationSource {
  listen(channels: readonly string[], handlers: NotificationHandlers): Promise<{ close(): Promise<void> }>;
}

export interface OpenDatabase {
  db: Database;
  engine: DatabaseTarget['engine'];
  notifications: NotificationSource;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover, an admin ending it) is an
    // 'error' event on the pool: without a listener it would crash the process. The pool replaces
    // the connection; queries in flight fail on their own and are answered as errors.
    pool.on('error', (error) => {
      console.error(`database: an idle connection was closed (${error.message}); it will be replaced`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      notifications: serverNotifications(target.url),
      close: () => db.destroy(),
    };
  }
  if (target.dataDir !== 'memory://') fs.mkdirSync(target.dataDir, { recursive: true });
  const lite = new PGlite(target.dataDir === 'memory://' ? undefined : target.dataDir);
  await lite.waitReady;
  const pool = new pg.Pool(createPgConfig(lite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const notifications: NotificationSource = {
    async listen(channels, handlers) {
      const stops = await Promise.all(
        channels.map((channel) => lite.listen(channel, (payload) => handlers.notify(channel, payload))),
      );
      handlers.state(true);
      return {
        async close() {
          handlers.state(false);
          await Promise.all(stops.map((stop) => stop()));
        },
      };
    },
  };
  return {
    db,
    engine: 'pglite',
    notifications,
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

/** How long a lost listening connection waits before connecting again. */
const RELISTEN_DELAY_MS = 1000;

/**
 * One dedicated connection (outside the pool, which would hand it to queries) that LISTENs, and
 * connects again after a loss: notifications sent meanwhile are lost, so `state(false)` comes first.
 * `listen` resolves after the first attempt, heard or not; it never throws.
 */
function serverNotifications(url: string): NotificationSource {
  return {
    async listen(channels, handlers) {
      let client: pg.Client | null = null;
      let closed = false;
      let retry: NodeJS.Timeout | undefined;
      const attempt = () =>
        new Promise<void>((attempted) => {
          const next = new pg.Client({ connectionString: url });
          client = next;
          let gone = false;
          const lost = (error?: Error) => {
            attempted();
            if (gone) return;
            gone = true;
            next.end().catch(() => {});
            if (closed) return;
            console.error(
              `database: not listening for changes (${error?.message ?? 'connection ended'}); again in ${RELISTEN_DELAY_MS} ms`,
            );
            handlers.state(false);
            retry = setTimeout(attempt, RELISTEN_DELAY_MS);
            retry.unref();
          };
          next.on('notification', (message) => handlers.notify(message.channel, message.payload ?? ''));
          next.on('error', lost);
          next.on('end', () => lost());
          next
            .connect()
            .then(async () => {
              for (const channel of channels) await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
              if (!gone && !closed) handlers.state(true);
              attempted();
            })
            .catch(lost);
        });
      await attempt();
      return {
        async close() {
          closed = true;
          clearTimeout(retry);
          handlers.state(false);
          await (client as pg.Client | null)?.end().catch(() => {});
        },
      };
    },
  };
}

export function createMigrator(db: Database): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Apply every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of known migrations that have not run yet: empty when the schema is current. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export async function ping(db: Database): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

/** One statement on a PostgreSQL server outside any pool: CREATE or DROP DATABASE for tests and benches. */
export async function runAdminStatement(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
