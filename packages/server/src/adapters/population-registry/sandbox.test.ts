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

const withoutPhoto = {
  nik: '3273010101850003',
  fullName: 'AGUS SALIM',
  birthDate: '1985-01-01',
  sex: 'M' as const,
};
// Any bytes do: the registry stores the encoded image as it is given.
const knownPhoto = Buffer.from('\xff\xd8\xff\xe0 pretend JPEG of Dewi', 'latin1');

beforeAll(async () => {
  t = await openTestDatabase();
  await addToSandboxRegistry(t.db, pii, [{ ...known, photo: knownPhoto }, known, withoutPhoto]);
});
afterAll(() => t.close());

populationRegistryContract('sandbox (database)', async () => ({
  registry: createSandboxRegistry(t.db, pii),
  known,
  knownPhoto,
  withoutPhoto,
  unknownNik: '3273014508900015',
}));

describe('sandbox registry', () => {
  it('stores NIKs and photos only encrypted, and adding a citizen twice keeps the first record', async () => {
    const rows = await t.db
      .selectFrom('sandbox_registry')
      .selectAll()
      .where('nik_index', '=', pii.blindIndex('nik', known.nik))
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(known.nik);
    expect(pii.decrypt(rows[0]!.nik_enc)).toBe(known.nik);
    expect(rows[0]!.photo_enc!.includes(knownPhoto)).toBe(false);
    expect(Buffer.compare(pii.decryptBytes(rows[0]!.photo_enc!), knownPhoto)).toBe(0);
  });
});
