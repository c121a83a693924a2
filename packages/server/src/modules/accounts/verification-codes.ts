/**
 * One-time codes for any purpose (registration, self-unblock…): issued under the policy in core
 * (`verification/policy.ts`), stored only as a keyed digest bound to purpose, subject and channel,
 * checked with every attempt counted atomically. Callers send the code in their own words.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { canAttempt, canSend, type Locale, VERIFICATION_POLICY } from '@jmo/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';

export type Purpose =
  | 'registration'
  | 'unblock'
  | 'password_reset'
  | 'account_recovery'
  | 'step_up'
  | 'contact_change';
export type Channel = 'email' | 'sms';
export interface CodeSubject {
  purpose: Purpose;
  subjectId: string;
  channel: Channel;
}

export const CODE_TTL_MINUTES = VERIFICATION_POLICY.ttlSeconds / 60;

function digest(deps: Pick<Deps, 'pii'>, s: CodeSubject, code: string): Buffer {
  return deps.pii.blindIndex('code', `${s.purpose}:${s.subjectId}:${s.channel}:${code}`);
}

/** A new code for the subject, if the resend cool-down and hourly cap allow; returns it to be sent. */
export async function issueCode(
  deps: Deps,
  subject: CodeSubject,
): Promise<
  Outcome<
    { code: string; expiresAt: Date; resendAt: Date },
    'code_resend_too_soon' | 'code_send_limit_reached'
  >
> {
  const now = deps.clock.now();
  const recent = await deps.db
    .selectFrom('verification_codes')
    .select('sent_at')
    .where('purpose', '=', subject.purpose)
    .where('subject_id', '=', subject.subjectId)
    .where('channel', '=', subject.channel)
    .where('sent_at', '>', new Date(now.getTime() - 3_600_000))
    .execute();
  const allowed = canSend(
    recent.map((r) => r.sent_at),
    now,
  );
  if (!allowed.ok) {
    return { ok: false, error: allowed.error, ...(allowed.retryAt ? { retryAt: allowed.retryAt } : {}) };
  }
  const code = String(randomInt(0, 10 ** VERIFICATION_POLICY.codeLength)).padStart(
    VERIFICATION_POLICY.codeLength,
    '0',
  );
  await deps.db
    .insertInto('verification_codes')
    .values({
      id: deps.newId(),
      purpose: subject.purpose,
      subject_id: subject.subjectId,
      channel: subject.channel,
      code_hash: digest(deps, subject, code),
      sent_at: now,
      expires_at: allowed.value.expiresAt,
    })
    .execute();
  return { ok: true, value: { code, ...allowed.value } };
}

/**
 * Check a typed code against the latest one issued (asking for a new code retires the old).
 * Returns the code's id, to consume it when the whole operation succeeds.
 */
export async function checkCode(
  deps: Deps,
  subject: CodeSubject,
  typed: string,
  locale: Locale,
): Promise<Outcome<string, 'code_invalid' | 'code_expired' | 'code_attempts_exhausted'>> {
  const now = deps.clock.now();
  const path = subject.channel === 'email' ? 'emailCode' : 'smsCode';
  const latest = await deps.db
    .selectFrom('verification_codes')
    .selectAll()
    .where('purpose', '=', subject.purpose)
    .where('subject_id', '=', subject.subjectId)
    .where('channel', '=', subject.channel)
    .orderBy('sent_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return { ok: false, error: 'code_invalid', errors: [{ path, message: subject.channel }] };
  const allowed = canAttempt(
    {
      sentAt: latest.sent_at,
      expiresAt: latest.expires_at,
      attempts: latest.attempts,
      consumedAt: latest.consumed_at,
    },
    now,
  );
  if (!allowed.ok) {
    const error = allowed.error === 'code_already_used' ? 'code_expired' : allowed.error;
    return { ok: false, error, errors: [{ path, message: subject.channel }] };
  }
  // Count the attempt before comparing, atomically, so parallel guesses cannot exceed the limit.
  const counted = await deps.db
    .updateTable('verification_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', latest.id)
    .where('attempts', '<', VERIFICATION_POLICY.maxAttempts)
    .returning('attempts')
    .executeTakeFirst();
  if (!counted)
    return { ok: false, error: 'code_attempts_exhausted', errors: [{ path, message: subject.channel }] };
  if (!timingSafeEqual(latest.code_hash, digest(deps, subject, typed))) {
    const left = VERIFICATION_POLICY.maxAttempts - counted.attempts;
    const which = subject.channel === 'email' ? 'e-mail' : 'SMS';
    return {
      ok: false,
      error: left > 0 ? 'code_invalid' : 'code_attempts_exhausted',
      errors: [{ path, message: which }],
      detail:
        locale === 'en'
          ? `${left} tries left for the ${which} code`
          : `Sisa ${left} percobaan untuk kode ${which}`,
    };
  }
  return { ok: true, value: latest.id };
}

/** Mark codes used, in the transaction that completes what they verified. */
export async function consumeCodes(
  db: Database | Transaction<DB>,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  if (ids.length > 0)
    await db.updateTable('verification_codes').set({ consumed_at: now }).where('id', 'in', ids).execute();
}
