/**
 * Test data built through the same tables the app reads, each call making its own rows so test
 * files never depend on one another (STYLE B9: isolation by data).
 */
import type { Rupiah } from '@jmo/core';
import type { Deps } from '../lib/deps.ts';
import { ensureFundAccount, memberAccountCode, postPostings } from '../modules/ledger/ledger.repository.ts';
import { hashPassword } from '../security/password.ts';

let counter = 0;
const next = () => ++counter + Math.floor(Math.random() * 1_000_000) * 100;

export async function createEmployer(deps: Deps, name = 'PT Maju Bersama') {
  const id = deps.newId();
  const npp = String(10_000_000 + (next() % 89_999_999)).slice(0, 8);
  await deps.db.insertInto('employers').values({ id, npp, name }).execute();
  return { id, npp, name };
}

/** A person known to the agency (an employer registered them), without an app account. */
export async function createPerson(deps: Deps, opts: { fullName?: string; nik?: string } = {}) {
  const personId = deps.newId();
  const serial = String(next() % 9999 || 1).padStart(4, '0');
  const nik = opts.nik ?? `317401150890${serial}`;
  await deps.db
    .insertInto('people')
    .values({
      id: personId,
      nik_enc: deps.pii.encrypt(nik),
      nik_index: deps.pii.blindIndex('nik', nik),
      full_name: opts.fullName ?? 'Rina Kartika',
      birth_date: '1990-08-15',
      sex: 'F',
    })
    .execute();
  return { personId, nik };
}

async function findPerson(deps: Deps, nik: string) {
  const person = await deps.db
    .selectFrom('people')
    .select('id')
    .where('nik_index', '=', deps.pii.blindIndex('nik', nik))
    .executeTakeFirstOrThrow();
  return { personId: person.id, nik };
}

/** A person with an app account; `existing` gives the account to a person already known by that NIK. */
export async function createMember(
  deps: Deps,
  opts: {
    fullName?: string;
    nik?: string;
    email?: string;
    phone?: string;
    password?: string;
    existing?: boolean;
  } = {},
) {
  const { personId, nik } = opts.existing
    ? await findPerson(deps, opts.nik!)
    : await createPerson(deps, opts);
  const email = opts.email ?? `member${next()}@test.jmo.id`;
  const phone = opts.phone ?? `+62812${String(next()).padStart(8, '0').slice(-8)}`;
  const password = opts.password ?? 'correct horse battery staple';
  const userId = deps.newId();
  await deps.db
    .insertInto('user_accounts')
    .values({
      id: userId,
      person_id: personId,
      email_enc: deps.pii.encrypt(email),
      email_index: deps.pii.blindIndex('email', email),
      phone_enc: deps.pii.encrypt(phone),
      phone_index: deps.pii.blindIndex('phone', phone),
      password_hash: await hashPassword(password),
    })
    .execute();
  return { personId, userId, nik, email, phone, password };
}

export async function createCard(
  deps: Deps,
  opts: {
    personId: string;
    employerId: string;
    kpj?: string;
    status?: 'active' | 'nonactive';
    joinedOn?: string;
    leftOn?: string;
    /** The name registered with the card, when it differs from the person's. */
    nameOnCard?: string;
    /** Put the card in the person's account, when they have one (the default). */
    inAccount?: boolean;
  },
) {
  const membershipId = deps.newId();
  const kpj = opts.kpj ?? String(10_000_000_000 + next()).slice(0, 11);
  await deps.db
    .insertInto('memberships')
    .values({
      id: membershipId,
      person_id: opts.personId,
      kpj,
      segment: 'PU',
      employer_id: opts.employerId,
      status: opts.status ?? 'active',
      joined_on: opts.joinedOn ?? '2022-01-03',
      left_on: opts.leftOn ?? null,
      leaving_reason: opts.leftOn ? 'resigned' : null,
      name_on_card: opts.nameOnCard ?? null,
    })
    .execute();
  if (opts.inAccount ?? true) {
    const account = await deps.db
      .selectFrom('user_accounts')
      .select('id')
      .where('person_id', '=', opts.personId)
      .executeTakeFirst();
    if (account) {
      await deps.db
        .insertInto('account_cards')
        .values({ membership_id: membershipId, user_id: account.id, linked_via: 'demo' })
        .execute();
    }
  }
  const accountId = deps.newId();
  await deps.db
    .insertInto('ledger_accounts')
    .values({
      id: accountId,
      code: memberAccountCode('member_jht', kpj),
      kind: 'member_jht',
      membership_id: membershipId,
    })
    .execute();
  await settled(deps);
  return { membershipId, kpj, accountId };
}

/** One month's JHT contribution, paid on `paidOn`, posted to the card's account. */
export async function payContribution(
  deps: Deps,
  card: { membershipId: string; kpj: string; accountId: string },
  opts: { period: string; wage: bigint; employer: bigint; worker: bigint; paidOn: string },
) {
  const fund = await ensureFundAccount(deps.db, 'fund_contributions', deps.newId);
  const postingId = deps.newId();
  const total = (opts.employer + opts.worker) as Rupiah;
  await postPostings(deps.db, [
    {
      id: postingId,
      sourceKey: `contribution:${card.kpj}:${opts.period}`,
      kind: 'contribution',
      occurredOn: opts.paidOn,
      entries: [
        { accountId: card.accountId, amount: total },
        { accountId: fund, amount: -total as Rupiah },
      ],
    },
  ]);
  await deps.db
    .insertInto('contributions')
    .values({
      membership_id: card.membershipId,
      period: opts.period,
      reported_wage: opts.wage,
      jht_employer: opts.employer,
      jht_worker: opts.worker,
      paid_on: opts.paidOn,
      posting_id: postingId,
    })
    .execute();
  await settled(deps);
}

export async function creditDevelopmentReturn(
  deps: Deps,
  card: { kpj: string; accountId: string },
  opts: { year: number; amount: bigint },
) {
  const fund = await ensureFundAccount(deps.db, 'fund_development_return', deps.newId);
  await postPostings(deps.db, [
    {
      id: deps.newId(),
      sourceKey: `development-return:${card.kpj}:${opts.year}`,
      kind: 'development_return',
      occurredOn: `${opts.year}-12-31`,
      entries: [
        { accountId: card.accountId, amount: opts.amount as Rupiah },
        { accountId: fund, amount: -opts.amount as Rupiah },
      ],
    },
  ]);
  await settled(deps);
}

/**
 * Factories write behind the server's back, as another process would: wait until the read caches
 * have heard of it, as the server does before answering its own writes.
 */
const settled = (deps: Deps) => deps.caches.settle();

/** A staff account; officers and supervisors get a branch (created when new), employer users an employer. */
export async function createStaff(
  deps: Deps,
  opts: {
    role: 'employer' | 'officer' | 'supervisor' | 'admin';
    fullName?: string;
    branchCode?: string;
    employerId?: string;
    password?: string;
  },
) {
  const id = deps.newId();
  const email = `staff${next()}@test.jmo.id`;
  const password = opts.password ?? 'petugas jujur dan teliti';
  const needsBranch = opts.role === 'officer' || opts.role === 'supervisor';
  const branchCode = needsBranch ? (opts.branchCode ?? 'JKT-SLB') : null;
  if (branchCode) {
    await deps.db
      .insertInto('branches')
      .values({ code: branchCode, name: `Kantor Cabang ${branchCode}` })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  const employerId = opts.role === 'employer' ? (opts.employerId ?? (await createEmployer(deps)).id) : null;
  await deps.db
    .insertInto('staff_accounts')
    .values({
      id,
      role: opts.role,
      full_name: opts.fullName ?? `Petugas ${opts.role}`,
      email_enc: deps.pii.encrypt(email),
      email_index: deps.pii.blindIndex('email', email),
      password_hash: await hashPassword(password),
      branch_code: branchCode,
      employer_id: employerId,
    })
    .execute();
  return { staffId: id, email, password, branchCode, employerId };
}
