import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../security/pii.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { populationRegistryContract } from './registry.contract.ts';
import { addToSandboxRegistry, createSandboxRegistry } from './sandbox.ts';

let t: TestDatabase;
const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
const known = {
  nik: '3273014508900007',
  fullName: 'DEWI ANGGRAINI',
  birthDate: '1990-08-05',
  sex: 'F' as const,
};

beforeAll(async () => {
  t = await openTestDatabase();
  await addToSandboxRegistry(t.db, pii, [known, known]);
});
afterAll(() => t.close());

populationRegistryContract('sandbox (database)', async () => ({
  registry: createSandboxRegistry(t.db, pii),
  known,
  unknownNik: '3273014508900015',
}));

describe('sandbox registry', () => {
  it('stores NIKs only encrypted, and adding a citizen twice keeps one record', async () => {
    const rows = await t.db.selectFrom('sandbox_registry').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(known.nik);
    expect(pii.decrypt(rows[0]!.nik_enc)).toBe(known.nik);
  });
});
