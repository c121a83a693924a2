/**
 * A synthetic population registry kept in the database (`sandbox_registry`), seeded with the demo
 * population and a few citizens who are not members yet. NIKs are encrypted and found by blind
 * index, as everywhere else; the reference photos (sample faces, adapters/face/sample-faces.ts, in
 * the demo) are encrypted too.
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
    async referencePhoto(nik) {
      const row = await db
        .selectFrom('sandbox_registry')
        .select('photo_enc')
        .where('nik_index', '=', pii.blindIndex('nik', nik))
        .executeTakeFirst();
      return row?.photo_enc ? pii.decryptBytes(row.photo_enc) : null;
    },
  };
}

/** A citizen as the sandbox registry is given one: optionally with a reference photo (encoded image). */
export interface SandboxCitizen extends RegistryRecord {
  photo?: Uint8Array | null;
}

/** Add citizens to the sandbox registry; existing NIKs are left as they are. */
export async function addToSandboxRegistry(
  db: Database,
  pii: PiiCipher,
  records: readonly SandboxCitizen[],
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
          photo_enc: r.photo ? pii.encryptBytes(r.photo) : null,
        })),
      )
      .onConflict((oc) => oc.column('nik_index').doNothing())
      .execute();
  }
}
