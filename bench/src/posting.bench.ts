/**
 * `npm run bench:posting -w @jmo/bench`: the monthly posting job at scale, as a ratio to a raw COPY
 * of the same rows on the same machine in the same run.
 *
 * On a scratch PostgreSQL database (`jmo_bench_posting_<ms>`, migrated with the real migrations,
 * dropped afterwards, also on failure):
 *
 * 0. Set-up (not measured): M PU members (default 1,000,000) in employers of 100–20,000 workers
 *    (log-uniform sizes, seeded), each member with a KPJ card and the JHT and JP ledger accounts an
 *    established member has, and ONE paid invoice per employer for 2026-10 with five lines per
 *    worker (JHT, JP, JKK, JKM, JKP) whose amounts come from core's `computePuContributions` for
 *    the worker's wage and the employer's JKK risk group, exactly as `issueEmployerInvoice` writes
 *    them. Rows go in with set-based INSERT … SELECT; people carry placeholder bytes where the NIK
 *    ciphertext would be (the job never reads PII).
 * 1. `runPostingJob`, the real code path (every paid, unposted invoice, chunk by chunk, a
 *    transaction per chunk), timed.
 * 2. A raw `COPY … FROM STDIN` of exactly the rows the job wrote (postings, entries, contribution
 *    rows, dumped to files first, not timed) into plain tables of the same shape (`LIKE … INCLUDING
 *    DEFAULTS`: no keys, indexes, checks or triggers), one transaction per table, timed. Both start
 *    after a CHECKPOINT. Prints **RATIO posting job ÷ raw COPY**.
 * 3. Re-running: the job again (nothing pending: 0 postings), then every chunk of every invoice
 *    posted again from its first worker with the invoices' posted marks cleared, which only the
 *    source keys stop: 0 postings, 0 entries, 0 contribution rows added.
 * 4. Resumability: paid invoices for 2026-11 with the same wages, the job started in a child
 *    process and SIGKILLed after a third of its chunks (at a random moment, usually mid-chunk), then
 *    run again to the end; the 2026-11 postings, entries, per-account sums and contribution rows
 *    must equal the clean 2026-10 run's for the same members.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { computePuContributions, type JkkRiskGroup, type Period, type Rupiah } from '@jmo/core';
import { loadConfig } from '@jmo/server/config';
import { createRng } from '@jmo/server/demo/random';
import type { Deps } from '@jmo/server/lib/deps';
import { POSTING_CHUNK_WORKERS, runPostingJob } from '@jmo/server/modules/invoices/invoices.service';
import { postInvoiceChunk } from '@jmo/server/modules/invoices/posting.repository';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import {
  count,
  depsFor,
  flag,
  fmt,
  machineLine,
  peakRssLine,
  type ScratchDatabase,
  seconds,
  serverLine,
  table,
  withScratchDatabase,
} from './support.ts';

export interface PostingBenchOptions {
  members: number;
  minWorkers: number;
  maxWorkers: number;
  seed: number;
  /** Workers per chunk; default the job's own (`POSTING_CHUNK_WORKERS`). */
  chunkWorkers: number;
  /** Members whose employers get a second month for the resumability check (0: skip it). */
  resumeMembers: number;
  databaseUrl: string;
  keepDb: boolean;
}

const PERIOD = '2026-10' as Period;
const NEXT_PERIOD = '2026-11' as Period;
/** When each month's invoices were paid: on time (due dates 16 November and 15 December 2026). */
const PAID: Record<string, { at: string; on: string; due: string }> = {
  [PERIOD]: { at: '2026-11-10T03:00:00Z', on: '2026-11-10', due: '2026-11-16' },
  [NEXT_PERIOD]: { at: '2026-12-10T03:00:00Z', on: '2026-12-10', due: '2026-12-15' },
};
/** Distinct wages (from about Rp2.5 million, skewed low, up to about Rp27 million). */
const WAGE_LEVELS = 400;
const wageOfLevel = (k: number): bigint => 2_500_000n + 1_000n * BigInt(Math.floor((k * k) / 6.4));
const LEDGER_TABLES = ['ledger_postings', 'ledger_entries', 'contributions'] as const;

export async function runPostingBench(options: PostingBenchOptions): Promise<void> {
  console.log(`JMO posting-job benchmark: ${machineLine()}`);
  await withScratchDatabase(options.databaseUrl, 'posting', { keep: options.keepDb }, async (scratch) => {
    console.log(`  ${await serverLine(scratch.client)}; scratch database ${scratch.name}\n`);
    const deps = depsFor(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), scratch.db);
    const sizes = employerSizes(options);
    let started = performance.now();
    await setUpPopulation(scratch.client, sizes, options.seed);
    await setUpInvoices(scratch.client, PERIOD, sizes.length);
    await scratch.client.query('VACUUM ANALYZE');
    console.log(
      `0. set-up (not measured): ${fmt(options.members)} members in ${fmt(sizes.length)} employers of ` +
        `${fmt(Math.min(...sizes))}–${fmt(Math.max(...sizes))} workers (median ${fmt(median(sizes))}), ` +
        `one paid invoice each for ${PERIOD} with ${fmt(await countRows(scratch.client, 'invoice_lines'))} ` +
        `lines, in ${seconds(performance.now() - started)} s`,
    );

    // 1. The posting job.
    await scratch.client.query('CHECKPOINT');
    const progress = progressPrinter('posting job');
    started = performance.now();
    const job = await runPostingJob(deps, { chunkWorkers: options.chunkWorkers, onChunk: progress });
    const jobMs = performance.now() - started;
    const counts = await ledgerCounts(scratch.client);
    const rows = counts.ledger_postings + counts.ledger_entries + counts.contributions;
    if (job.postings !== counts.ledger_postings || job.postings !== options.members)
      throw new Error(`expected ${options.members} postings, the job made ${job.postings}`);

    // 2. Raw COPY of the same rows.
    const copyMs = await rawCopy(scratch.client);
    console.log(
      `\n1–2. ${fmt(job.invoices)} invoices posted in chunks of ${fmt(options.chunkWorkers)} workers: ` +
        `${fmt(counts.ledger_postings)} postings, ${fmt(counts.ledger_entries)} entries, ` +
        `${fmt(counts.contributions)} contribution rows (${fmt(rows)} rows)\n`,
    );
    console.log(
      table([
        ['path', 'rows', 'time (s)', 'rows / s', 'members / s'],
        [
          'posting job (runPostingJob, real tables)',
          fmt(rows),
          seconds(jobMs),
          fmt((rows * 1000) / jobMs),
          fmt((options.members * 1000) / jobMs),
        ],
        [
          'raw COPY into plain tables',
          fmt(rows),
          seconds(copyMs),
          fmt((rows * 1000) / copyMs),
          fmt((options.members * 1000) / copyMs),
        ],
      ]),
    );
    console.log(`\n  RATIO posting job ÷ raw COPY: ${(jobMs / copyMs).toFixed(2)}×  (goal ≤ 8×)\n`);

    // 3. Re-running the month.
    started = performance.now();
    const again = await runPostingJob(deps, { chunkWorkers: options.chunkWorkers });
    const againMs = performance.now() - started;
    started = performance.now();
    const reposted = await repostEveryChunk(deps, scratch.client, options.chunkWorkers);
    const repostMs = performance.now() - started;
    const after = await ledgerCounts(scratch.client);
    const added = (t: (typeof LEDGER_TABLES)[number]) => after[t] - counts[t];
    console.log('3. re-running the month');
    console.log(
      table([
        ['run', 'time (s)', 'postings made', 'entries added', 'contribution rows added'],
        ['runPostingJob again (nothing pending)', seconds(againMs), fmt(again.postings), '—', '—'],
        [
          'every chunk again from the first worker, marks cleared',
          seconds(repostMs),
          fmt(reposted),
          fmt(added('ledger_entries')),
          fmt(added('contributions')),
        ],
      ]),
    );
    const rerunOk = again.postings === 0 && reposted === 0 && LEDGER_TABLES.every((t) => added(t) === 0);
    console.log(`  re-run adds nothing: ${rerunOk ? 'yes ✓' : 'NO ✗'}\n`);

    // 4. Resumability after a kill.
    let resumeOk = true;
    if (options.resumeMembers > 0) resumeOk = await benchResume(scratch, deps, sizes, options);
    console.log(`  ${peakRssLine()}`);
    if (!rerunOk || !resumeOk) process.exitCode = 1;
  });
}

// ---------------------------------------------------------------------------------------------
// Set-up

/** Employer sizes, log-uniform in [min, max], adding up to exactly `members`. */
function employerSizes(options: PostingBenchOptions): number[] {
  const rng = createRng(options.seed);
  const { minWorkers: lo, maxWorkers: hi } = options;
  const sizes: number[] = [];
  let left = options.members;
  while (left > 0) {
    let size = Math.round(lo * (hi / lo) ** (rng.next() / 2 ** 32));
    // Never leave a remainder too small to be an employer of its own.
    if (left - size < lo) size = left <= hi ? left : left - lo;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Employers, people, PU cards and their JHT and JP accounts, worker by worker in id order. */
async function setUpPopulation(client: pg.Client, sizes: readonly number[], seed: number): Promise<void> {
  const rng = createRng(seed + 1);
  // JKK risk groups: most employers are in the low-risk groups.
  const risks = sizes.map(() =>
    rng.weighted<number>([
      [1, 40],
      [2, 30],
      [3, 15],
      [4, 10],
      [5, 5],
    ]),
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench_employers AS
     SELECT s.idx, s.size, (sum(s.size) OVER (ORDER BY s.idx) - s.size + 1)::int AS first_worker,
       s.risk::smallint AS risk, jmo_uuidv7() AS id
     FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS s(size, risk, idx)`,
    [sizes, risks],
  );
  await client.query(`
    CREATE UNLOGGED TABLE bench_workers AS
    SELECT g, e.idx AS employer_idx, ((g::bigint * 2654435761) % ${WAGE_LEVELS})::int AS wage_level,
      gen_random_uuid() AS person_id, jmo_uuidv7() AS membership_id
    FROM bench_employers e, generate_series(e.first_worker, e.first_worker + e.size - 1) g
    ORDER BY g;
    CREATE INDEX ON bench_workers (employer_idx);
    ANALYZE bench_employers, bench_workers;
    INSERT INTO employers (id, npp, name, jkk_risk_group)
      SELECT id, '9' || lpad(idx::text, 7, '0'), 'PT BENCH ' || idx, risk FROM bench_employers ORDER BY idx;
    INSERT INTO people (id, nik_enc, nik_index, full_name, birth_date, sex)
      SELECT person_id, '\\x00'::bytea || sha256(int4send(g)), sha256(int4send(g)), 'PEKERJA ' || g,
        date '1966-01-01' + g % 13000, CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END
      FROM bench_workers ORDER BY g;
    INSERT INTO memberships (id, person_id, kpj, segment, employer_id, status, joined_on)
      SELECT w.membership_id, w.person_id, '1' || lpad(w.g::text, 10, '0'), 'PU', e.id, 'active',
        date '2015-01-01' + w.g % 3000
      FROM bench_workers w JOIN bench_employers e ON e.idx = w.employer_idx ORDER BY w.g;
    INSERT INTO ledger_accounts (id, code, kind, membership_id)
      SELECT jmo_uuidv7(), 'member:' || k.p || ':' || '1' || lpad(w.g::text, 10, '0'), 'member_' || k.p, w.membership_id
      FROM bench_workers w CROSS JOIN (VALUES ('jht'), ('jp')) AS k(p) ORDER BY w.g, k.p;
  `);
}

/** The contribution items core computes for every wage level and risk group in `period`. */
async function setUpRates(client: pg.Client, period: Period): Promise<void> {
  const cols: Record<string, (string | number)[]> = {
    level: [],
    risk: [],
    program: [],
    wage: [],
    base: [],
    employer: [],
    worker: [],
    booked: [],
  };
  for (let level = 0; level < WAGE_LEVELS; level++) {
    for (const risk of [1, 2, 3, 4, 5] as JkkRiskGroup[]) {
      const wage = wageOfLevel(level);
      const computed = computePuContributions({ period, wage: wage as Rupiah, jkkRiskGroup: risk });
      if (!computed.ok) throw new Error(`rules refuse ${period}: ${computed.error}`);
      for (const item of computed.value.items) {
        cols.level!.push(level);
        cols.risk!.push(risk);
        cols.program!.push(item.program);
        cols.wage!.push(String(wage));
        cols.base!.push(String(item.base));
        cols.employer!.push(String(item.employer));
        cols.worker!.push(String(item.worker));
        cols.booked!.push(String(item.bookedToJkp?.amount ?? 0n));
      }
    }
  }
  await client.query(
    `CREATE UNLOGGED TABLE IF NOT EXISTS bench_rates (period text, level int, risk smallint, program text,
       wage bigint, base bigint, employer_amount bigint, worker_amount bigint, booked_to_jkp bigint)`,
  );
  await client.query(
    `INSERT INTO bench_rates
     SELECT $1, * FROM unnest($2::int[], $3::smallint[], $4::text[], $5::int8[], $6::int8[], $7::int8[], $8::int8[], $9::int8[])`,
    [period, ...Object.values(cols)],
  );
  await client.query('ANALYZE bench_rates');
}

/** One paid invoice per employer (the first `employers` of them) for `period`, with its lines. */
async function setUpInvoices(client: pg.Client, period: Period, employers: number): Promise<void> {
  await setUpRates(client, period);
  const paid = PAID[period]!;
  const compact = period.replace('-', '');
  await client.query(
    `INSERT INTO invoices (id, number, employer_id, period, status, issued_at, due_on, contributions_total,
       penalties_total, total, va_number, va_bank_code, paid_at, paid_on, payment_id)
     SELECT jmo_uuidv7(), 'TAG-' || emp.npp || '-' || $2::text, e.id, $1, 'paid', $3::timestamptz - interval '9 days',
       $5::date, t.total, 0, t.total, '88' || right($2, 4) || lpad(e.idx::text, 10, '0'), '008', $3, $4::date,
       'BENCH-' || $2 || '-' || e.idx
     FROM (
       SELECT w.employer_idx, sum(r.employer_amount + r.worker_amount)::int8 AS total
       FROM bench_workers w
       JOIN bench_employers e ON e.idx = w.employer_idx
       JOIN bench_rates r ON r.period = $1 AND r.level = w.wage_level AND r.risk = e.risk
       WHERE e.idx <= $6
       GROUP BY w.employer_idx
     ) t
     JOIN bench_employers e ON e.idx = t.employer_idx
     JOIN employers emp ON emp.id = e.id
     ORDER BY e.idx`,
    [period, compact, paid.at, paid.on, paid.due, employers],
  );
  await client.query(
    `INSERT INTO invoice_lines (invoice_id, membership_id, program, wage, base, employer_amount, worker_amount,
       booked_to_jkp)
     SELECT i.id, w.membership_id, r.program, r.wage, r.base, r.employer_amount, r.worker_amount, r.booked_to_jkp
     FROM bench_workers w
     JOIN bench_employers e ON e.idx = w.employer_idx
     JOIN invoices i ON i.employer_id = e.id AND i.period = $1
     JOIN bench_rates r ON r.period = $1 AND r.level = w.wage_level AND r.risk = e.risk
     WHERE e.idx <= $2
     ORDER BY w.g, r.program`,
    [period, employers],
  );
}

// ---------------------------------------------------------------------------------------------
// Measuring and checking

async function countRows(client: pg.Client, name: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${name}`);
  return Number(rows[0]!.n);
}

async function ledgerCounts(client: pg.Client): Promise<Record<(typeof LEDGER_TABLES)[number], number>> {
  const result = { ledger_postings: 0, ledger_entries: 0, contributions: 0 };
  for (const t of LEDGER_TABLES) result[t] = await countRows(client, t);
  return result;
}

/**
 * Dump the rows the job wrote (not timed), then COPY them into plain tables of the same shape,
 * one transaction per table (timed, after a CHECKPOINT).
 */
async function rawCopy(client: pg.Client): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-bench-posting-'));
  try {
    await client.query('DROP SCHEMA IF EXISTS raw CASCADE; CREATE SCHEMA raw');
    for (const t of LEDGER_TABLES) {
      await client.query(`CREATE TABLE raw.${t} (LIKE public.${t} INCLUDING DEFAULTS)`);
      await pipeline(
        client.query(copyTo(`COPY public.${t} TO STDOUT`)),
        fs.createWriteStream(path.join(dir, t)),
      );
    }
    await client.query('CHECKPOINT');
    const started = performance.now();
    for (const t of LEDGER_TABLES) {
      await client.query('BEGIN');
      await pipeline(
        fs.createReadStream(path.join(dir, t)),
        client.query(copyFrom(`COPY raw.${t} FROM STDIN`)),
      );
      await client.query('COMMIT');
    }
    const ms = performance.now() - started;
    for (const t of LEDGER_TABLES) {
      const [real, raw] = [await countRows(client, t), await countRows(client, `raw.${t}`)];
      if (real !== raw) throw new Error(`${t}: the job wrote ${real} rows, COPY ${raw}`);
    }
    await client.query('DROP SCHEMA raw CASCADE');
    return ms;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Post the month again through the chunk statement itself, from every invoice's first worker, with
 * the invoices' posted marks cleared: only the source keys can stop a double posting here. The job
 * then puts the marks back (posting nothing). Returns the postings made (0 when idempotent).
 */
async function repostEveryChunk(deps: Deps, client: pg.Client, chunkWorkers: number): Promise<number> {
  await client.query('UPDATE invoices SET posted_at = NULL');
  const { rows: invoices } = await client.query<{ id: string }>(
    'SELECT id FROM invoices ORDER BY paid_at, id',
  );
  let posted = 0;
  for (const { id } of invoices) {
    let after: string | undefined;
    for (;;) {
      const chunk = await deps.db.transaction().execute((trx) =>
        postInvoiceChunk(trx, {
          invoiceId: id,
          limit: chunkWorkers,
          ...(after ? { afterMembershipId: after } : {}),
        }),
      );
      if (chunk.lastMembershipId === null) break;
      posted += chunk.posted;
      after = chunk.lastMembershipId;
    }
  }
  posted += (await runPostingJob(deps, { chunkWorkers })).postings;
  const { rows } = await client.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM invoices WHERE posted_at IS NULL',
  );
  if (rows[0]!.n !== '0') throw new Error(`${rows[0]!.n} invoices left unmarked`);
  return posted;
}

/** Second month for the first employers, the job killed mid-way in a child process, then resumed. */
async function benchResume(
  scratch: ScratchDatabase,
  deps: Deps,
  sizes: readonly number[],
  options: PostingBenchOptions,
): Promise<boolean> {
  const { client } = scratch;
  let employers = 0;
  let members = 0;
  while (employers < sizes.length && members < options.resumeMembers) members += sizes[employers++]!;
  const chunks = sizes.slice(0, employers).reduce((n, s) => n + Math.ceil(s / options.chunkWorkers), 0);
  const killAfter = Math.max(1, Math.floor(chunks / 3));
  await setUpInvoices(client, NEXT_PERIOD, employers);
  await client.query('ANALYZE');
  const rates = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM bench_rates a FULL JOIN bench_rates b
       ON b.period = $2 AND (a.level, a.risk, a.program) = (b.level, b.risk, b.program)
     WHERE (a.period = $1 OR a.period IS NULL) AND (b.period = $2 OR b.period IS NULL)
       AND (a.employer_amount, a.worker_amount, a.booked_to_jkp) IS DISTINCT FROM (b.employer_amount, b.worker_amount, b.booked_to_jkp)`,
    [PERIOD, NEXT_PERIOD],
  );
  if (rates.rows[0]!.n !== '0') throw new Error(`the rules differ between ${PERIOD} and ${NEXT_PERIOD}`);
  console.log(
    `4. resumability: ${fmt(members)} members of ${fmt(employers)} employers paid ${NEXT_PERIOD} with the ` +
      `wages of ${PERIOD} (${fmt(chunks)} chunks); the job runs in a child process, SIGKILLed after ` +
      `${fmt(killAfter)} chunks`,
  );

  const killed = await runAndKill(scratch.url, options.chunkWorkers, killAfter);
  const atKill = await postingsOf(client, NEXT_PERIOD);
  const started = performance.now();
  const resumed = await runPostingJob(deps, {
    chunkWorkers: options.chunkWorkers,
    onChunk: progressPrinter('resume'),
  });
  const resumeMs = performance.now() - started;
  const checks = await compareMonths(client);
  console.log(
    table([
      ['step', 'postings'],
      [`child process: chunks reported committed before the kill`, fmt(killed.postings)],
      [`in the ledger after the kill (a chunk in flight is lost whole)`, fmt(atKill)],
      [`posted by the job run again (${seconds(resumeMs)} s)`, fmt(resumed.postings)],
      [`${NEXT_PERIOD} postings in all`, fmt(checks.postings[1])],
      [`clean ${PERIOD} run, same members`, fmt(checks.postings[0])],
    ]),
  );
  const ok =
    checks.postings[0] === members &&
    checks.postings[1] === members &&
    atKill + resumed.postings === members &&
    checks.entries[0] === checks.entries[1] &&
    checks.contributionRows[0] === checks.contributionRows[1] &&
    checks.accountsDiffering === 0 &&
    checks.postingsWithoutContribution === 0 &&
    checks.unbalancedPostings === 0 &&
    checks.unposted === 0;
  console.log(
    `  check against the clean run: entries ${fmt(checks.entries[1])} = ${fmt(checks.entries[0])}, ` +
      `contribution rows ${fmt(checks.contributionRows[1])} = ${fmt(checks.contributionRows[0])}, ` +
      `accounts whose sum differs ${fmt(checks.accountsDiffering)} of ${fmt(checks.accounts)}, ` +
      `postings without their contribution row ${checks.postingsWithoutContribution}, ` +
      `unbalanced postings ${checks.unbalancedPostings}, invoices left unposted ${checks.unposted}`,
  );
  console.log(`  resumed run equals a clean run (no missing, no double posting): ${ok ? 'yes ✓' : 'NO ✗'}\n`);
  return ok;
}

/** Run the job in a child process and SIGKILL it at a random moment after `killAfter` chunks. */
function runAndKill(url: string, chunkWorkers: number, killAfter: number): Promise<{ postings: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'posting-job.child.ts'), [url, String(chunkWorkers)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let postings = 0;
    let chunkStarted = performance.now();
    let chunkMs = 0;
    let killing = false;
    child.on('message', (message: { chunks?: number; postings?: number; done?: boolean }) => {
      if (message.done) return;
      const now = performance.now();
      chunkMs = now - chunkStarted;
      chunkStarted = now;
      postings = message.postings ?? postings;
      if (!killing && (message.chunks ?? 0) >= killAfter) {
        killing = true;
        // Somewhere inside the next chunk (or between chunks): the committed ones must stay.
        setTimeout(() => child.kill('SIGKILL'), Math.random() * chunkMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ postings });
      else reject(new Error(`the child job ended before the kill (code ${code}, signal ${signal})`));
    });
  });
}

async function postingsOf(client: pg.Client, period: Period): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM contributions WHERE period = $1`,
    [period],
  );
  return Number(rows[0]!.n);
}

/** The resumed month against the clean one, for the members who have both. */
async function compareMonths(client: pg.Client) {
  const { rows } = await client.query<Record<string, string>>(
    `WITH subset AS (
       SELECT DISTINCT l.membership_id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.period = $2
     ),
     c AS (
       SELECT c.period, c.posting_id FROM contributions c JOIN subset s USING (membership_id) WHERE c.period IN ($1, $2)
     ),
     sums AS (
       SELECT c.period, e.account_id, sum(e.amount) AS amount, count(*) AS entries
       FROM c JOIN ledger_entries e ON e.posting_id = c.posting_id GROUP BY 1, 2
     )
     SELECT
       (SELECT count(*) FROM c WHERE period = $1)::text AS rows_a,
       (SELECT count(*) FROM c WHERE period = $2)::text AS rows_b,
       (SELECT count(*) FROM ledger_postings WHERE source_key LIKE 'contribution:%:' || $1
          AND source_key IN (SELECT 'contribution:' || m.kpj || ':' || $1 FROM subset JOIN memberships m ON m.id = subset.membership_id))::text AS postings_a,
       (SELECT count(*) FROM ledger_postings WHERE source_key LIKE 'contribution:%:' || $2)::text AS postings_b,
       (SELECT coalesce(sum(entries), 0) FROM sums WHERE period = $1)::text AS entries_a,
       (SELECT coalesce(sum(entries), 0) FROM sums WHERE period = $2)::text AS entries_b,
       (SELECT count(*) FROM (SELECT * FROM sums WHERE period = $1) a FULL JOIN (SELECT * FROM sums WHERE period = $2) b
          USING (account_id) WHERE a.amount IS DISTINCT FROM b.amount OR a.entries IS DISTINCT FROM b.entries)::text AS differing,
       (SELECT count(DISTINCT account_id) FROM sums)::text AS accounts,
       (SELECT count(*) FROM ledger_postings p WHERE p.source_key LIKE 'contribution:%'
          AND NOT EXISTS (SELECT 1 FROM contributions c WHERE c.posting_id = p.id))::text AS orphans,
       (SELECT count(*) FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x)::text AS unbalanced,
       (SELECT count(*) FROM invoices WHERE posted_at IS NULL)::text AS unposted`,
    [PERIOD, NEXT_PERIOD],
  );
  const r = rows[0]!;
  const n = (key: string) => Number(r[key]);
  return {
    postings: [n('postings_a'), n('postings_b')] as const,
    entries: [n('entries_a'), n('entries_b')] as const,
    contributionRows: [n('rows_a'), n('rows_b')] as const,
    accountsDiffering: n('differing'),
    accounts: n('accounts'),
    postingsWithoutContribution: n('orphans'),
    unbalancedPostings: n('unbalanced'),
    unposted: n('unposted'),
  };
}

function progressPrinter(label: string): (posted: number) => void {
  const started = performance.now();
  let last = started;
  let total = 0;
  return (posted) => {
    total += posted;
    const now = performance.now();
    if (now - last < 10_000) return;
    last = now;
    process.stderr.write(
      `  … ${label}: ${fmt(total)} postings, ${fmt((total * 1000) / (now - started))}/s\n`,
    );
  };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---------------------------------------------------------------------------------------------
// Command line

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      'min-workers': { type: 'string' },
      'max-workers': { type: 'string' },
      seed: { type: 'string' },
      'chunk-workers': { type: 'string' },
      'resume-members': { type: 'string' },
      'database-url': { type: 'string' },
      'keep-db': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run bench:posting -w @jmo/bench -- [options]

  --members N          PU members, one posting each (default 1000000)
  --min-workers N      smallest employer (default 100)
  --max-workers N      largest employer (default 20000)
  --seed N             employer sizes and risk groups (default 20261123)
  --chunk-workers N    workers per chunk (default the job's own, ${POSTING_CHUNK_WORKERS})
  --resume-members N   members in the kill-and-resume check (default all; 0 skips it)
  --database-url URL   PostgreSQL server for the scratch database
                       (default: $DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --keep-db            keep the scratch database (for EXPLAIN); drop it yourself afterwards`);
    process.exit(0);
  }
  const members = count(flag(values, 'members'), 1_000_000);
  await runPostingBench({
    members,
    minWorkers: count(flag(values, 'min-workers'), 100),
    maxWorkers: count(flag(values, 'max-workers'), 20_000),
    seed: count(flag(values, 'seed'), 20_261_123),
    chunkWorkers: count(flag(values, 'chunk-workers'), POSTING_CHUNK_WORKERS),
    resumeMembers: count(flag(values, 'resume-members'), members),
    databaseUrl:
      flag(values, 'database-url') ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres',
    keepDb: values['keep-db'] || process.env.npm_config_keep_db === 'true',
  });
}
