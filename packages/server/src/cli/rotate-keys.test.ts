/**
 * `npm run keys:rotate` as an operator runs it, on an embedded database in a temporary folder:
 * it prints fresh keys, refuses missing or malformed keys with a clear message, and rotates (the
 * rotation itself, resuming and refusals are tested in security/key-rotation.test.ts).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../db/database.ts';
import { createPiiCipher } from '../security/pii.ts';

const cli = fileURLToPath(new URL('./rotate-keys.ts', import.meta.url));
const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const keyA = { JMO_PII_KEY: key(1), JMO_INDEX_KEY: key(2) };
const keyB = { JMO_PII_KEY: key(3), JMO_INDEX_KEY: key(4), JMO_PII_KEY_ID: '2' };

let dir: string;
const target = () => ({ engine: 'pglite' as const, dataDir: path.join(dir, 'pglite') });

/** The command in its own process, with only the environment given (never the test's DATABASE_URL). */
async function run(env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'test',
          DATABASE_URL: `pglite:${target().dataDir}`,
          ...env,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-rotate-'));
  const database = await openDatabase(target());
  await migrateToLatest(database.db);
  const piiA = createPiiCipher({
    encryptionKey: Buffer.from(keyA.JMO_PII_KEY, 'base64'),
    indexKey: Buffer.from(keyA.JMO_INDEX_KEY, 'base64'),
  });
  await database.db
    .insertInto('people')
    .values({
      id: '0190a000-0000-7000-8000-000000000001',
      nik_enc: piiA.encrypt('3174015708900001'),
      nik_index: piiA.blindIndex('nik', '3174015708900001'),
      full_name: 'Rina Kartika',
      birth_date: '1990-08-15',
      sex: 'F',
    })
    .execute();
  await database.close();
}, 120_000); // a migrated PGlite on disk: slow on a busy machine
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run keys:rotate', () => {
  it('prints a fresh key pair with --generate', async () => {
    const { code, stdout } = await run({}, ['--generate']);
    expect(code).toBe(0);
    const printed = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    expect(Object.keys(printed)).toEqual(['JMO_PII_KEY', 'JMO_INDEX_KEY']);
    for (const value of Object.values(printed))
      expect(Buffer.from(value as string, 'base64')).toHaveLength(32);
  });

  it('refuses to start without keys, or with malformed ones', async () => {
    const missing = await run({});
    expect(missing.code).toBe(78);
    expect(missing.stderr).toMatch(/needs the new key pair in JMO_PII_KEY and JMO_INDEX_KEY/);
    const malformed = await run({ ...keyB, JMO_PII_KEY_PREVIOUS: `1:${keyA.JMO_PII_KEY.slice(3)}` });
    expect(malformed.code).toBe(78);
    expect(malformed.stderr).toMatch(/JMO_PII_KEY_PREVIOUS: entry 1 must be/);
  });

  it('rotates to the new pair and reports per table', async () => {
    const env = { ...keyB, JMO_PII_KEY_PREVIOUS: `1:${keyA.JMO_PII_KEY}` };
    const rotated = await run(env);
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/people: 1\/1/);
    expect(rotated.stdout).toMatch(/people\s+1 rows rotated/);
    expect(rotated.stdout).toMatch(/Done: all PII is under key id 2/);

    const database = await openDatabase(target());
    const person = await database.db
      .selectFrom('people')
      .select(['nik_enc', 'nik_index'])
      .executeTakeFirstOrThrow();
    await database.close();
    const piiB = createPiiCipher({
      encryptionKey: Buffer.from(keyB.JMO_PII_KEY, 'base64'),
      indexKey: Buffer.from(keyB.JMO_INDEX_KEY, 'base64'),
      keyId: 2,
    });
    expect(person.nik_enc[0]).toBe(2);
    expect(piiB.decrypt(person.nik_enc)).toBe('3174015708900001');
    expect(person.nik_index).toEqual(piiB.blindIndex('nik', '3174015708900001'));
  });
});
