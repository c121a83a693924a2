/**
 * A synthetic population registry kept in the database (`sandbox_registry`), seeded with the demo
 * population and a few citizens who are not members yet. NIKs are encrypted and found by blind
 * index, as everywhere else.
 */
import type { Database } from '../../db/database.ts';
import type { PiiCipher } from '../../security/pii.ts';
import type { PopulationRegistry, RegistryRecord } from './port.ts';

export function createSandboxRegistry(db: Database, pii: PiiCipher): PopulationRegistry {
  return {
    async findByNik(nik) {
      const row = await db
        .selectFrom('sandbox_registry')
        .select(['nik_enc', 'full_name', 'birth_date', 'sex'])
        .where('nik_index', '=', pii.blindIndex('nik', nik))
        .executeTakeFirst();
      if (!row) return null;
      return {
        nik: pii.decrypt(row.nik_enc),
        fullName: row.full_name,
        birthDate: row.birth_date,
        sex: row.sex,
      };
    },
    // Reference photos come with the face work (sample faces cut from the face package's images).
    async referencePhoto() {
      return null;
    },
  };
}

/** Add citizens to the sandbox registry; existing NIKs are left as they are. */
export async function addToSandboxRegistry(
  db: Database,
  pii: PiiCipher,
  records: readonly RegistryRecord[],
): Promise<void> {
  for (let i = 0; i < records.length; i += 1000) {
    const batch = records.slice(i, i + 1000);
    await db
      .insertInto('sandbox_registry')
      .values(
        batch.map((r) => ({
          nik_index: pii.blindIndex('nik', r.nik),
          nik_enc: pii.encrypt(r.nik),
          full_name: r.fullName,
          birth_date: r.birthDate,
          sex: r.sex,
        })),
      )
      .onConflict((oc) => oc.column('nik_index').doNothing())
      .execute();
  }
}
