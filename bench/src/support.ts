/**
 * What the posting and balance-API benches share: number formatting and tables, the machine line,
 * a scratch PostgreSQL database (`jmo_bench_<name>_<ms>`, migrated with the real migrations and
 * dropped afterwards, also on failure), and `Deps` built the way `main.ts` builds them.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unavailableBank } from '@jmo/server/adapters/bank/port';
import { createSandboxBank } from '@jmo/server/adapters/bank/sandbox';
import { unavailableFaceMatcher } from '@jmo/server/adapters/face/port';
import { createMessaging } from '@jmo/server/adapters/messaging';
import { unavailablePaymentGateway } from '@jmo/server/adapters/payments/port';
import { createSandboxPaymentGateway } from '@jmo/server/adapters/payments/sandbox';
import { unavailableRegistry } from '@jmo/server/adapters/population-registry/port';
import { createSandboxRegistry } from '@jmo/server/adapters/population-registry/sandbox';
import { createFileDocumentStore } from '@jmo/server/adapters/storage/file-store';
import type { Config } from '@jmo/server/config';
import { type Database, migrateToLatest, openDatabase, runAdminStatement } from '@jmo/server/db/database';
import { type Deps, newUuid, systemClock } from '@jmo/server/lib/deps';
import { type ReadCaches, readCachesOff } from '@jmo/server/lib/read-caches';
import { createCardKeyRing } from '@jmo/server/security/card-keys';
import { createPiiCipher } from '@jmo/server/security/pii';
import pg from 'pg';

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const seconds = (ms: number): string => (ms / 1000).toFixed(2);
export const mb = (bytes: number): string => `${fmt(bytes / 1024 / 1024)} MB`;

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(2));
  return (
    `Node ${process.version}, ${os.availableParallelism()} × ${cpu}, ${mb(os.totalmem())} RAM, ` +
    `load average ${load.join(' ')} (other work may share this machine)`
  );
}

/** PostgreSQL's version and the settings that move write-heavy numbers most. */
export async function serverLine(client: pg.Client): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(
    `SELECT split_part(version(), ' on ', 1) AS version, current_setting('synchronous_commit') AS sync,
       current_setting('shared_buffers') AS shared_buffers, current_setting('max_wal_size') AS max_wal_size`,
  );
  const r = rows[0]!;
  return `${r.version}, synchronous_commit=${r.sync}, shared_buffers=${r.shared_buffers}, max_wal_size=${r.max_wal_size}`;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  db: Database;
  /** A plain client on the same database, for COPY and set-up statements. */
  client: pg.Client;
}

/**
 * Create `jmo_bench_<label>_<ms>` on the server, migrate it with the real migrations, run `work`,
 * and drop the database afterwards whatever happened. `keep` leaves it for a later run, which
 * names it in `reuse` (that run migrates it and keeps it too): for repeating a measurement without
 * setting the data up again. Drop a kept database by hand.
 */
export async function withScratchDatabase<T>(
  serverUrl: string,
  label: string,
  options: { poolSize?: number; keep?: boolean; reuse?: string | undefined },
  work: (scratch: ScratchDatabase) => Promise<T>,
): Promise<T> {
  if (!/^postgres(ql)?:\/\//.test(serverUrl))
    throw new Error(`needs a PostgreSQL server URL (postgres://…), got "${serverUrl}"`);
  if (options.reuse !== undefined && !/^jmo_bench_[a-z0-9_]+$/.test(options.reuse))
    throw new Error(`only a kept bench database (jmo_bench_…) can be reused, not "${options.reuse}"`);
  const name = options.reuse ?? `jmo_bench_${label}_${Date.now()}`;
  const keep = options.keep || options.reuse !== undefined;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (options.reuse === undefined) await runAdminStatement(serverUrl, `CREATE DATABASE ${name}`);
  try {
    const open = await openDatabase({
      engine: 'postgres',
      url: url.toString(),
      poolSize: options.poolSize ?? 4,
    });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await migrateToLatest(open.db);
      return await work({ name, url: url.toString(), db: open.db, client });
    } finally {
      await client.end();
      await open.close();
    }
  } finally {
    if (keep)
      console.log(
        `  kept ${name} (reuse it with --reuse-db ${name}; drop it with DROP DATABASE ${name} WITH (FORCE))`,
      );
    else {
      await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      console.log(`  dropped ${name}`);
    }
  }
}

/** `Deps` as `main.ts` builds them, for a configuration and a database. */
/** Deps for a bench; caches stay off unless the bench opens real ones (it may write behind the server's back). */
export function depsFor(config: Config, db: Database, caches: ReadCaches = readCachesOff()): Deps {
  const keys =
    config.piiKey && config.indexKey
      ? { encryptionKey: config.piiKey, indexKey: config.indexKey, keyId: config.piiKeyId }
      : { encryptionKey: randomBytes(32), indexKey: randomBytes(32) };
  const pii = createPiiCipher(keys);
  return {
    config,
    db,
    clock: systemClock,
    newId: newUuid,
    pii,
    ...createMessaging(config, { db, clock: systemClock, newId: newUuid }),
    registry: config.sandbox ? createSandboxRegistry(db, pii) : unavailableRegistry,
    payments:
      config.payments.gateway === 'sandbox'
        ? createSandboxPaymentGateway(db, systemClock)
        : unavailablePaymentGateway,
    // Benches sign no cards they keep: a throwaway key.
    cardKeys: createCardKeyRing({ privateKey: generateKeyPairSync('ed25519').privateKey }),
    face: unavailableFaceMatcher,
    bank: config.sandbox
      ? createSandboxBank({ db, pii }, { latencyMs: config.bank.sandboxLatencyMs })
      : unavailableBank,
    // Benches store no documents they keep.
    documents: createFileDocumentStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-bench-documents-')), pii),
    caches,
  };
}

/** Flags as `--name value`, or from the root `npm run … -- --name=value` (npm hands them over as `npm_config_name`). */
export function flag(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (typeof v === 'string') return v;
  return process.env[`npm_config_${name.replaceAll('-', '_')}`];
}

export const count = (text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a count: ${text}`);
  return n;
};

export const peakRssLine = (): string =>
  `peak RSS (bench process): ${mb(process.resourceUsage().maxRSS * 1024)}`;
