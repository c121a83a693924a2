/**
 * What a claim needs from the person's data: the NPWP and bank account the last data update left,
 * and when the bank account was last changed from an earlier one (the cooling-off after a bank
 * change, core `claims/safety.ts`). The first account ever given is no change: the versions' before
 * values tell the two apart (`person_data_versions`, each change with its before and after).
 */
import { AUTOMATED_CHECKS, DATA_UPDATE_STEPS, type PersonData } from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import { type Payload, sealPayload } from './data-update.model.ts';
import { findProfile } from './data-update.repository.ts';
import { applyUpdate } from './history.ts';

export interface PayoutDetails {
  bank: { code: string; accountNumber: string; holderName: string } | null;
  npwp: string | null;
  /** The latest change of the account (bank or number) from an earlier one, on or after `since`. */
  bankChangedAt: Date | null;
}

const ACCOUNT_FIELDS = new Set(['bank.accountNumber', 'bank.code']);

export async function payoutDetails(
  deps: Pick<Deps, 'db' | 'pii'>,
  personId: string,
  opts: { bankChangedSince: Date },
): Promise<PayoutDetails> {
  const [profile, versions] = await Promise.all([
    findProfile(deps.db, personId),
    deps.db
      .selectFrom('person_data_versions')
      .select(['fields', 'changes_enc', 'recorded_at'])
      .where('person_id', '=', personId)
      .where('recorded_at', '>=', opts.bankChangedSince)
      .orderBy('version', 'desc')
      .execute(),
  ]);
  const data = profile ? (JSON.parse(deps.pii.decrypt(profile.data_enc)) as Partial<PersonData>) : {};
  let bankChangedAt: Date | null = null;
  for (const v of versions) {
    const fields = Array.isArray(v.fields)
      ? v.fields
      : String(v.fields)
          .replace(/^\{|\}$/g, '')
          .split(',');
    if (!fields.some((f) => ACCOUNT_FIELDS.has(f))) continue;
    const changes = JSON.parse(deps.pii.decrypt(v.changes_enc)) as { field: string; before: string | null }[];
    if (changes.some((c) => ACCOUNT_FIELDS.has(c.field) && c.before !== null)) {
      bankChangedAt = v.recorded_at;
      break;
    }
  }
  return { bank: data.bank ?? null, npwp: data.npwp ?? null, bankChangedAt };
}

/**
 * A data update completed with the given NPWP and bank account, as "Konfirmasi" leaves it (status
 * `updated`, every step done and every check passed, the person's data and a version with the
 * member as author): for the demo seed and tests, which need members who may claim. A second call
 * for another card of the person changes the account from the earlier one, as a real update would.
 */
export async function recordCompletedDataUpdate(
  trx: Executor,
  deps: Pick<Deps, 'pii' | 'clock' | 'newId'>,
  update: {
    membershipId: string;
    personId: string;
    userId: string;
    npwp: string | null;
    bank: { code: string; accountNumber: string; holderName: string };
  },
): Promise<void> {
  const now = deps.clock.now();
  const id = deps.newId();
  const payload: Payload = { entries: { taxBank: { npwp: update.npwp, bank: update.bank } } };
  await trx
    .insertInto('data_updates')
    .values({
      id,
      membership_id: update.membershipId,
      person_id: update.personId,
      status: 'updated',
      completed_steps: [...DATA_UPDATE_STEPS],
      current_step: null,
      checks: JSON.stringify(Object.fromEntries(AUTOMATED_CHECKS.map((c) => [c, 'passed']))),
      payload_enc: sealPayload(deps, payload),
      face_attempts_since: now,
      created_at: now,
      updated_at: now,
      submitted_at: now,
      completed_at: now,
    })
    .execute();
  await applyUpdate(
    trx,
    deps as Deps,
    { id, personId: update.personId, payload, contactNow: { phone: null, email: null } },
    { kind: 'member', userId: update.userId },
  );
}
