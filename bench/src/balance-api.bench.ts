/**
 * `npm run bench:api -w @jmo/bench`: the authenticated balance endpoint (`GET /api/v1/me/cards`: a
 * member's cards with their JHT balances, behind the session check) as a ratio to a bare Fastify
 * route, measured in the same run on the same machine, with the app's latency.
 *
 * 1. A scratch PostgreSQL database (`jmo_bench_api_<ms>`, migrated, dropped afterwards, also on
 *    failure) seeded by the demo population writer (`createPopulationWriter`: the generated
 *    people with their cards, years of monthly contributions and development returns posted
 *    through the ledger repository), default 100,000 people; one person in every people ÷ N gets
 *    an app account holding their cards, and each account a session opened by the auth service's
 *    `createSession` (default N = 1,000).
 * 2. Three servers, each a child process started the same way (`balance-api.server.ts`): the real
 *    app as `main.ts` builds it in production (read caches on, as by default), the same app with
 *    `JMO_READ_CACHE_SECONDS=0`, and a bare Fastify app with one trivial route, all logging at
 *    `info` to /dev/null.
 * 3. autocannon (in this process) loads them over loopback HTTP with 100 connections, for a fixed
 *    duration each, alternating bare, app, app without caches… after a warm-up of each; every app
 *    request carries the next session's cookie. Prints requests/s per round, the medians, **RATIO
 *    app ÷ bare**, and p50 / p99 latency, for the app with and without its read caches.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CalendarDate, dateInZone } from '@jmo/core';
import { loadConfig } from '@jmo/server/config';
import { generateEmployers, generatePeople } from '@jmo/server/demo/generate';
import { createPopulationWriter } from '@jmo/server/demo/seed';
import type { Deps } from '@jmo/server/lib/deps';
import { createSession } from '@jmo/server/modules/auth/auth.service';
import { hashPassword } from '@jmo/server/security/password';
import autocannon from 'autocannon';
import {
  count,
  depsFor,
  flag,
  fmt,
  machineLine,
  type ScratchDatabase,
  seconds,
  serverLine,
  table,
  withScratchDatabase,
} from './support.ts';

export interface BalanceApiBenchOptions {
  people: number;
  sessions: number;
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
  seed: number;
  asOf: string | undefined;
  databaseUrl: string;
  keepDb: boolean;
  /** A database kept by an earlier run (`--keep-db`): its population is used as it is. */
  reuseDb: string | undefined;
}

const CARDS_PATH = '/api/v1/me/cards';
const TARGETS = ['bare', 'app', 'uncached'] as const;
type Target = (typeof TARGETS)[number];
const BARE_PATH = '/bare';

export async function runBalanceApiBench(options: BalanceApiBenchOptions): Promise<void> {
  console.log(`JMO balance-API benchmark: ${machineLine()}`);
  await withScratchDatabase(
    options.databaseUrl,
    'api',
    { keep: options.keepDb, reuse: options.reuseDb },
    async (scratch) => {
      console.log(`  ${await serverLine(scratch.client)}; scratch database ${scratch.name}\n`);
      const keys = { encryptionKey: randomBytes(32), indexKey: randomBytes(32) };
      const env = {
        NODE_ENV: 'production',
        DATABASE_URL: scratch.url,
        PUBLIC_URL: 'http://127.0.0.1:3000',
        // Never used here: production refuses to start without somewhere to send e-mail.
        SMTP_URL: 'smtp://127.0.0.1:2525',
        PAYMENTS_CALLBACK_SECRET: randomBytes(24).toString('base64'),
        JMO_PII_KEY: keys.encryptionKey.toString('base64'),
        JMO_INDEX_KEY: keys.indexKey.toString('base64'),
        // A throwaway card-signing key: production refuses to start without one.
        JMO_CARD_SIGNING_KEY: generateKeyPairSync('ed25519')
          .privateKey.export({ format: 'der', type: 'pkcs8' })
          .toString('base64'),
        LOG_LEVEL: 'info',
      };
      const deps = depsFor(loadConfig(env), scratch.db);

      const started = performance.now();
      const reused = options.reuseDb !== undefined && (await countRows(scratch, 'people')) > 0;
      if (!reused) await seedPopulation(deps, options);
      const cookies = await openSessions(deps, options.sessions);
      await scratch.client.query('VACUUM ANALYZE');
      const { rows } = await scratch.client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM people)::text AS people, (SELECT count(*) FROM memberships)::text AS cards,
         (SELECT count(*) FROM ledger_entries)::text AS entries, (SELECT count(*) FROM account_cards)::text AS held`,
      );
      const r = rows[0]!;
      console.log(
        `1. ${reused ? `reused ${scratch.name}, sessions opened` : 'seeded (not measured)'} in ${seconds(performance.now() - started)} s: ${fmt(Number(r.people))} people, ` +
          `${fmt(Number(r.cards))} cards, ${fmt(Number(r.entries))} ledger entries; ${fmt(cookies.length)} ` +
          `signed-in members holding ${fmt(Number(r.held))} cards\n`,
      );

      const servers: Record<Target, { child: ChildProcess; port: number }> = {
        bare: await startServer('bare', env),
        app: await startServer('app', env),
        // The same app with its read caches off: what the caches are worth.
        uncached: await startServer('app', { ...env, JMO_READ_CACHE_SECONDS: '0' }),
      };
      try {
        await checkResponses(servers.app.port, servers.bare.port, cookies);
        await checkResponses(servers.uncached.port, servers.bare.port, cookies);
        console.log(
          `2. load: autocannon, ${options.connections} connections, ${options.warmupS} s warm-up then ` +
            `${options.durationS} s measured per target and round, alternating, ${options.rounds} rounds; ` +
            `app (read caches on, as by default) and app without read caches: GET ${CARDS_PATH} with ` +
            `${fmt(cookies.length)} sessions in turn; bare: GET ${BARE_PATH}\n`,
        );
        const results: Record<Target, autocannon.Result[]> = { bare: [], app: [], uncached: [] };
        for (let round = 1; round <= options.rounds; round++) {
          for (const target of TARGETS) {
            const port = servers[target].port;
            const load = (duration: number) =>
              autocannon({
                url: `http://127.0.0.1:${port}`,
                connections: options.connections,
                duration,
                requests:
                  target === 'bare'
                    ? [{ method: 'GET', path: BARE_PATH }]
                    : cookies.map((cookie) => ({
                        method: 'GET' as const,
                        path: CARDS_PATH,
                        headers: { cookie },
                      })),
              });
            await load(options.warmupS);
            const result = await load(options.durationS);
            results[target].push(result);
            process.stderr.write(
              `  … round ${round} ${target}: ${fmt(result.requests.average)} req/s, p99 ${result.latency.p99} ms\n`,
            );
          }
        }
        report(results);
      } finally {
        for (const { child } of Object.values(servers)) await stopServer(child);
      }
    },
  );
}

async function countRows(scratch: ScratchDatabase, name: string): Promise<number> {
  const { rows } = await scratch.client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${name}`);
  return Number(rows[0]!.n);
}

/** The demo population, with an app account for one person in every people ÷ sessions. */
async function seedPopulation(deps: Deps, options: BalanceApiBenchOptions): Promise<void> {
  const asOf = (options.asOf ?? dateInZone(new Date(), 'Asia/Jakarta')) as CalendarDate;
  const input = { seed: options.seed, asOf, people: options.people };
  const writer = await createPopulationWriter(deps.db, deps);
  await writer.addEmployers(generateEmployers(input));
  const every = Math.max(1, Math.floor(options.people / options.sessions));
  const passwordHash = await hashPassword(randomBytes(12).toString('base64'));
  let index = 0;
  let accounts = 0;
  let lastReport = performance.now();
  for (const bundle of generatePeople(input)) {
    const withAccount = index % every === 0 && accounts < options.sessions && bundle.memberships.length > 0;
    if (withAccount) accounts++;
    await writer.addPerson(
      bundle,
      withAccount
        ? {
            email: `anggota${index}@bench.jmo.id`,
            phone: `+62812${String(index).padStart(8, '0')}`,
            passwordHash,
          }
        : undefined,
    );
    index++;
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      process.stderr.write(`  … seeded ${fmt(index)} people\n`);
    }
  }
  await writer.flush();
}

/** A session for each account (up to `sessions`), opened as sign-in opens them; their cookies. */
async function openSessions(deps: Deps, sessions: number): Promise<string[]> {
  const users = await deps.db
    .selectFrom('user_accounts')
    .select('id')
    .orderBy('id')
    .limit(sessions)
    .execute();
  const cookies: string[] = [];
  for (const { id } of users) cookies.push(`jmo_session=${(await createSession(deps, id)).token}`);
  return cookies;
}

function startServer(
  target: 'app' | 'bare',
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'balance-api.server.ts'), [target], {
      // JMO_BENCH_CPU_PROF=<dir>: a V8 CPU profile of each server, to see where a request's time goes.
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.JMO_BENCH_CPU_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.JMO_BENCH_CPU_PROF}`]
          : []),
      ],
      env: { ...process.env, ...env },
      // Logs go where they cost a write and nothing more; errors stay visible.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${target} server exited (${code})`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** One request to each before loading them: the app answers with the member's cards and balances. */
async function checkResponses(appPort: number, barePort: number, cookies: readonly string[]): Promise<void> {
  const bare = await fetch(`http://127.0.0.1:${barePort}${BARE_PATH}`);
  if (bare.status !== 200) throw new Error(`bare route answered ${bare.status}`);
  let balances = 0n;
  let cards = 0;
  for (const cookie of cookies.slice(0, 20)) {
    const res = await fetch(`http://127.0.0.1:${appPort}${CARDS_PATH}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${CARDS_PATH} answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { totalJhtBalance: string; cards: unknown[] };
    balances += BigInt(body.totalJhtBalance);
    cards += body.cards.length;
  }
  if (cards === 0 || balances === 0n) throw new Error('the members have no cards or no balance');
  const anonymous = await fetch(`http://127.0.0.1:${appPort}${CARDS_PATH}`);
  if (anonymous.status !== 401)
    throw new Error(`without a session ${CARDS_PATH} answered ${anonymous.status}`);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const TARGET_LABELS: Record<Target, string> = {
  bare: `bare Fastify: GET ${BARE_PATH}`,
  app: `app: GET ${CARDS_PATH}`,
  uncached: `app, no read caches: GET ${CARDS_PATH}`,
};

function report(results: Record<Target, autocannon.Result[]>): void {
  const rows: string[][] = [['target', 'round', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors']];
  for (const target of TARGETS) {
    results[target].forEach((r, i) => {
      rows.push([
        TARGET_LABELS[target],
        String(i + 1),
        fmt(r.requests.average),
        String(r.latency.p50),
        String(r.latency.p99),
        fmt(r.non2xx),
        fmt(r.errors + r.timeouts),
      ]);
    });
  }
  console.log(table(rows));
  const rate = (target: Target) => median(results[target].map((r) => r.requests.average));
  const latency = (target: Target, p: 'p50' | 'p99') => median(results[target].map((r) => r.latency[p]));
  const bare = rate('bare');
  const failed = [...results.app, ...results.uncached].reduce(
    (n, r) => n + r.non2xx + r.errors + r.timeouts,
    0,
  );
  console.log(
    `\n  medians: bare ${fmt(bare)} req/s, app ${fmt(rate('app'))} req/s, app without read caches ${fmt(rate('uncached'))} req/s`,
  );
  console.log(`  RATIO app ÷ bare: ${(rate('app') / bare).toFixed(3)}  (goal ≥ 0.35)`);
  console.log(
    `  app latency: p50 ${latency('app', 'p50')} ms, p99 ${latency('app', 'p99')} ms  (goal p99 ≤ 25 ms)`,
  );
  console.log(
    `  without read caches: RATIO ${(rate('uncached') / bare).toFixed(3)}, p50 ${latency('uncached', 'p50')} ms, p99 ${latency('uncached', 'p99')} ms`,
  );
  console.log(`  app requests not answered 200: ${fmt(failed)}\n`);
  if (failed > 0) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// Command line

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const { values } = parseArgs({
    options: {
      people: { type: 'string' },
      sessions: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      'database-url': { type: 'string' },
      'keep-db': { type: 'boolean', default: false },
      'reuse-db': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run bench:api -w @jmo/bench -- [options]

  --people N          generated people in the database (default 100000)
  --sessions N        signed-in members whose cookies the load rotates through (default 1000)
  --connections N     concurrent connections (default 100)
  --duration S        measured seconds per target and round (default 10)
  --warmup S          warm-up seconds before each measurement (default 3)
  --rounds N          bare/app rounds, alternating (default 2)
  --seed N            generator seed (default 20261123)
  --as-of YYYY-MM-DD  the day the population is generated for (default: today in Asia/Jakarta)
  --database-url URL  PostgreSQL server for the scratch database
                      (default: $DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --keep-db           keep the scratch database; drop it yourself afterwards
  --reuse-db NAME     measure again on a database an earlier --keep-db run kept (no seeding)`);
    process.exit(0);
  }
  await runBalanceApiBench({
    people: count(flag(values, 'people'), 100_000),
    sessions: count(flag(values, 'sessions'), 1000),
    connections: count(flag(values, 'connections'), 100),
    durationS: count(flag(values, 'duration'), 10),
    warmupS: count(flag(values, 'warmup'), 3),
    rounds: count(flag(values, 'rounds'), 2),
    seed: count(flag(values, 'seed'), 20_261_123),
    asOf: flag(values, 'as-of'),
    databaseUrl:
      flag(values, 'database-url') ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres',
    keepDb: values['keep-db'] || process.env.npm_config_keep_db === 'true',
    reuseDb: flag(values, 'reuse-db'),
  });
}
