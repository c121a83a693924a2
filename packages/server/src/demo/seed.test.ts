/**
 * Seeds a small demo population (40 generated people plus the five personas) into a real, migrated
 * database (PGlite, or PostgreSQL with DATABASE_URL) with a fixed clock and random PII keys, then
 * reads it back: the ledger balances and agrees with what the generator produced, each persona
 * has the cards the login list promises, identifiers parse, the sandbox bank answers for the demo
 * accounts, a second seed writes nothing, and a second database seeded with the same seed holds the
 * same KPJs and NIK indexes.
 */
import { randomBytes } from 'node:crypto';
import { bpuIncomeBrackets, calendarDate, parseKpj, parseNik, periodOfDate } from '@jmo/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxBank } from '../adapters/bank/sandbox.ts';
import { sampleFace } from '../adapters/face/sample-faces.ts';
import { createSandboxRegistry } from '../adapters/population-registry/sandbox.ts';
import type { Clock } from '../lib/deps.ts';
import { newUuid } from '../lib/deps.ts';
import { verifyPassword } from '../security/password.ts';
import { createPiiCipher, type PiiCipher } from '../security/pii.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { generatePeople } from './generate.ts';
import { personaFace } from './persona-faces.ts';
import { buildPersonas } from './personas.ts';
import { DEMO_BANK_ACCOUNTS, DEMO_LOGINS, DEMO_PASSWORD, type SeedDemoResult, seedDemoData } from './seed.ts';

const PEOPLE = 40;
const SEED = 7;
const AS_OF = calendarDate('2026-11-23');
// 03:00 UTC is 10:00 in Jakarta: the same calendar day.
const clock: Clock = { now: () => new Date('2026-11-23T03:00:00Z') };

let t: TestDatabase;
let pii: PiiCipher;
let first: SeedDemoResult;

beforeAll(async () => {
  t = await openTestDatabase();
  pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
  first = await seedDemoData({ db: t.db, pii, newId: newUuid, clock }, { people: PEOPLE, seed: SEED });
});
afterAll(() => t.close());

async function tableCounts() {
  const { rows } = await sql<Record<string, bigint>>`
    SELECT (SELECT count(*) FROM employers) AS employers, (SELECT count(*) FROM people) AS people,
           (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM ledger_accounts) AS accounts,
           (SELECT count(*) FROM ledger_postings) AS postings, (SELECT count(*) FROM ledger_entries) AS entries,
           (SELECT count(*) FROM contributions) AS contributions, (SELECT count(*) FROM user_accounts) AS users`.execute(
    t.db,
  );
  return rows[0]!;
}

/** Balance of every member JHT account, by KPJ, from the ledger entries. */
async function balancesByKpj(): Promise<Map<string, bigint>> {
  const rows = await t.db
    .selectFrom('memberships as m')
    .innerJoin('ledger_accounts as a', 'a.membership_id', 'm.id')
    .leftJoin('ledger_entries as e', 'e.account_id', 'a.id')
    .select(['m.kpj', sql<bigint>`coalesce(sum(e.amount), 0)::int8`.as('balance')])
    .where('a.kind', '=', 'member_jht')
    .groupBy('m.kpj')
    .execute();
  return new Map(rows.map((r) => [r.kpj, r.balance]));
}

async function personaCards(email: string) {
  const user = await t.db
    .selectFrom('user_accounts')
    .selectAll()
    .where('email_index', '=', pii.blindIndex('email', email))
    .executeTakeFirstOrThrow();
  const cards = await t.db
    .selectFrom('memberships as m')
    .leftJoin('employers as e', 'e.id', 'm.employer_id')
    .leftJoin('account_cards as ac', 'ac.membership_id', 'm.id')
    .select([
      'ac.user_id as holder',
      'm.kpj',
      'm.segment',
      'm.status',
      'm.joined_on',
      'm.left_on',
      'm.leaving_reason',
      'e.name as employer',
    ])
    .where('m.person_id', '=', user.person_id)
    .orderBy('m.joined_on')
    .execute();
  const balances = await balancesByKpj();
  return { user, cards: cards.map((c) => ({ ...c, balance: balances.get(c.kpj)! })) };
}

describe('seedDemoData', () => {
  it('writes the generated people, the personas and their accounts', async () => {
    expect(first.seeded).toBe(true);
    expect(first.logins).toBe(DEMO_LOGINS);
    expect(first.counts.people).toBe(PEOPLE + 5);
    expect(first.counts.userAccounts).toBe(5);
    const counts = await tableCounts();
    expect(counts).toMatchObject({
      people: BigInt(PEOPLE + 5),
      memberships: BigInt(first.counts.memberships),
      // One JHT account per card plus the two fund accounts.
      accounts: BigInt(first.counts.memberships + 2),
      postings: BigInt(first.counts.postings),
      entries: BigInt(first.counts.entries),
      contributions: BigInt(first.counts.contributions),
      users: 5n,
    });
    expect(first.counts.contributions).toBeGreaterThan(PEOPLE * 12);
    expect(first.counts.developmentReturns).toBeGreaterThan(PEOPLE);
  });

  it('balances every posting, and each card holds exactly what the generator paid and credited', async () => {
    const unbalanced = await t.db
      .selectFrom('ledger_entries')
      .select('posting_id')
      .groupBy('posting_id')
      .having(sql`sum(amount)`, '<>', 0)
      .execute();
    expect(unbalanced).toEqual([]);

    const expected = new Map<string, bigint>();
    const bundles = [
      ...buildPersonas(SEED, AS_OF).map((p) => p.bundle),
      ...generatePeople({ seed: SEED, asOf: AS_OF, people: PEOPLE }),
    ];
    for (const { memberships } of bundles) {
      for (const m of memberships) {
        let total = 0n;
        for (const c of m.contributions) total += c.total;
        for (const r of m.developmentReturns) total += r.amount;
        expected.set(m.kpj, total);
      }
    }
    expect(await balancesByKpj()).toEqual(expected);

    // The funds carry the other side of every entry, and contribution rows match their postings.
    const fund = await t.db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
      .select(sql<bigint>`sum(e.amount)::int8`.as('total'))
      .where('a.kind', 'in', ['fund_contributions', 'fund_development_return'])
      .executeTakeFirstOrThrow();
    expect(fund.total).toBe(-[...expected.values()].reduce((a, b) => a + b, 0n));
    const mismatched = await t.db
      .selectFrom('contributions as c')
      .innerJoin('ledger_postings as p', 'p.id', 'c.posting_id')
      .innerJoin('ledger_entries as e', 'e.posting_id', 'p.id')
      .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
      .innerJoin('memberships as m', 'm.id', 'c.membership_id')
      .select(['m.kpj', 'c.period'])
      .where('a.kind', '=', 'member_jht')
      .where((eb) =>
        eb.or([
          eb(sql`c.jht_employer + c.jht_worker`, '<>', eb.ref('e.amount')),
          eb('p.occurred_on', '<>', eb.ref('c.paid_on')),
          eb('p.kind', '<>', 'contribution'),
          eb('p.source_key', '<>', sql<string>`'contribution:' || m.kpj || ':' || c.period`),
          eb('a.membership_id', '<>', eb.ref('c.membership_id')),
        ]),
      )
      .execute();
    expect(mismatched).toEqual([]);
    const returns = await t.db
      .selectFrom('ledger_postings')
      .select(['source_key', 'occurred_on'])
      .where('kind', '=', 'development_return')
      .execute();
    expect(returns.length).toBe(first.counts.developmentReturns);
    for (const r of returns) {
      const year = r.source_key.split(':')[2]!;
      expect(r.source_key).toMatch(/^development-return:\d{11}:\d{4}$/);
      expect(r.occurred_on).toBe(`${year}-12-31`);
      expect(Number(year)).toBeLessThan(2026);
    }
  });

  it('gives each persona the cards and status the login list describes', async () => {
    const budi = await personaCards('budi@demo.jmo.id');
    expect(budi.cards.map((c) => [c.segment, c.status, c.leaving_reason])).toEqual([
      ['PU', 'nonactive', 'resigned'],
      ['PU', 'active', null],
    ]);
    expect(budi.cards[0]!.left_on).toMatch(/^2020-/);
    expect(budi.cards[1]!.employer).toBe('PT Sinar Jaya Abadi');
    expect(budi.cards[1]!.joined_on).toMatch(/^2021-/);
    for (const card of budi.cards) expect(card.balance).toBeGreaterThan(0n);

    const siti = await personaCards('siti@demo.jmo.id');
    expect(siti.cards).toHaveLength(1);
    const sitiCard = siti.cards[0]!;
    expect([sitiCard.segment, sitiCard.status, sitiCard.leaving_reason]).toEqual([
      'PU',
      'nonactive',
      'resigned',
    ]);
    expect(sitiCard.left_on! >= '2026-08-23' && sitiCard.left_on! <= '2026-10-23').toBe(true);
    expect(sitiCard.balance).toBeGreaterThan(0n);
    expect(sitiCard.balance).toBeLessThan(10_000_000n);

    const ayu = await personaCards('ayu@demo.jmo.id');
    expect(ayu.cards.map((c) => [c.segment, c.status, c.employer])).toEqual([['BPU', 'active', null]]);
    expect(ayu.cards[0]!.balance).toBeGreaterThan(0n);
    expect(ayu.cards[0]!.balance).toBeLessThan(2_000_000n);

    const made = await personaCards('made@demo.jmo.id');
    expect(made.cards.map((c) => [c.segment, c.status])).toEqual([
      ['PU', 'nonactive'],
      ['PU', 'nonactive'],
      ['PU', 'active'],
    ]);
    expect(made.cards.some((c) => c.balance > 15_000_000n)).toBe(true);
    // The oldest card is left for JMO to find under the NIK; every other persona card is in the account.
    expect(made.cards.map((c) => c.holder === made.user.id)).toEqual([false, true, true]);
    expect(made.cards[0]!.holder).toBeNull();
    for (const p of [budi, siti, ayu]) for (const c of p.cards) expect(c.holder).toBe(p.user.id);
  });

  it('gives every active wage earner and informal worker a wage in force, a BPU income being a bracket', async () => {
    const rows = await t.db
      .selectFrom('memberships as m')
      .select([
        'm.segment',
        sql<
          bigint | null
        >`(SELECT w.wage FROM wage_reports w WHERE w.membership_id = m.id ORDER BY w.period DESC LIMIT 1)`.as(
          'wage',
        ),
        sql<boolean>`EXISTS (SELECT 1 FROM contributions c WHERE c.membership_id = m.id)`.as('paid'),
      ])
      .where('m.status', '=', 'active')
      .where('m.segment', 'in', ['PU', 'BPU'])
      .execute();
    const bpu = rows.filter((r) => r.segment === 'BPU' && r.paid);
    expect(bpu.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.paid)) expect(r.wage).not.toBeNull();
    const brackets = new Set(bpuIncomeBrackets(periodOfDate(AS_OF)).map((b) => b.income));
    for (const r of bpu) expect(brackets.has(r.wage as never)).toBe(true);
  });

  it('stores logins encrypted, findable by lower-cased e-mail or E.164 phone, with the demo password', async () => {
    for (const login of DEMO_LOGINS) {
      const e164 = `+62${login.phone.slice(1)}`;
      const user = await t.db
        .selectFrom('user_accounts as u')
        .innerJoin('people as p', 'p.id', 'u.person_id')
        .select(['u.email_enc', 'u.phone_enc', 'u.password_hash', 'u.email_index', 'p.full_name'])
        .where('u.phone_index', '=', pii.blindIndex('phone', e164))
        .executeTakeFirstOrThrow();
      expect(user.full_name).toBe(login.fullName);
      expect(user.email_index).toEqual(pii.blindIndex('email', login.email.toLowerCase()));
      expect(pii.decrypt(user.email_enc!)).toBe(login.email.toLowerCase());
      expect(pii.decrypt(user.phone_enc!)).toBe(e164);
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
    }
    const hashes = await t.db.selectFrom('user_accounts').select('password_hash').distinct().execute();
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it("gives every demo login a reference photo in the sandbox registry (its persona's sample face), others none", async () => {
    const registry = createSandboxRegistry(t.db, pii);
    const personas = buildPersonas(SEED, AS_OF);
    for (const login of DEMO_LOGINS) {
      const persona = personas.find((p) => p.login.email === login.email)!;
      const photo = await registry.referencePhoto(persona.bundle.person.nik);
      expect(photo?.equals(await sampleFace(personaFace(login.email).reference))).toBe(true);
    }
    const { count } = await t.db
      .selectFrom('sandbox_registry')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('photo_enc', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(DEMO_LOGINS.length);
  });

  it('issues NIKs that parse to the stored birth date and sex, and KPJs with our check digit', async () => {
    const people = await t.db
      .selectFrom('people')
      .select(['nik_enc', 'nik_index', 'birth_date', 'sex'])
      .execute();
    for (const p of people) {
      const nik = pii.decrypt(p.nik_enc);
      expect(p.nik_index).toEqual(pii.blindIndex('nik', nik));
      const parsed = parseNik(nik, { asOfYear: 2026 });
      expect(parsed.ok && { birthDate: parsed.value.birthDate, sex: parsed.value.sex }).toEqual({
        birthDate: p.birth_date,
        sex: p.sex,
      });
    }
    const cards = await t.db.selectFrom('memberships').select('kpj').execute();
    for (const { kpj } of cards) {
      const parsed = parseKpj(kpj);
      expect(parsed.ok && parsed.value.hasJmoCheckDigit).toBe(true);
    }
  });

  it('opens the demo accounts at the sandbox bank, where the inquiry finds each as listed', async () => {
    const bank = createSandboxBank({ db: t.db, pii }, { latencyMs: 0 });
    for (const account of DEMO_BANK_ACCOUNTS) {
      const answer = await bank.inquireAccount(account.bankCode, account.accountNumber);
      expect(answer).toEqual(
        account.status === 'active'
          ? { status: 'active', holderName: account.holderName }
          : { status: 'closed' },
      );
    }
  });

  it('writes nothing the second time', async () => {
    const before = await tableCounts();
    const again = await seedDemoData(
      { db: t.db, pii, newId: newUuid, clock },
      { people: PEOPLE, seed: SEED },
    );
    expect(again.seeded).toBe(false);
    expect(again.logins).toBe(DEMO_LOGINS);
    expect(await tableCounts()).toEqual(before);
  });

  it('seeds the same KPJs and NIK indexes into another database from the same seed', async () => {
    const other = await openTestDatabase();
    try {
      await seedDemoData({ db: other.db, pii, newId: newUuid, clock }, { people: PEOPLE, seed: SEED });
      const identities = async (db: TestDatabase['db']) => ({
        kpjs: (await db.selectFrom('memberships').select('kpj').orderBy('kpj').execute()).map((r) => r.kpj),
        nikIndexes: (await db.selectFrom('people').select('nik_index').execute())
          .map((r) => r.nik_index.toString('hex'))
          .sort(),
      });
      const mine = await identities(t.db);
      expect(mine.kpjs).toHaveLength(first.counts.memberships);
      expect(await identities(other.db)).toEqual(mine);
    } finally {
      await other.close();
    }
  }, 90_000); // a second database, migrated and seeded from scratch
});
