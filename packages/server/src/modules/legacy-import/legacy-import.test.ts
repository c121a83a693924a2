/**
 * Importing BPJSTKU accounts into a real database, then signing in through HTTP with the old
 * password: the bcrypt hash is replaced by argon2id on the first success.
 */
import { Readable } from 'node:stream';
import { buildNik, calendarDate } from '@jmo/core';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { LEGACY_COLUMNS, LegacyCsvError, readLegacyCsv } from './legacy-csv.ts';
import { type ImportSummary, importLegacyAccounts } from './legacy-import.service.ts';
import { formatImportSummary } from './report.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-23T03:00:00Z' });
});
afterAll(() => t.close());

/** A person the registry of members knows (employers registered them), without an app account yet. */
async function createPerson(opts: { fullName: string; birthDate: string; sex: 'M' | 'F'; serial: number }) {
  const nik = buildNik({ ...opts, districtCode: '317401', birthDate: calendarDate(opts.birthDate) });
  const id = t.deps.newId();
  await t.deps.db
    .insertInto('people')
    .values({
      id,
      nik_enc: t.deps.pii.encrypt(nik),
      nik_index: t.deps.pii.blindIndex('nik', nik),
      full_name: opts.fullName,
      birth_date: opts.birthDate,
      sex: opts.sex,
    })
    .execute();
  return { id, nik, ...opts };
}

const csvText = (rows: string[][]) =>
  `${[LEGACY_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`;
const runImport = (text: string, batchSize = 3) =>
  importLegacyAccounts(t.deps, readLegacyCsv(Readable.from([text])), { batchSize });
const bcryptHash = (password: string) => bcrypt.hashSync(password, 4);

const login = (identifier: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { identifier, password } });

const storedHash = async (userId: string) =>
  (
    await t.deps.db
      .selectFrom('user_accounts')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).password_hash;

async function accountOf(personId: string) {
  return t.deps.db
    .selectFrom('user_accounts')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

const eventsOf = (userId: string, kind: string) =>
  t.deps.db
    .selectFrom('security_events')
    .select(['kind', 'detail'])
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();

describe('importing a BPJSTKU export', () => {
  const siti = {
    password: 'kata-sandi-lama-siti',
    email: 'siti.rahayu@bpjstku.example.id',
    phone: '081311112222',
  };
  const budi = {
    password: 'budi lama 1985',
    email: 'Budi.Santoso@BPJSTKU.example.id',
    phone: '+62 813 3333 4444',
  };
  let people: Record<string, Awaited<ReturnType<typeof createPerson>>>;
  let registered: Awaited<ReturnType<typeof createMember>>;
  let budiCards: Awaited<ReturnType<typeof createCard>>[];
  let file: string;
  let first: ImportSummary;

  beforeAll(async () => {
    people = {
      siti: await createPerson({ fullName: 'SITI RAHAYU', birthDate: '1990-08-17', sex: 'F', serial: 1 }),
      budi: await createPerson({ fullName: 'Budi Santoso', birthDate: '1985-03-12', sex: 'M', serial: 2 }),
      ani: await createPerson({ fullName: 'Ani Wijaya', birthDate: '1992-01-05', sex: 'F', serial: 3 }),
      joko: await createPerson({ fullName: 'Joko Susilo', birthDate: '1980-07-01', sex: 'M', serial: 4 }),
      dewi: await createPerson({ fullName: 'Dewi Lestari', birthDate: '1995-12-24', sex: 'F', serial: 5 }),
    };
    registered = await createMember(t.deps, { fullName: 'Rina Kartika', nik: '3174015508900006' });
    const employer = await createEmployer(t.deps);
    budiCards = [
      await createCard(t.deps, { personId: people.budi!.id, employerId: employer.id }),
      await createCard(t.deps, { personId: people.budi!.id, employerId: employer.id }),
    ];
    // His too, but registered under a misspelt name: the member must have it corrected first.
    const misspeltCard = await createCard(t.deps, {
      personId: people.budi!.id,
      employerId: employer.id,
      nameOnCard: 'Budi Santosa',
    });
    const strangersCard = await createCard(t.deps, { personId: people.ani!.id, employerId: employer.id });
    const unknownNik = buildNik({
      districtCode: '317401',
      birthDate: calendarDate('1970-01-01'),
      sex: 'M',
      serial: 99,
    });

    file = csvText([
      // line 2: imported, identified by e-mail and phone, with the name in another case
      [people.siti!.nik, 'Siti Rahayu', '1990-08-17', siti.email, siti.phone, bcryptHash(siti.password), ''],
      // line 3: imported, with two of his cards; one under another name and one not his are not linked
      [
        people.budi!.nik,
        'Budi Santoso',
        '1985-03-12',
        budi.email,
        budi.phone,
        bcryptHash(budi.password).replace('$2b$', '$2y$'),
        `${budiCards[0]!.kpj}; ${budiCards[1]!.kpj};${misspeltCard.kpj};${strangersCard.kpj};${budiCards[0]!.kpj}`,
      ],
      // line 4: already registered in JMO
      [registered.nik, 'Rina Kartika', '1990-08-15', 'rina.lama@example.id', '', bcryptHash('x'), ''],
      // line 5: the e-mail belongs to another account (case differs)
      [people.ani!.nik, 'Ani Wijaya', '1992-01-05', registered.email.toUpperCase(), '', bcryptHash('x'), ''],
      // line 6: the phone number is the one Siti's row (line 2) takes
      [people.joko!.nik, 'Joko Susilo', '1980-07-01', '', '+6281311112222', bcryptHash('x'), ''],
      // line 7: name does not match
      [people.dewi!.nik, 'Dewi Sartika', '1995-12-24', 'dewi@example.id', '', bcryptHash('x'), ''],
      // line 8: birth date does not match
      [people.dewi!.nik, 'Dewi Lestari', '1995-12-25', 'dewi@example.id', '', bcryptHash('x'), ''],
      // line 9: nobody with this NIK
      [unknownNik, 'Nama Siapa', '1970-01-01', 'siapa@example.id', '', bcryptHash('x'), ''],
      // line 10: invalid fields
      ['31740155089', 'Dewi Lestari', '24-12-1995', 'dewi@', '0215551234', bcryptHash('x'), '123'],
      // line 11: an argon2 hash is not what BPJSTKU exported
      [
        people.dewi!.nik,
        'Dewi Lestari',
        '1995-12-24',
        'dewi@example.id',
        '',
        '"$argon2id$v=19$m=19456,t=2,p=1$abc$def"',
        '',
      ],
      // line 12: bcrypt with a cost below 4
      [
        people.dewi!.nik,
        'Dewi Lestari',
        '1995-12-24',
        'dewi@example.id',
        '',
        bcryptHash('x').replace('$04$', '$03$'),
        '',
      ],
      // line 13: neither e-mail nor phone
      [people.dewi!.nik, 'Dewi Lestari', '1995-12-24', '', '', bcryptHash('x'), ''],
      // line 14: too few fields
      [people.dewi!.nik, 'Dewi Lestari'],
    ]);
    first = await runImport(file);
  });

  it('imports the valid rows, skips what already has an account, rejects the rest with a reason', () => {
    expect(first).toMatchObject({
      rows: 13,
      imported: 2,
      skipped: 3,
      rejected: 8,
      cardsLinked: 2,
      cardsNotLinked: 2,
    });
    expect(first.notImported.map((r) => [r.line, r.outcome, 'reason' in r ? r.reason : undefined])).toEqual([
      [4, 'skipped', 'account_exists'],
      [5, 'skipped', 'email_taken'],
      [6, 'skipped', 'phone_taken'],
      [7, 'rejected', "full_name: does not match the member's name"],
      [8, 'rejected', "birth_date: does not match the member's birth date"],
      [9, 'rejected', 'nik: no member with this NIK'],
      [
        10,
        'rejected',
        [
          'nik: A NIK has exactly 16 digits.',
          'birth_date: not a date as YYYY-MM-DD',
          'email: The e-mail address is not valid. Example: name@example.com',
          'phone: This is not an Indonesian mobile number. Mobile numbers start with 08 or +628.',
          'kpj: number 1: A KPJ card number has exactly 11 digits.',
        ].join('; '),
      ],
      [11, 'rejected', 'password_hash: not a bcrypt hash ($2a$, $2b$ or $2y$, cost 04 to 31)'],
      [12, 'rejected', 'password_hash: not a bcrypt hash ($2a$, $2b$ or $2y$, cost 04 to 31)'],
      [13, 'rejected', 'email: an account needs an e-mail address or a mobile number to sign in with'],
      [14, 'rejected', 'expected 7 fields, found a different number'],
    ]);
  });

  it('stores the legacy hash as it was, the contact data encrypted, and a security event per account', async () => {
    const account = (await accountOf(people.siti!.id))!;
    expect(account.password_hash).toMatch(/^\$2b\$04\$/);
    expect(t.deps.pii.decrypt(account.email_enc!)).toBe(siti.email);
    expect(t.deps.pii.decrypt(account.phone_enc!)).toBe('+6281311112222');
    expect(await eventsOf(account.id, 'legacy_account_imported')).toEqual([
      { kind: 'legacy_account_imported', detail: { source: 'bpjstku', cardsLinked: 0 } },
    ]);
    expect(await accountOf(people.ani!.id)).toBeUndefined();
    expect(await accountOf(people.dewi!.id)).toBeUndefined();
  });

  it('names rows by line and masked values only in the report', () => {
    const report = formatImportSummary(first, 'bpjstku.csv');
    expect(report).toContain('bpjstku.csv: 13 rows read.');
    expect(report).toMatch(/imported {2}2/);
    expect(report).toContain(`line 5  ************${people.ani!.nik.slice(-4)}  the e-mail address belongs`);
    expect(report).toContain('line 9  ');
    for (const secret of [
      ...Object.values(people).map((p) => p.nik),
      registered.email,
      siti.email,
      '81311112222',
    ])
      expect(report).not.toContain(secret);
    expect(report).not.toMatch(/\$2[aby]\$\d\d\$/);
  });

  it('lets the member sign in with the old password once, then keeps only an argon2id hash', async () => {
    const account = (await accountOf(people.siti!.id))!;
    const res = await login(siti.email, siti.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'SITI RAHAYU' });
    expect(await storedHash(account.id)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await eventsOf(account.id, 'password_rehashed')).toHaveLength(1);

    expect((await login('0813-1111-2222', siti.password)).statusCode).toBe(200);
    expect(await eventsOf(account.id, 'password_rehashed')).toHaveLength(1);
    const cookie = `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    const history = await t.app.inject({ url: '/api/v1/me/security-events', headers: { cookie } });
    expect(history.statusCode).toBe(200);
    expect(history.json().events.map((e: { kind: string }) => e.kind)).toContain('password_rehashed');
  });

  it("links the member's own listed cards, with a security event for each", async () => {
    const res = await login(budi.email.toLowerCase(), budi.password); // a $2y$ hash, e-mail in any case
    expect(res.statusCode).toBe(200);
    const cookie = `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    const cards = await t.app.inject({ url: '/api/v1/me/cards', headers: { cookie } });
    expect(
      cards
        .json()
        .cards.map((c: { kpj: string }) => c.kpj)
        .sort(),
    ).toEqual(budiCards.map((c) => c.kpj).sort());
    const account = (await accountOf(people.budi!.id))!;
    expect(await eventsOf(account.id, 'legacy_account_imported')).toEqual([
      { kind: 'legacy_account_imported', detail: { source: 'bpjstku', cardsLinked: 2 } },
    ]);
    expect(await eventsOf(account.id, 'card_linked')).toHaveLength(2);
    const linkedVia = await t.deps.db
      .selectFrom('account_cards')
      .select('linked_via')
      .where('user_id', '=', account.id)
      .execute();
    expect(linkedVia).toEqual([{ linked_via: 'import' }, { linked_via: 'import' }]);
  });

  it('refuses a wrong old password and keeps the legacy hash', async () => {
    const joko = csvText([
      [people.joko!.nik, 'Joko Susilo', '1980-07-01', 'joko@example.id', '', bcryptHash('joko lama'), ''],
    ]);
    expect((await runImport(joko)).imported).toBe(1);
    const account = (await accountOf(people.joko!.id))!;
    const res = await login('joko@example.id', 'joko baru');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
    expect(await storedHash(account.id)).toBe(account.password_hash);
  });

  it('imports nothing new when the same file runs again', async () => {
    const before = await t.deps.db
      .selectFrom('security_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'legacy_account_imported')
      .executeTakeFirstOrThrow();
    const again = await runImport(file, 100);
    expect(again).toMatchObject({ rows: 13, imported: 0, skipped: 5, rejected: 8 });
    expect(again.notImported.filter((r) => r.outcome === 'skipped').map((r) => r.line)).toEqual([
      2, 3, 4, 5, 6,
    ]);
    const after = await t.deps.db
      .selectFrom('security_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'legacy_account_imported')
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('imports a NIK once when the file lists it twice', async () => {
    const dewi = [people.dewi!.nik, 'Dewi Lestari', '1995-12-24'];
    const summary = await runImport(
      csvText([
        [...dewi, 'dewi@example.id', '', bcryptHash('a'), ''],
        [...dewi, 'dewi.lain@example.id', '', bcryptHash('b'), ''],
      ]),
    );
    expect(summary).toMatchObject({ imported: 1, skipped: 1 });
    expect(summary.notImported).toMatchObject([{ line: 3, outcome: 'skipped', reason: 'account_exists' }]);
  });
});

describe('reading the CSV', () => {
  const read = async (text: string) => {
    const records = [];
    for await (const record of readLegacyCsv(Readable.from([text]))) records.push(record);
    return records;
  };

  it('numbers records by the line they start on, across blank lines, CRLF and quoted line breaks', async () => {
    const header = `${LEGACY_COLUMNS.join(',')}\r\n`;
    const records = await read(
      `\ufeff${header}a,b,c,d,e,f,g\r\n\r\na,"b\r\nc",c,d,e,f,g\r\na,b,c,d,e,f,g\r\n`,
    );
    expect(records.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(records[1]).toMatchObject({ fields: { full_name: 'b\r\nc' } });
  });

  it('accepts the columns in any order and in any case', async () => {
    const records = await read('KPJ,password_hash,phone,email,birth_date,full_name,NIK\n1,2,3,4,5,6,7\n');
    expect(records).toEqual([
      {
        line: 2,
        fields: {
          kpj: '1',
          password_hash: '2',
          phone: '3',
          email: '4',
          birth_date: '5',
          full_name: '6',
          nik: '7',
        },
      },
    ]);
  });

  it('stops at a missing header without quoting the first row', async () => {
    const nik = '3174015708900001';
    const error = await read(`${nik},Siti,1990-08-17,siti@example.id,0813,$2b$04$x,\n`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LegacyCsvError);
    expect((error as Error).message).toMatch(/^bad header \(missing nik, full_name/);
    expect((error as Error).message).not.toContain(nik);
    expect((error as Error).message).not.toContain('siti@');
    await expect(read('')).rejects.toThrow('the file is empty');
  });
});
