/**
 * The person's data and its history: applying a confirmed (or approved) update writes the new data
 * and one append-only version with every field's before and after, under the person's profile lock,
 * so versions are numbered without gaps or doubles; reading the history back for the member and for
 * officers.
 */
import {
  applyEntries,
  type DataVersionsResponse,
  diffPersonData,
  diffRecords,
  EMPTY_PERSON_DATA,
  type FieldChange,
  type PersonData,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Payload } from './data-update.model.ts';
import { insertVersion, listVersions, saveProfile } from './data-update.repository.ts';

export type Author =
  | { kind: 'member'; userId: string }
  | { kind: 'officer'; staffId: string }
  | { kind: 'system' };

/** The profile row locked (made, empty, the first time): the data as stored and its version count. */
async function lockProfile(trx: Executor, deps: Deps, personId: string) {
  await trx
    .insertInto('person_profiles')
    .values({
      person_id: personId,
      data_enc: deps.pii.encrypt(JSON.stringify(EMPTY_PERSON_DATA)),
      version: 0,
      updated_at: deps.clock.now(),
    })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
  const row = await trx
    .selectFrom('person_profiles')
    .selectAll()
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const data = { ...EMPTY_PERSON_DATA, ...(JSON.parse(deps.pii.decrypt(row.data_enc)) as PersonData) };
  return { data, version: row.version };
}

async function recordVersion(
  trx: Executor,
  deps: Deps,
  version: {
    personId: string;
    number: number;
    dataUpdateId: string | null;
    author: Author;
    changes: FieldChange[];
  },
): Promise<void> {
  const { author } = version;
  await insertVersion(trx, {
    id: deps.newId(),
    person_id: version.personId,
    version: version.number,
    data_update_id: version.dataUpdateId,
    author_kind: author.kind,
    author_user_id: author.kind === 'member' ? author.userId : null,
    author_staff_id: author.kind === 'officer' ? author.staffId : null,
    fields: version.changes.map((c) => c.field),
    changes_enc: deps.pii.encrypt(JSON.stringify(version.changes)),
    recorded_at: deps.clock.now(),
  });
}

/**
 * Apply an update's entries to the person's data and record the version. The contact data lives in
 * the account (changed there once each new address's code was entered), so its "before" is what the
 * account held when this round reached the contact step.
 */
export async function applyUpdate(
  trx: Executor,
  deps: Deps,
  update: {
    id: string;
    personId: string;
    payload: Payload;
    contactNow: { phone: string | null; email: string | null };
  },
  author: Author,
): Promise<FieldChange[]> {
  const profile = await lockProfile(trx, deps, update.personId);
  const before: PersonData = { ...profile.data, ...(update.payload.contactBefore ?? update.contactNow) };
  const after = applyEntries(before, update.payload.entries);
  const changes = diffPersonData(before, after);
  const number = profile.version + 1;
  // The contact stays the account's: the profile keeps the rest.
  const stored: PersonData = { ...after, phone: null, email: null };
  await saveProfile(trx, {
    personId: update.personId,
    dataEnc: deps.pii.encrypt(JSON.stringify(stored)),
    version: number,
    at: deps.clock.now(),
  });
  await recordVersion(trx, deps, {
    personId: update.personId,
    number,
    dataUpdateId: update.id,
    author,
    changes,
  });
  return changes;
}

/** A change outside a data update (the heirs): its own version, numbered with the others. */
export async function recordSideVersion(
  trx: Executor,
  deps: Deps,
  personId: string,
  before: object,
  after: object,
  author: Author,
): Promise<FieldChange[]> {
  const profile = await lockProfile(trx, deps, personId);
  const changes = diffRecords(before, after);
  const number = profile.version + 1;
  await trx
    .updateTable('person_profiles')
    .set({ version: number, updated_at: deps.clock.now() })
    .where('person_id', '=', personId)
    .execute();
  await recordVersion(trx, deps, { personId, number, dataUpdateId: null, author, changes });
  return changes;
}

export async function versionsOf(
  deps: Deps,
  executor: Executor,
  personId: string,
): Promise<DataVersionsResponse> {
  const rows = await listVersions(executor, personId);
  return {
    versions: rows.map((r) => ({
      version: r.version,
      at: r.recorded_at.toISOString(),
      author: { kind: r.author_kind, name: r.author_kind === 'officer' ? r.staff_name : null },
      kpj: r.kpj,
      changes: JSON.parse(deps.pii.decrypt(r.changes_enc)) as FieldChange[],
    })),
  };
}
