import { type Kysely, sql } from 'kysely';

/**
 * The sandbox population registry holds a reference photo per citizen, as Dukcapil does: the
 * encoded image, encrypted like every other piece of PII (key id ‖ IV ‖ tag ‖ ciphertext). Null
 * when the registry has no photo. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sandbox_registry ADD COLUMN photo_enc bytea`.execute(db);
}
