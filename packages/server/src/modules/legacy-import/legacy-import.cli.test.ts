/**
 * `npm run import:bpjstku` as an operator runs it: a child process against an embedded database in
 * a temporary data folder, with the development keys the server would use there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../db/database.ts';
import { createPiiCipher, resolvePiiKeys } from '../../security/pii.ts';
import { LEGACY_COLUMNS } from './legacy-csv.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const CLI = 'packages/server/src/cli/import-legacy-accounts.ts';
const NIK = '3174015708900001';
const EMAIL = 'siti.rahayu@bpjstku.example.id';

let dataDir: string;
let pii: ReturnType<typeof createPiiCipher>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-import-'));
  pii = createPiiCipher(resolvePiiKeys({ piiKey: undefined, indexKey: undefined, dataDir }));
  const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
  await migrateToLatest(database.db);
  await database.db
    .insertInto('people')
    .values({
      id: '0190f5a0-0000-7000-8000-000000000001',
      nik_enc: pii.encrypt(NIK),
      nik_index: pii.blindIndex('nik', NIK),
      full_name: 'Siti Rahayu',
      birth_date: '1990-08-17',
      sex: 'F',
    })
    .execute();
  await database.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function writeCsv(name: string, text: string): string {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, text);
  return file;
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, JMO_DATA_DIR: dataDir };
  for (const name of [
    'DATABASE_URL',
    'JMO_PII_KEY',
    'JMO_INDEX_KEY',
    'JMO_PII_KEY_ID',
    'JMO_PII_KEY_PREVIOUS',
  ])
    delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run import:bpjstku', () => {
  const rows = [
    [NIK, 'Siti Rahayu', '1990-08-17', EMAIL, '0813-1111-2222', bcrypt.hashSync('lama', 4), ''],
    [NIK, 'Siti Rahayu', '1990-08-17', 'siti@', '', bcrypt.hashSync('lama', 4), ''],
    ['3174015708900002', 'Siti Rahayu', '1990-08-17', 'lain@example.id', '', bcrypt.hashSync('lama', 4), ''],
  ];
  const csv = `${LEGACY_COLUMNS.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;

  it('imports the file, prints progress and a summary without personal data, and exits 0', async () => {
    const file = writeCsv('accounts.csv', csv);
    const { code, stdout, stderr } = await runCli([file, '--progress-every=2']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^… 3 rows processed$/m);
    expect(stdout).toContain('accounts.csv: 3 rows read.');
    expect(stdout).toMatch(/imported {2}1 /);
    expect(stdout).toMatch(/rejected {2}2/);
    expect(stdout).toContain('line 3  email: The e-mail address is not valid.');
    expect(stdout).toContain('line 4  ************0002  nik: no member with this NIK');
    for (const secret of [NIK, '3174015708900002', EMAIL, '81311112222', '$2b$'])
      expect(stdout).not.toContain(secret);

    const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const account = await database.db
        .selectFrom('user_accounts')
        .select(['password_hash', 'phone_enc'])
        .where('email_index', '=', pii.blindIndex('email', EMAIL))
        .executeTakeFirstOrThrow();
      expect(await bcrypt.compare('lama', account.password_hash)).toBe(true);
      expect(pii.decrypt(account.phone_enc!)).toBe('+6281311112222');
    } finally {
      await database.close();
    }
  }, 60_000);

  it('imports nothing new the second time', async () => {
    const { code, stdout } = await runCli([writeCsv('again.csv', csv)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/imported {2}0 /);
    expect(stdout).toContain('1 × the NIK already has an account');
  }, 60_000);

  it('exits 1 with a clear message when the file is missing or its header is wrong', async () => {
    const missing = await runCli([path.join(dataDir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file:');

    const headerless = await runCli([writeCsv('headerless.csv', `${rows[0]!.join(',')}\n`)]);
    expect(headerless.code).toBe(1);
    expect(headerless.stderr).toMatch(/^bad header \(missing nik, full_name/);
    expect(headerless.stderr).not.toContain(NIK);
    expect(headerless.stdout).toBe('');
  }, 60_000);
});
