/**
 * Demo data on first start: a generated population (`generate.ts`) plus four personas with app
 * accounts (`personas.ts`), written through the ledger's own door (`postPostings`) so that every
 * balance is a sum of balanced postings, exactly as real contributions would make it.
 *
 * Writes are batched multi-row INSERTs (up to `batchPostings` postings per statement, the limit
 * `postPostings` asks for) in dependency order: people, cards, ledger accounts, postings and their
 * entries, contribution rows, user accounts. `seedDemoData` does all of it in ONE transaction under
 * an advisory lock, so a crash leaves nothing half-seeded and two servers starting together seed
 * once. The bench reuses `writePopulation` with a transaction per batch.
 *
 * The sandbox's outside world is seeded in the same transaction: the population registry knows
 * every member (and a few citizens to register), and the sandbox bank holds `DEMO_BANK_ACCOUNTS`.
 *
 * PII as everywhere else: the NIK, e-mail and phone are stored only encrypted, with a blind index
 * of the normalised value (e-mail lower-cased, phone in E.164).
 */
import { type CalendarDate, dateInZone, parseEmail, parsePhone, type Rupiah } from '@jmo/core';
import { type Insertable, sql } from 'kysely';
import { addSandboxBankAccounts } from '../adapters/bank/sandbox.ts';
import { sampleFace } from '../adapters/face/sample-faces.ts';
import { addToSandboxRegistry } from '../adapters/population-registry/sandbox.ts';
import type { Database, Executor } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { Deps } from '../lib/deps.ts';
import { recordCompletedDataUpdate } from '../modules/data-update/payout-details.service.ts';
import {
  ensureFundAccount,
  memberAccountCode,
  type NewPosting,
  postPostings,
} from '../modules/ledger/ledger.repository.ts';
import { hashPassword } from '../security/password.ts';
import type { PiiCipher } from '../security/pii.ts';
import { DEMO_BANK_ACCOUNTS } from './bank-accounts.ts';
import { type DemoEmployer, generateEmployers, generatePeople, type PersonBundle } from './generate.ts';
import { personaFace } from './persona-faces.ts';
import { buildPersonas, DEMO_LOGINS, type DemoLogin, PERSONA_EMPLOYERS } from './personas.ts';
import { writeDemoStaff } from './staff.ts';

export { DEMO_BANK_ACCOUNTS, type DemoBankAccount } from './bank-accounts.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './personas.ts';

/** About 300 generated members besides the personas: enough to look real, quick on PGlite. */
export const DEFAULT_DEMO_PEOPLE = 300;
export const DEFAULT_DEMO_SEED = 20_261_123;
const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
/** `postPostings` takes at most this many postings per call. */
export const MAX_BATCH_POSTINGS = 5000;
const MAX_BATCH_PEOPLE = 1000;
/** Any key the app does not otherwise use for pg_advisory_xact_lock: "JMO demo". */
const SEED_LOCK_KEY = 0x4a4d4f_d3;

export interface SeedCounts {
  employers: number;
  people: number;
  memberships: number;
  contributions: number;
  developmentReturns: number;
  postings: number;
  entries: number;
  userAccounts: number;
}

export interface SeedDemoOptions {
  /** Generated people besides the personas; default 300. */
  people?: number;
  seed?: number;
  /** The seeding day; default today in `timeZone` by `deps.clock`. */
  asOf?: CalendarDate;
  timeZone?: string;
}

export interface SeedDemoResult {
  /** False when demo (or any) data was already there and nothing was written. */
  seeded: boolean;
  logins: readonly DemoLogin[];
  counts: SeedCounts;
}

const noCounts = (): SeedCounts => ({
  employers: 0,
  people: 0,
  memberships: 0,
  contributions: 0,
  developmentReturns: 0,
  postings: 0,
  entries: 0,
  userAccounts: 0,
});

/** Whether the database already holds members or employers (demo or real): then we never seed. */
async function hasData(db: Executor): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`
    SELECT EXISTS (SELECT 1 FROM employers) OR EXISTS (SELECT 1 FROM people) AS present`.execute(db);
  return rows[0]?.present === true;
}

/**
 * Seed the demo once: a no-op (returning `seeded: false`) when the database already has employers
 * or people. Returns the demo logins either way, for printing at startup.
 */
export async function seedDemoData(
  deps: Pick<Deps, 'db' | 'pii' | 'newId' | 'clock'>,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const unchanged = { seeded: false, logins: DEMO_LOGINS, counts: noCounts() };
  if (await hasData(deps.db)) return unchanged;
  const asOf = options.asOf ?? dateInZone(deps.clock.now(), options.timeZone ?? DEFAULT_TIME_ZONE);
  // argon2id is slow on purpose: hash the shared demo password once, outside the transaction; the
  // personas' reference photos are cut (once per process) outside it too.
  const passwordHash = await hashPassword(DEMO_LOGINS[0]!.password);
  const photos = await personaPhotos();
  return deps.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    if (await hasData(trx)) return unchanged;
    const counts = await writePopulation(trx, deps, {
      seed: options.seed ?? DEFAULT_DEMO_SEED,
      asOf,
      people: options.people ?? DEFAULT_DEMO_PEOPLE,
      personas: { passwordHash },
    });
    await enrolDemoCards(trx);
    await registerDemoCitizens(trx, deps.pii, options.seed ?? DEFAULT_DEMO_SEED, asOf, photos);
    await addSandboxBankAccounts(trx, deps, DEMO_BANK_ACCOUNTS);
    await writeDemoStaff(trx, deps, passwordHash);
    await completeDemoDataUpdates(trx, deps);
    return { seeded: true, logins: DEMO_LOGINS, counts };
  });
}

/**
 * Personas whose data update is already done, with the sandbox bank account in their name: Dewi,
 * who resigned months ago with a balance within the in-app cap, can claim JHT in the app at once.
 * Her account is the first one she gives, so no cooling-off applies.
 */
export const DEMO_DATA_UPDATED = ['dewi@demo.jmo.id'] as const;

async function completeDemoDataUpdates(
  trx: Executor,
  deps: Pick<Deps, 'pii' | 'newId' | 'clock'>,
): Promise<void> {
  for (const email of DEMO_DATA_UPDATED) {
    const account = await trx
      .selectFrom('user_accounts as u')
      .innerJoin('account_cards as ac', 'ac.user_id', 'u.id')
      .select(['u.id as userId', 'u.person_id as personId', 'ac.membership_id as membershipId'])
      .where('u.email_index', '=', deps.pii.blindIndex('email', email))
      .execute();
    const bank = DEMO_BANK_ACCOUNTS.find((b) => b.forLogin === email && b.status === 'active')!;
    for (const card of account)
      await recordCompletedDataUpdate(trx, deps, {
        membershipId: card.membershipId,
        personId: card.personId,
        userId: card.userId,
        npwp: null,
        bank: { code: bank.bankCode, accountNumber: bank.accountNumber, holderName: bank.holderName },
      });
  }
}

/**
 * What an employer would have recorded for the demo's cards: the programs of each card's segment
 * (as the contributions migration backfilled for existing cards) and, for every active wage
 * earner and informal worker, the wage (declared income) of their latest contribution as the one in
 * force, so the demo employer can issue this month's invoice at once and a BPU member sees their
 * cover and pays the next month.
 */
async function enrolDemoCards(db: Executor): Promise<void> {
  await sql`
    INSERT INTO membership_programs (membership_id, program, enrolled_on)
    SELECT m.id, p.program, CASE WHEN p.program = 'JKP' THEN greatest(m.joined_on, date '2021-02-02') ELSE m.joined_on END
    FROM memberships m
    JOIN (VALUES ('PU', 'JHT'), ('PU', 'JP'), ('PU', 'JKK'), ('PU', 'JKM'), ('PU', 'JKP'),
                 ('BPU', 'JKK'), ('BPU', 'JKM'), ('BPU', 'JHT'),
                 ('PMI', 'JKK'), ('PMI', 'JKM'), ('PMI', 'JHT')) AS p(segment, program) ON p.segment = m.segment
    WHERE NOT (p.program = 'JKP' AND m.left_on IS NOT NULL AND m.left_on < date '2021-02-02')
    ON CONFLICT DO NOTHING
  `.execute(db);
  await sql`
    INSERT INTO wage_reports (membership_id, period, wage, reported_at)
    SELECT DISTINCT ON (c.membership_id) c.membership_id, c.period, c.reported_wage, now()
    FROM contributions c JOIN memberships m ON m.id = c.membership_id
    WHERE m.segment IN ('PU', 'BPU') AND m.status = 'active'
    ORDER BY c.membership_id, c.period DESC
    ON CONFLICT DO NOTHING
  `.execute(db);
}

/** Citizens in the sandbox population registry who are not members yet: free to register in the demo. */
export const DEMO_NEW_CITIZENS = 30;

/** Each demo login's reference photo (persona-faces.ts), by e-mail. */
async function personaPhotos(): Promise<Map<string, Buffer>> {
  return new Map(
    await Promise.all(
      DEMO_LOGINS.map(
        async (login) => [login.email, await sampleFace(personaFace(login.email).reference)] as const,
      ),
    ),
  );
}

/**
 * The sandbox population registry knows every demo member, plus a few citizens who are not members
 * yet, so a demo visitor can register (`/sandbox/registry` lists them). The personas have reference
 * photos (sample faces) for the face check of the data update; the generated members have none.
 */
async function registerDemoCitizens(
  db: Executor,
  pii: PiiCipher,
  seed: number,
  asOf: CalendarDate,
  photos: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const personaPhotoByNik = new Map(
    buildPersonas(seed, asOf).map((p) => [p.bundle.person.nik, photos.get(p.login.email) ?? null]),
  );
  const members = await db
    .selectFrom('people')
    .select(['nik_enc', 'full_name', 'birth_date', 'sex'])
    .execute();
  const newcomers = [...generatePeople({ seed: seed + 1, asOf, people: DEMO_NEW_CITIZENS })].map(
    (b) => b.person,
  );
  await addToSandboxRegistry(db, pii, [
    ...members.map((m) => {
      const nik = pii.decrypt(m.nik_enc);
      return {
        nik,
        fullName: m.full_name,
        birthDate: m.birth_date,
        sex: m.sex,
        photo: personaPhotoByNik.get(nik) ?? null,
      };
    }),
    ...newcomers.map((p) => ({ nik: p.nik, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex })),
  ]);
}

export interface WritePopulationInput {
  seed: number;
  asOf: CalendarDate;
  people: number;
  /** Include the personas and their accounts, with this password hash. */
  personas?: { passwordHash: string };
  /** Postings per batch (at most 5000). */
  batchPostings?: number;
}

/**
 * Write employers, personas (optional) and `people` generated members. On a transaction, everything
 * goes into it; on a database, each batch commits in its own transaction (the bench's bulk path).
 */
export async function writePopulation(
  executor: Executor,
  deps: Pick<Deps, 'pii' | 'newId'>,
  input: WritePopulationInput,
): Promise<SeedCounts> {
  const writer = await createPopulationWriter(executor, deps, { batchPostings: input.batchPostings });
  await writer.addEmployers(generateEmployers(input));
  if (input.personas) {
    await writer.addEmployers(Object.values(PERSONA_EMPLOYERS));
    for (const persona of buildPersonas(input.seed, input.asOf)) {
      await writer.addPerson(persona.bundle, {
        ...persona.login,
        passwordHash: input.personas.passwordHash,
        kpjsNotInAccount: persona.kpjsNotInAccount,
      });
    }
  }
  for (const bundle of generatePeople(input)) await writer.addPerson(bundle);
  await writer.flush();
  return writer.counts;
}

export interface AccountInput {
  email: string;
  phone: string;
  passwordHash: string;
  /** Cards to leave out of the account (every other card of the person is linked to it). */
  kpjsNotInAccount?: readonly string[];
}

export interface PopulationWriter {
  addEmployers(employers: Iterable<DemoEmployer>): Promise<void>;
  /** Buffer a person and all their records; writes a batch when the buffer is full. */
  addPerson(bundle: PersonBundle, account?: AccountInput): Promise<void>;
  /** Write whatever is buffered. */
  flush(): Promise<void>;
  readonly counts: SeedCounts;
}

interface Batch {
  people: Insertable<DB['people']>[];
  memberships: Insertable<DB['memberships']>[];
  accounts: Insertable<DB['ledger_accounts']>[];
  postings: NewPosting[];
  contributions: Insertable<DB['contributions']>[];
  users: Insertable<DB['user_accounts']>[];
  accountCards: Insertable<DB['account_cards']>[];
}

const emptyBatch = (): Batch => ({
  people: [],
  memberships: [],
  accounts: [],
  postings: [],
  contributions: [],
  users: [],
  accountCards: [],
});

export async function createPopulationWriter(
  executor: Executor,
  deps: Pick<Deps, 'pii' | 'newId'>,
  options: { batchPostings?: number | undefined } = {},
): Promise<PopulationWriter> {
  const { pii, newId } = deps;
  const batchPostings = Math.min(options.batchPostings ?? MAX_BATCH_POSTINGS, MAX_BATCH_POSTINGS);
  const fundContributions = await ensureFundAccount(executor, 'fund_contributions', newId);
  const fundReturns = await ensureFundAccount(executor, 'fund_development_return', newId);
  const employerIds = new Map<string, string>();
  const counts = noCounts();
  let batch = emptyBatch();

  const inTransaction = <T>(work: (trx: Executor) => Promise<T>): Promise<T> =>
    executor.isTransaction ? work(executor) : (executor as Database).transaction().execute(work);

  const posting = (
    sourceKey: string,
    kind: NewPosting['kind'],
    occurredOn: string,
    accountId: string,
    fundId: string,
    amount: Rupiah,
  ): NewPosting => ({
    id: newId(),
    sourceKey,
    kind,
    occurredOn,
    entries: [
      { accountId, amount },
      { accountId: fundId, amount: -amount as Rupiah },
    ],
  });

  async function flush(): Promise<void> {
    const b = batch;
    batch = emptyBatch();
    if (b.people.length === 0 && b.postings.length === 0) return;
    await inTransaction(async (trx) => {
      for (const rows of chunks(b.people, MAX_BATCH_PEOPLE))
        await trx.insertInto('people').values(rows).execute();
      for (const rows of chunks(b.memberships, 4000))
        await trx.insertInto('memberships').values(rows).execute();
      for (const rows of chunks(b.accounts, 5000))
        await trx.insertInto('ledger_accounts').values(rows).execute();
      for (const rows of chunks(b.postings, batchPostings)) {
        const { inserted } = await postPostings(trx, rows);
        if (inserted !== rows.length)
          throw new Error(`demo seed: ${rows.length - inserted} postings already existed`);
      }
      for (const rows of chunks(b.contributions, 5000))
        await trx.insertInto('contributions').values(rows).execute();
      for (const rows of chunks(b.users, 1000)) await trx.insertInto('user_accounts').values(rows).execute();
      for (const rows of chunks(b.accountCards, 5000))
        await trx.insertInto('account_cards').values(rows).execute();
    });
  }

  return {
    counts,
    flush,
    async addEmployers(employers) {
      const rows: Insertable<DB['employers']>[] = [];
      for (const e of employers) {
        const id = newId();
        employerIds.set(e.npp, id);
        rows.push({ id, npp: e.npp, name: e.name });
      }
      await inTransaction(async (trx) => {
        for (const chunk of chunks(rows, 5000)) await trx.insertInto('employers').values(chunk).execute();
      });
      counts.employers += rows.length;
    },
    async addPerson({ person, memberships }, account) {
      const personId = newId();
      batch.people.push({
        id: personId,
        nik_enc: pii.encrypt(person.nik),
        nik_index: pii.blindIndex('nik', person.nik),
        full_name: person.fullName,
        birth_date: person.birthDate,
        sex: person.sex,
      });
      counts.people++;
      const membershipIds: string[] = [];
      for (const m of memberships) {
        const membershipId = newId();
        membershipIds.push(membershipId);
        const employerId = m.employerNpp === null ? null : employerIds.get(m.employerNpp);
        if (employerId === undefined) throw new Error(`demo seed: employer ${m.employerNpp} was not written`);
        batch.memberships.push({
          id: membershipId,
          person_id: personId,
          kpj: m.kpj,
          segment: m.segment,
          employer_id: employerId,
          status: m.status,
          joined_on: m.joinedOn,
          left_on: m.leftOn,
          leaving_reason: m.leavingReason,
        });
        const accountId = newId();
        batch.accounts.push({
          id: accountId,
          code: memberAccountCode('member_jht', m.kpj),
          kind: 'member_jht',
          membership_id: membershipId,
        });
        counts.memberships++;
        for (const c of m.contributions) {
          const p = posting(
            `contribution:${m.kpj}:${c.period}`,
            'contribution',
            c.paidOn,
            accountId,
            fundContributions,
            c.total,
          );
          batch.postings.push(p);
          batch.contributions.push({
            membership_id: membershipId,
            period: c.period,
            reported_wage: c.reportedWage,
            jht_employer: c.jhtEmployer,
            jht_worker: c.jhtWorker,
            paid_on: c.paidOn,
            posting_id: p.id,
          });
        }
        for (const r of m.developmentReturns) {
          batch.postings.push(
            posting(
              `development-return:${m.kpj}:${r.year}`,
              'development_return',
              r.creditedOn,
              accountId,
              fundReturns,
              r.amount,
            ),
          );
        }
        counts.contributions += m.contributions.length;
        counts.developmentReturns += m.developmentReturns.length;
        counts.postings += m.contributions.length + m.developmentReturns.length;
        counts.entries += 2 * (m.contributions.length + m.developmentReturns.length);
      }
      if (account) {
        const email = normalisedEmail(account.email);
        const phone = normalisedPhone(account.phone);
        const userId = newId();
        batch.users.push({
          id: userId,
          person_id: personId,
          email_enc: pii.encrypt(email),
          email_index: pii.blindIndex('email', email),
          phone_enc: pii.encrypt(phone),
          phone_index: pii.blindIndex('phone', phone),
          password_hash: account.passwordHash,
        });
        for (const [j, m] of memberships.entries()) {
          if (account.kpjsNotInAccount?.includes(m.kpj)) continue;
          batch.accountCards.push({
            membership_id: membershipIds[j]!,
            user_id: userId,
            linked_via: 'demo',
          });
        }
        counts.userAccounts++;
      }
      if (batch.postings.length >= batchPostings || batch.people.length >= MAX_BATCH_PEOPLE) await flush();
    },
  };
}

/** E-mail addresses are looked up fully lower-cased (as `modules/auth/identifier.ts` does). */
function normalisedEmail(text: string): string {
  const parsed = parseEmail(text);
  if (!parsed.ok) throw new Error(`demo seed: bad e-mail ${text}`);
  return parsed.value.email.toLowerCase();
}

function normalisedPhone(text: string): string {
  const parsed = parsePhone(text);
  if (!parsed.ok) throw new Error(`demo seed: bad phone ${text}`);
  return parsed.value.e164;
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
