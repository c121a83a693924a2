/**
 * Demo-data generator benchmark, in two parts.
 *
 * A. The generator alone (no database): streams N people (default 1,000,000) through
 *    `generatePeople` and reports people per second and the process's peak RSS, which shows that
 *    memory stays bounded however many people are generated.
 *
 * B. PostgreSQL: on a scratch database (`jmo_bench_<ms>`, migrated, dropped afterwards) it writes
 *    M people (default 100,000) with their cards, JHT ledger accounts, postings, entries and
 *    contribution rows twice, in the same run and from the same generated data:
 *      1. through the seed path (`writePopulation`: Kysely multi-row INSERTs through the ledger
 *         repository, into the real tables with their keys, indexes, checks and the balanced-posting
 *         trigger), one transaction per batch of 5,000 postings;
 *      2. as a raw `COPY … FROM STDIN` of the same rows into plain tables of the same shape
 *         (`CREATE TABLE raw.x (LIKE x INCLUDING DEFAULTS)`: no keys, indexes, checks or triggers),
 *         with the same batches and a transaction per batch.
 *    Both include generating the people, encrypting NIKs and making ids; that shared work is also
 *    timed on its own, so the table shows the ratio both with and without it.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CalendarDate, calendarDate, dateInZone } from '@jmo/core';
import { migrateToLatest, openDatabase, runAdminStatement } from '@jmo/server/db/database';
import {
  type DemoEmployer,
  generateEmployers,
  generatePeople,
  type PersonBundle,
} from '@jmo/server/demo/generate';
import { MAX_BATCH_POSTINGS, writePopulation } from '@jmo/server/demo/seed';
import { newUuid } from '@jmo/server/lib/deps';
import { memberAccountCode } from '@jmo/server/modules/ledger/ledger.repository';
import { createPiiCipher, type PiiCipher } from '@jmo/server/security/pii';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface GenerateBenchOptions {
  people: number;
  dbPeople: number;
  seed: number;
  asOf: string | undefined;
  databaseUrl: string;
  skipGenerate: boolean;
  skipDb: boolean;
}

/** The seed writer's batch: flush at this many postings or people, whichever comes first. */
const BATCH_POSTINGS = MAX_BATCH_POSTINGS;
const BATCH_PEOPLE = 1000;
const TABLES = [
  'employers',
  'people',
  'memberships',
  'ledger_accounts',
  'ledger_postings',
  'ledger_entries',
  'contributions',
] as const;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mb = (bytes: number): string => `${fmt(bytes / 1024 / 1024)} MB`;
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

export async function runGenerateBench(options: GenerateBenchOptions): Promise<void> {
  const asOf = calendarDate(options.asOf ?? dateInZone(new Date(), 'Asia/Jakarta'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `JMO demo-data generator benchmark: seed ${options.seed}, asOf ${asOf}, Node ${process.version}, ` +
      `${os.availableParallelism()} × ${cpu}, ${mb(os.totalmem())} RAM\n`,
  );
  if (!options.skipGenerate) benchGenerator(options.people, options.seed, asOf);
  if (!options.skipDb) await benchPostgres(options.dbPeople, options.seed, asOf, options.databaseUrl);
}

// ---------------------------------------------------------------------------------------------
// A. Generator only

function benchGenerator(people: number, seed: number, asOf: CalendarDate): void {
  console.log(`A. Generator only, ${fmt(people)} people, no database`);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let count = 0;
  let cards = 0;
  let contributions = 0;
  let returns = 0;
  let lastReport = started;
  for (const bundle of generatePeople({ seed, asOf, people })) {
    count++;
    cards += bundle.memberships.length;
    for (const m of bundle.memberships) {
      contributions += m.contributions.length;
      returns += m.developmentReturns.length;
    }
    const now = performance.now();
    if (now - lastReport > 10_000) {
      lastReport = now;
      process.stderr.write(`  … ${fmt(count)} people, ${fmt((count * 1000) / (now - started))} people/s\n`);
    }
  }
  const elapsed = performance.now() - started;
  console.log(
    table([
      ['measure', 'value'],
      ['people', fmt(count)],
      ['KPJ cards', fmt(cards)],
      ['monthly contributions', fmt(contributions)],
      ['development returns', fmt(returns)],
      ['time', `${seconds(elapsed)} s`],
      ['people / s', fmt((count * 1000) / elapsed)],
      ['ledger postings / s', fmt(((contributions + returns) * 1000) / elapsed)],
      ['RSS before', mb(rssBefore)],
      ['peak RSS (process)', mb(peakRss())],
    ]),
  );
  console.log();
}

// ---------------------------------------------------------------------------------------------
// B. PostgreSQL: seed path vs raw COPY

async function benchPostgres(
  people: number,
  seed: number,
  asOf: CalendarDate,
  serverUrl: string,
): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(serverUrl)) {
    console.log(`B. skipped: needs a PostgreSQL server URL (postgres://…), got "${serverUrl}"`);
    return;
  }
  const name = `jmo_bench_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`B. PostgreSQL, ${fmt(people)} people, scratch database ${name} on ${url.host}`);
  await runAdminStatement(serverUrl, `CREATE DATABASE ${name}`);
  try {
    const open = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await migrateToLatest(open.db);
      const { rows: info } = await client.query<{ version: string; sync: string }>(
        `SELECT split_part(version(), ' on ', 1) AS version, current_setting('synchronous_commit') AS sync`,
      );
      console.log(`  ${info[0]!.version}, synchronous_commit=${info[0]!.sync}`);
      const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
      const input = { seed, asOf, people };

      let started = performance.now();
      const shared = generateOnly(pii, input);
      const sharedMs = performance.now() - started;

      started = performance.now();
      const counts = await writePopulation(open.db, { pii, newId: newUuid }, input);
      const seedMs = performance.now() - started;

      await createRawTables(client);
      started = performance.now();
      await copyPopulation(client, pii, input);
      const copyMs = performance.now() - started;

      const rowCounts = await compareRowCounts(client);
      const rows = rowCounts.reduce((n, r) => n + r.rows, 0);
      if (shared.rows !== rows) throw new Error(`expected ${shared.rows} rows, wrote ${rows}`);
      console.log(`  rows per path: ${rowCounts.map((r) => `${r.table} ${fmt(r.rows)}`).join(', ')}`);
      console.log(
        `  (${fmt(counts.people)} people, ${fmt(counts.postings)} postings, ${fmt(rows)} rows in all)\n`,
      );
      const ratio = seedMs / copyMs;
      const netRatio = (seedMs - sharedMs) / (copyMs - sharedMs);
      console.log(
        table([
          ['path', 'time (s)', 'rows / s', 'people / s'],
          [
            'generate + encrypt + ids only (shared work)',
            seconds(sharedMs),
            fmt((rows * 1000) / sharedMs),
            fmt((people * 1000) / sharedMs),
          ],
          [
            'seed path: batched INSERT, real tables',
            seconds(seedMs),
            fmt((rows * 1000) / seedMs),
            fmt((people * 1000) / seedMs),
          ],
          [
            'raw COPY into plain tables',
            seconds(copyMs),
            fmt((rows * 1000) / copyMs),
            fmt((people * 1000) / copyMs),
          ],
        ]),
      );
      console.log(`\n  RATIO seed path ÷ raw COPY: ${ratio.toFixed(2)}×`);
      console.log(
        `  RATIO without the shared work: ${netRatio.toFixed(2)}×  ((seed − shared) ÷ (COPY − shared))`,
      );
      console.log(`  peak RSS (process): ${mb(peakRss())}\n`);
    } finally {
      await client.end();
      await open.close();
    }
  } finally {
    await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`  dropped ${name}`);
  }
}

interface PopulationInput {
  seed: number;
  asOf: CalendarDate;
  people: number;
}

/** The work both paths share: generating, encrypting NIKs, and one id per row. Returns the row count. */
function generateOnly(pii: PiiCipher, input: PopulationInput): { rows: number } {
  let rows = 2; // the two fund accounts
  for (const _employer of generateEmployers(input)) {
    newUuid();
    rows++;
  }
  for (const { person, memberships } of generatePeople(input)) {
    newUuid();
    pii.encrypt(person.nik);
    pii.blindIndex('nik', person.nik);
    rows++;
    for (const m of memberships) {
      newUuid();
      newUuid();
      rows += 2;
      for (let i = m.contributions.length + m.developmentReturns.length; i > 0; i--) newUuid();
      // A posting and its two entries each, plus a contribution row for a contribution.
      rows += 4 * m.contributions.length + 3 * m.developmentReturns.length;
    }
  }
  return { rows };
}

async function createRawTables(client: pg.Client): Promise<void> {
  await client.query('DROP SCHEMA IF EXISTS raw CASCADE; CREATE SCHEMA raw');
  for (const t of TABLES) await client.query(`CREATE TABLE raw.${t} (LIKE public.${t} INCLUDING DEFAULTS)`);
}

async function compareRowCounts(client: pg.Client): Promise<{ table: string; rows: number }[]> {
  const result: { table: string; rows: number }[] = [];
  for (const t of TABLES) {
    const { rows } = await client.query<{ real: string; raw: string }>(
      `SELECT (SELECT count(*) FROM public.${t}) AS real, (SELECT count(*) FROM raw.${t}) AS raw`,
    );
    const { real, raw } = rows[0]!;
    if (real !== raw) throw new Error(`${t}: seed path wrote ${real} rows, COPY ${raw}`);
    result.push({ table: t, rows: Number(real) });
  }
  return result;
}

// COPY text format: tab-separated, \N for NULL, backslash escapes; bytea as an escaped \x literal.
const NULL = '\\N';
const text = (value: string): string =>
  value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
const bytea = (value: Buffer): string => `\\\\x${value.toString('hex')}`;
const row = (...cells: string[]): string => `${cells.join('\t')}\n`;

const COLUMNS: Record<(typeof TABLES)[number], string> = {
  employers: 'id, npp, name',
  people: 'id, nik_enc, nik_index, full_name, birth_date, sex',
  memberships: 'id, person_id, kpj, segment, employer_id, status, joined_on, left_on, leaving_reason',
  ledger_accounts: 'id, code, kind, membership_id',
  ledger_postings: 'id, source_key, kind, occurred_on, memo',
  ledger_entries: 'posting_id, account_id, amount',
  contributions: 'membership_id, period, reported_wage, jht_employer, jht_worker, paid_on, posting_id',
};

type Lines = Record<(typeof TABLES)[number], string[]>;
const noLines = (): Lines => ({
  employers: [],
  people: [],
  memberships: [],
  ledger_accounts: [],
  ledger_postings: [],
  ledger_entries: [],
  contributions: [],
});

async function copyBatch(client: pg.Client, lines: Lines): Promise<void> {
  await client.query('BEGIN');
  for (const t of TABLES) {
    if (lines[t].length === 0) continue;
    const stream = client.query(copyFrom(`COPY raw.${t} (${COLUMNS[t]}) FROM STDIN`));
    await pipeline(Readable.from([lines[t].join('')]), stream);
  }
  await client.query('COMMIT');
}

/** The same rows the seed path writes, as COPY text, in the same batches. */
async function copyPopulation(client: pg.Client, pii: PiiCipher, input: PopulationInput): Promise<void> {
  let lines = noLines();
  const employerIds = new Map<string, string>();
  const addEmployer = (e: DemoEmployer) => {
    const id = newUuid();
    employerIds.set(e.npp, id);
    lines.employers.push(row(id, e.npp, text(e.name)));
  };
  for (const e of generateEmployers(input)) addEmployer(e);
  const fundContributions = newUuid();
  const fundReturns = newUuid();
  lines.ledger_accounts.push(row(fundContributions, 'fund:contributions', 'fund_contributions', NULL));
  lines.ledger_accounts.push(row(fundReturns, 'fund:development-return', 'fund_development_return', NULL));
  await copyBatch(client, lines);
  lines = noLines();

  let people = 0;
  let postings = 0;
  const add = ({ person, memberships }: PersonBundle) => {
    const personId = newUuid();
    lines.people.push(
      row(
        personId,
        bytea(pii.encrypt(person.nik)),
        bytea(pii.blindIndex('nik', person.nik)),
        text(person.fullName),
        person.birthDate,
        person.sex,
      ),
    );
    people++;
    for (const m of memberships) {
      const membershipId = newUuid();
      const employerId = m.employerNpp === null ? NULL : employerIds.get(m.employerNpp)!;
      lines.memberships.push(
        row(
          membershipId,
          personId,
          m.kpj,
          m.segment,
          employerId,
          m.status,
          m.joinedOn,
          m.leftOn ?? NULL,
          m.leavingReason ?? NULL,
        ),
      );
      const accountId = newUuid();
      lines.ledger_accounts.push(
        row(accountId, memberAccountCode('member_jht', m.kpj), 'member_jht', membershipId),
      );
      const posting = (
        sourceKey: string,
        kind: string,
        occurredOn: string,
        fundId: string,
        amount: bigint,
      ) => {
        const id = newUuid();
        lines.ledger_postings.push(row(id, sourceKey, kind, occurredOn, NULL));
        lines.ledger_entries.push(row(id, accountId, String(amount)));
        lines.ledger_entries.push(row(id, fundId, String(-amount)));
        postings++;
        return id;
      };
      for (const c of m.contributions) {
        const postingId = posting(
          `contribution:${m.kpj}:${c.period}`,
          'contribution',
          c.paidOn,
          fundContributions,
          c.total,
        );
        lines.contributions.push(
          row(
            membershipId,
            c.period,
            String(c.reportedWage),
            String(c.jhtEmployer),
            String(c.jhtWorker),
            c.paidOn,
            postingId,
          ),
        );
      }
      for (const r of m.developmentReturns) {
        posting(
          `development-return:${m.kpj}:${r.year}`,
          'development_return',
          r.creditedOn,
          fundReturns,
          r.amount,
        );
      }
    }
  };
  for (const bundle of generatePeople(input)) {
    add(bundle);
    if (postings >= BATCH_POSTINGS || people >= BATCH_PEOPLE) {
      await copyBatch(client, lines);
      lines = noLines();
      postings = 0;
      people = 0;
    }
  }
  await copyBatch(client, lines);
}
