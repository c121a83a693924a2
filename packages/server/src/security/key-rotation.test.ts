/**
 * Key rotation on a real database: data written by the app under key A (factories, registration and
 * sign-in through HTTP) is rotated to key B; a server that knows only key B then signs the same
 * people in by e-mail and by phone, and nothing under key A is left. A run stopped after its first
 * batch is finished by the next; keys that do not fit the data are refused before anything changes.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToSandboxRegistry, createSandboxRegistry } from '../adapters/population-registry/sandbox.ts';
import { buildApp } from '../app.ts';
import type { Deps } from '../lib/deps.ts';
import { createMember } from '../testing/factories.ts';
import { lastSentTo } from '../testing/outbox.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { ENCRYPTED_TABLES, NORMALISERS } from './encrypted-columns.ts';
import { KeyRotationRefused, rotatePiiKeys } from './key-rotation.ts';
import { createPiiCipher, type PiiCipher } from './pii.ts';

const keyA = { encryptionKey: randomBytes(32), indexKey: randomBytes(32) }; // id 1, as before rotation existed
const keyB = { encryptionKey: randomBytes(32), indexKey: randomBytes(32), keyId: 2 };
const piiA = createPiiCipher(keyA);
const piiB = createPiiCipher(keyB);
/** What keys:rotate runs with: B current, A kept only to read what it wrote. */
const rotating = createPiiCipher({ ...keyB, previousKeys: [{ id: 1, encryptionKey: keyA.encryptionKey }] });

let t: TestApp;
const servers: FastifyInstance[] = [];
beforeAll(async () => {
  t = await openTestApp({ env: { REGISTRATION_RATE_LIMIT_PER_MINUTE: '100' } });
});
afterAll(async () => {
  for (const app of servers) await app.close();
  await t.close();
});

/** A whole server on the test database that knows only the keys of `pii`. */
async function serverWith(pii: PiiCipher): Promise<{ app: FastifyInstance; deps: Deps }> {
  const deps: Deps = { ...t.deps, pii, registry: createSandboxRegistry(t.deps.db, pii) };
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  servers.push(app);
  return { app, deps };
}

let ip = 0;
const post = (app: FastifyInstance, url: string, payload: object) =>
  app.inject({ method: 'POST', url, payload, remoteAddress: `10.9.0.${++ip % 250}` });
const signIn = (app: FastifyInstance, identifier: string, password: string) =>
  post(app, '/api/v1/auth/login', { identifier, password });
const latestCode = async (to: string) => /\b(\d{6})\b/.exec((await lastSentTo(t.deps, to)).body)![1]!;

/** Listed values whose ciphertext carries `keyId`, across every encrypted column. */
async function valuesUnderKey(keyId: number): Promise<number> {
  let n = 0;
  for (const { table, columns } of ENCRYPTED_TABLES)
    for (const { enc } of columns) {
      const result = await sql<{ n: bigint }>`
        SELECT count(*) AS n FROM ${sql.table(table)} WHERE get_byte(${sql.ref(enc)}, 0) = ${keyId}`.execute(
        t.deps.db,
      );
      n += Number(result.rows[0]!.n);
    }
  return n;
}

/** Every listed blind index equals the one `pii` computes from the decrypted, normalised value. */
async function indexesMismatchedUnder(pii: PiiCipher): Promise<string[]> {
  const mismatched: string[] = [];
  for (const { table, columns } of ENCRYPTED_TABLES)
    for (const { enc, index } of columns) {
      if (!index) continue;
      const rows = await sql<{ enc: Buffer | null; idx: Buffer | null }>`
        SELECT ${sql.ref(enc)} AS enc, ${sql.ref(index.column)} AS idx FROM ${sql.table(table)}`.execute(
        t.deps.db,
      );
      for (const row of rows.rows) {
        if (!row.enc) continue;
        const expected = pii.blindIndex(index.kind, NORMALISERS[index.normalisation](pii.decrypt(row.enc)));
        if (!expected.equals(row.idx!)) mismatched.push(`${table}.${index.column}`);
      }
    }
  return mismatched;
}

describe('rotating from key A to key B', () => {
  const citizen = {
    nik: '3273014508900007',
    fullName: 'DEWI ANGGRAINI',
    birthDate: '1990-08-05',
    sex: 'F' as const,
  };
  const later = {
    nik: '3273014508900015',
    fullName: 'SITI AMINAH',
    birthDate: '1990-08-05',
    sex: 'F' as const,
  };
  const registered = { email: 'dewi@mail.test', phone: '081310000001', password: 'teh manis hangat sekali' };
  let member: Awaited<ReturnType<typeof createMember>>;

  beforeAll(async () => {
    const a = await serverWith(piiA);
    member = await createMember(a.deps, { fullName: 'Rina Kartika', nik: '3174015708900001' });
    await addToSandboxRegistry(t.deps.db, piiA, [citizen, later]);
    const start = await post(a.app, '/api/v1/registrations', {
      segment: 'PU',
      nik: citizen.nik,
      fullName: 'Dewi Anggraini',
      birthDate: citizen.birthDate,
      locale: 'id',
      ...registered,
    });
    expect(start.statusCode).toBe(201);
    const verify = await post(a.app, `/api/v1/registrations/${start.json().registrationId}/verify`, {
      emailCode: await latestCode(registered.email),
      smsCode: await latestCode('+6281310000001'),
    });
    expect(verify.statusCode).toBe(201);
    expect((await signIn(a.app, member.email, 'not the password')).statusCode).toBe(401);
  });

  it('finds the app wrote every listed index as the list says it normalises', async () => {
    expect(await valuesUnderKey(1)).toBeGreaterThanOrEqual(9);
    expect(await indexesMismatchedUnder(piiA)).toEqual([]);
  });

  it('re-encrypts every value and recomputes every index, and a second run changes nothing', async () => {
    const progress: string[] = [];
    const summary = await rotatePiiKeys(t.deps.db, rotating, {
      batchSize: 2,
      onBatch: (p) => void progress.push(`${p.table} ${p.done}/${p.total}`),
    });
    expect(summary.remaining).toBe(0);
    expect(Object.fromEntries(summary.tables.map((s) => [s.table, s.rotated]))).toMatchObject({
      people: 2,
      user_accounts: 2,
      registrations: 1,
      sandbox_registry: 2, // keyed by its blind index: the key itself changes
    });
    expect(progress).toEqual(expect.arrayContaining(['people 2/2', 'sandbox_registry 2/2']));
    expect(await valuesUnderKey(1)).toBe(0);
    expect(await indexesMismatchedUnder(piiB)).toEqual([]);

    const again = await rotatePiiKeys(t.deps.db, rotating);
    expect(again.tables.every((s) => s.rotated === 0)).toBe(true);
  });

  it('carries the sign-in throttle over to the new index', async () => {
    const throttle = await t.deps.db
      .selectFrom('login_throttles')
      .select('failures')
      .where('identifier_index', '=', piiB.blindIndex('email', member.email))
      .executeTakeFirst();
    expect(throttle?.failures).toBe(1);
  });

  it('lets a server with key B only sign people in by e-mail and by phone, and look NIKs up', async () => {
    const b = await serverWith(piiB);
    const byEmail = await signIn(b.app, member.email, member.password);
    expect(byEmail.statusCode).toBe(200);
    expect(byEmail.json().maskedNik).toMatch(/0001$/);
    expect((await signIn(b.app, member.phone, member.password)).statusCode).toBe(200);
    expect((await signIn(b.app, registered.email, registered.password)).statusCode).toBe(200);
    expect((await signIn(b.app, registered.phone, registered.password)).statusCode).toBe(200);
    // The sandbox registry (keyed by the NIK's blind index) still answers, and the NIK is still known as registered.
    const base = { segment: 'PU', birthDate: citizen.birthDate, locale: 'id', password: registered.password };
    const fresh = await post(b.app, '/api/v1/registrations', {
      ...base,
      nik: later.nik,
      fullName: 'Siti Aminah',
      email: 'siti@mail.test',
      phone: '081310000002',
    });
    expect(fresh.statusCode).toBe(201);
    const taken = await post(b.app, '/api/v1/registrations', {
      ...base,
      nik: citizen.nik,
      fullName: 'Dewi Anggraini',
      email: 'dewi2@mail.test',
      phone: '081310000003',
    });
    expect(taken.json().code).toBe('nik_already_registered');

    const a = await serverWith(piiA);
    expect((await signIn(a.app, member.email, member.password)).statusCode).toBe(401);
  });

  it('refuses keys that do not fit the data, before changing anything', async () => {
    const fresh = { encryptionKey: randomBytes(32), indexKey: randomBytes(32) };
    const attempts: [PiiCipher, RegExp][] = [
      [createPiiCipher({ ...fresh, keyId: 3 }), /key id 2, which is not configured/],
      [createPiiCipher({ ...fresh, keyId: 2 }), /key id 2 failed authentication/],
      [
        createPiiCipher({ encryptionKey: keyB.encryptionKey, indexKey: fresh.indexKey, keyId: 2 }),
        /indexed with another JMO_INDEX_KEY; a new key pair needs a new JMO_PII_KEY_ID/,
      ],
    ];
    const before = await valuesUnderKey(2);
    for (const [pii, message] of attempts) {
      const run = rotatePiiKeys(t.deps.db, pii);
      await expect(run).rejects.toThrow(KeyRotationRefused);
      await expect(run).rejects.toThrow(message);
    }
    expect(await valuesUnderKey(2)).toBe(before);
  });
});

describe('a rotation that stops after its first batch', () => {
  it('is finished by the next run', async () => {
    const a = await serverWith(piiA);
    const members = [
      await createMember(a.deps, { nik: '3174015708900011' }),
      await createMember(a.deps, { nik: '3174015708900012' }),
      await createMember(a.deps, { nik: '3174015708900013' }),
    ];
    expect(await valuesUnderKey(1)).toBe(9);

    let batches = 0;
    const crashing = rotatePiiKeys(t.deps.db, rotating, {
      batchSize: 1,
      onBatch: () => {
        if (++batches === 1) throw new Error('injected crash');
      },
    });
    await expect(crashing).rejects.toThrow('injected crash');
    expect(await valuesUnderKey(1)).toBe(8); // the first batch committed, nothing after it

    const resumed = await rotatePiiKeys(t.deps.db, rotating, { batchSize: 1 });
    expect(resumed.remaining).toBe(0);
    expect(resumed.tables.find((s) => s.table === 'people')?.rotated).toBe(2);
    expect(resumed.tables.find((s) => s.table === 'user_accounts')?.rotated).toBe(3);
    expect(await valuesUnderKey(1)).toBe(0);
    expect(await indexesMismatchedUnder(piiB)).toEqual([]);

    const b = await serverWith(piiB);
    for (const m of members) expect((await signIn(b.app, m.email, m.password)).statusCode).toBe(200);
  });
});
