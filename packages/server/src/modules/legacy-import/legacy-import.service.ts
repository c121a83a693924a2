/**
 * Importing BPJSTKU accounts: each valid row becomes an account of the member it names, keeping the
 * legacy bcrypt hash so the member signs in with their old password (sign-in re-hashes it with
 * argon2id on first success). A row must name a person we already have (NIK), with the same name
 * (core name match) and birth date. Rows are imported in batches, each in one transaction; a row is
 * imported, skipped (an account already exists for the NIK, e-mail or number) or rejected (with the
 * reason), never stopping the file. Importing the same file again imports nothing new.
 */
import { maskEmail, maskKpj, maskNik, maskPhone, namesMatch } from '@jmo/core';
import type { Database } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { linkCards } from '../cards/cards.repository.ts';
import type { LegacyCsvRecord } from './legacy-csv.ts';
import { type LegacyAccount, parseLegacyRow } from './legacy-row.ts';

export type SkipReason = 'account_exists' | 'email_taken' | 'phone_taken';

export type RowOutcome =
  | { line: number; outcome: 'imported'; maskedNik: string; cardsLinked: number; cardsNotLinked: number }
  | { line: number; outcome: 'skipped'; maskedNik: string; reason: SkipReason; detail?: string }
  | { line: number; outcome: 'rejected'; maskedNik?: string; reason: string };

export type NotImported = Exclude<RowOutcome, { outcome: 'imported' }>;

export interface ImportSummary {
  rows: number;
  imported: number;
  skipped: number;
  rejected: number;
  cardsLinked: number;
  /** KPJ numbers listed that are not among the member's cards, or already in another account. */
  cardsNotLinked: number;
  /** Every row that was not imported, in file order. */
  notImported: NotImported[];
}

type ImportDeps = Pick<Deps, 'db' | 'pii' | 'clock' | 'newId'>;

const DEFAULT_BATCH_SIZE = 500;

export async function importLegacyAccounts(
  deps: ImportDeps,
  records: AsyncIterable<LegacyCsvRecord>,
  options: { batchSize?: number; onProgress?: (rowsDone: number) => void } = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const asOfYear = deps.clock.now().getUTCFullYear();
  const summary: ImportSummary = {
    rows: 0,
    imported: 0,
    skipped: 0,
    rejected: 0,
    cardsLinked: 0,
    cardsNotLinked: 0,
    notImported: [],
  };
  const count = (outcome: RowOutcome) => {
    summary.rows++;
    summary[outcome.outcome]++;
    if (outcome.outcome === 'imported') {
      summary.cardsLinked += outcome.cardsLinked;
      summary.cardsNotLinked += outcome.cardsNotLinked;
    } else summary.notImported.push(outcome);
  };

  let batch: ValidRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    for (const outcome of await importBatch(deps, batch)) count(outcome);
    batch = [];
    options.onProgress?.(summary.rows);
  };
  for await (const record of records) {
    if ('problem' in record) {
      count({ line: record.line, outcome: 'rejected', reason: record.problem });
      continue;
    }
    const row = parseLegacyRow(record.fields, asOfYear);
    if (!row.ok) count({ line: record.line, outcome: 'rejected', reason: row.reason });
    else batch.push({ line: record.line, account: row.value });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.notImported.sort((a, b) => a.line - b.line);
  return summary;
}

interface ValidRow {
  line: number;
  account: LegacyAccount;
}

interface Planned extends ValidRow {
  userId: string;
  personId: string;
  emailIndex: Buffer | null;
  phoneIndex: Buffer | null;
}

async function importBatch(deps: ImportDeps, rows: ValidRow[]): Promise<RowOutcome[]> {
  const { pii } = deps;
  const hex = (index: Buffer | null) => index?.toString('hex');
  const indexed = rows.map((row) => ({
    ...row,
    nikIndex: pii.blindIndex('nik', row.account.nik),
    emailIndex: row.account.email === null ? null : pii.blindIndex('email', row.account.email),
    phoneIndex: row.account.phone === null ? null : pii.blindIndex('phone', row.account.phone),
  }));

  return deps.db.transaction().execute(async (trx) => {
    const people = await trx
      .selectFrom('people as p')
      .leftJoin('user_accounts as u', 'u.person_id', 'p.id')
      .select(['p.id', 'p.nik_index', 'p.full_name', 'p.birth_date', 'u.id as user_id'])
      .where(
        'p.nik_index',
        'in',
        indexed.map((r) => r.nikIndex),
      )
      .execute();
    const personByNik = new Map(people.map((p) => [hex(p.nik_index), p]));
    const personsWithAccount = new Set(people.filter((p) => p.user_id !== null).map((p) => p.id));
    const { emails: takenEmails, phones: takenPhones } = await contactsInUse(
      trx,
      indexed.flatMap((r) => (r.emailIndex ? [r.emailIndex] : [])),
      indexed.flatMap((r) => (r.phoneIndex ? [r.phoneIndex] : [])),
    );

    const outcomes: RowOutcome[] = [];
    const planned: Planned[] = [];
    for (const row of indexed) {
      const { line, account } = row;
      const maskedNik = maskNik(account.nik);
      const person = personByNik.get(hex(row.nikIndex));
      const reject = (reason: string) => outcomes.push({ line, outcome: 'rejected', maskedNik, reason });
      const skip = (reason: SkipReason, detail?: string) =>
        outcomes.push({ line, outcome: 'skipped', maskedNik, reason, ...(detail ? { detail } : {}) });
      if (!person) reject('nik: no member with this NIK');
      else if (!namesMatch(account.fullName, person.full_name))
        reject("full_name: does not match the member's name");
      else if (account.birthDate !== person.birth_date)
        reject("birth_date: does not match the member's birth date");
      else if (personsWithAccount.has(person.id)) skip('account_exists');
      else if (row.emailIndex && takenEmails.has(hex(row.emailIndex)!))
        skip('email_taken', maskEmail(account.email!));
      else if (row.phoneIndex && takenPhones.has(hex(row.phoneIndex)!))
        skip('phone_taken', maskPhone(account.phone!));
      else {
        // Later rows of the same file see this one as taken, as they would after it is written.
        personsWithAccount.add(person.id);
        if (row.emailIndex) takenEmails.add(hex(row.emailIndex)!);
        if (row.phoneIndex) takenPhones.add(hex(row.phoneIndex)!);
        planned.push({ ...row, userId: deps.newId(), personId: person.id });
      }
    }
    if (planned.length === 0) return outcomes;

    // An account registered meanwhile wins: a row that now conflicts is not written.
    const written = await trx
      .insertInto('user_accounts')
      .values(
        planned.map((p) => ({
          id: p.userId,
          person_id: p.personId,
          email_enc: p.account.email === null ? null : pii.encrypt(p.account.email),
          email_index: p.emailIndex,
          phone_enc: p.account.phone === null ? null : pii.encrypt(p.account.phone),
          phone_index: p.phoneIndex,
          password_hash: p.account.bcryptHash,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    const writtenIds = new Set(written.map((w) => w.id));
    const cards = await listedCards(
      trx,
      planned.flatMap((p) => p.account.kpj),
    );
    const now = deps.clock.now();
    const trxDeps = { ...deps, db: trx };
    for (const p of planned) {
      const maskedNik = maskNik(p.account.nik);
      if (!writtenIds.has(p.userId)) {
        outcomes.push({ line: p.line, outcome: 'skipped', maskedNik, reason: 'account_exists' });
        continue;
      }
      // The rules of "Tambah Kartu Peserta": the member's own card, under their name, in no account.
      const linkable = p.account.kpj.flatMap((kpj) => {
        const card = cards.get(kpj);
        const own =
          card?.person_id === p.personId &&
          card.holder === null &&
          (card.name_on_card === null || namesMatch(card.name_on_card, card.full_name));
        return own ? [card] : [];
      });
      const linked = await linkCardsToNewAccount(trx, p.userId, linkable, now);
      const cardsLinked = linked.length;
      await recordSecurityEvent(trxDeps, {
        kind: 'legacy_account_imported',
        userId: p.userId,
        detail: { source: 'bpjstku', cardsLinked },
      });
      for (const card of linked)
        await recordSecurityEvent(trxDeps, {
          kind: 'card_linked',
          userId: p.userId,
          detail: { kpj: maskKpj(card.kpj), via: 'import' },
        });
      outcomes.push({
        line: p.line,
        outcome: 'imported',
        maskedNik,
        cardsLinked,
        cardsNotLinked: p.account.kpj.length - cardsLinked,
      });
    }
    return outcomes;
  });
}

/** The cards with these numbers, whose they are and whether an account holds them, by KPJ. */
async function listedCards(db: Database, kpjs: string[]) {
  const rows =
    kpjs.length === 0
      ? []
      : await db
          .selectFrom('memberships as m')
          .innerJoin('people as p', 'p.id', 'm.person_id')
          .leftJoin('account_cards as ac', 'ac.membership_id', 'm.id')
          .select(['m.id', 'm.kpj', 'm.person_id', 'm.name_on_card', 'p.full_name', 'ac.user_id as holder'])
          .where('m.kpj', 'in', kpjs)
          .execute();
  return new Map(rows.map((r) => [r.kpj, r]));
}

/** Link cards to an account created in this transaction; the ones it holds afterwards were linked now. */
async function linkCardsToNewAccount<Card extends { id: string }>(
  trx: Database,
  userId: string,
  cards: Card[],
  at: Date,
): Promise<Card[]> {
  if (cards.length === 0) return [];
  await linkCards(
    trx,
    userId,
    cards.map((c) => c.id),
    'import',
    at,
  );
  const held = await trx
    .selectFrom('account_cards')
    .select('membership_id')
    .where('user_id', '=', userId)
    .execute();
  return cards.filter((c) => held.some((h) => h.membership_id === c.id));
}

/** Which of these e-mail and phone indexes an account already uses (hex). */
async function contactsInUse(db: Database, emails: Buffer[], phones: Buffer[]) {
  const used = { emails: new Set<string>(), phones: new Set<string>() };
  if (emails.length === 0 && phones.length === 0) return used;
  const rows = await db
    .selectFrom('user_accounts')
    .select(['email_index', 'phone_index'])
    .where((eb) =>
      eb.or([
        ...(emails.length > 0 ? [eb('email_index', 'in', emails)] : []),
        ...(phones.length > 0 ? [eb('phone_index', 'in', phones)] : []),
      ]),
    )
    .execute();
  for (const row of rows) {
    if (row.email_index) used.emails.add(row.email_index.toString('hex'));
    if (row.phone_index) used.phones.add(row.phone_index.toString('hex'));
  }
  return used;
}
