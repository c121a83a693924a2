/**
 * The member's own safety controls on a JHT claim (DESIGN.md §7), beside the three conditions of
 * `jht-eligibility.ts`:
 *
 * - **withdrawal lock** (`withdrawal_locked`): the member turned it on; no claim leaves the app
 *   while it is on. Turning it on is immediate; turning it off needs a step-up and takes effect only
 *   after a delay (configuration, default 24 hours), so someone holding a stolen, unlocked phone
 *   cannot unlock and claim at once.
 * - **bank cooling-off** (`bank_cooling_off`): a bank account changed from an earlier one (not the
 *   first one given) blocks claims for a number of days (configuration, default 7), so a thief who
 *   changes the account cannot be paid before the member notices the alerts.
 *
 * Both durations are ours (no agency figure was found), kept in configuration, not in a dated rule.
 * Pure: the caller gives the instant of the check.
 */
import type { Locale } from '../contracts/errors.ts';
import { formatDay } from '../contributions/explain.ts';
import { dateInZone } from '../time/period.ts';

export type JhtSafetyBlockerCode = 'withdrawal_locked' | 'bank_cooling_off';
export type JhtSafetyRemedy = 'security_settings' | 'wait_until';

export type JhtSafetyBlocker = {
  readonly code: JhtSafetyBlockerCode;
  readonly remedy: JhtSafetyRemedy;
  /** For `bank_cooling_off`, and a lock whose turning off is pending: when it ends (an instant). */
  readonly until?: Date;
};

export type WithdrawalLockRecord = {
  readonly on: boolean;
  readonly since: Date | null;
  /** A turning-off asked for: the lock stays on until then. */
  readonly pendingOffAt: Date | null;
};

export type WithdrawalLockState = {
  /** In force now. */
  readonly on: boolean;
  readonly since: Date | null;
  /** When a requested turning-off takes effect; null when none is pending. */
  readonly offAt: Date | null;
};

/** The lock as it stands at `now`: a pending turning-off whose time has come has taken effect. */
export function withdrawalLockAt(record: WithdrawalLockRecord | null, now: Date): WithdrawalLockState {
  if (!record?.on) return { on: false, since: null, offAt: null };
  if (record.pendingOffAt && record.pendingOffAt.getTime() <= now.getTime())
    return { on: false, since: null, offAt: null };
  return { on: true, since: record.since, offAt: record.pendingOffAt };
}

/** When a turning-off asked at `now` takes effect. */
export const withdrawalLockOffAt = (now: Date, delayHours: number): Date =>
  new Date(now.getTime() + delayHours * 3_600_000);

/** The end of the cooling-off after a bank-account change at `changedAt`, or null once it is over. */
export function bankCoolingOffUntil(changedAt: Date | null, now: Date, days: number): Date | null {
  if (!changedAt) return null;
  const until = new Date(changedAt.getTime() + days * 86_400_000);
  return until.getTime() > now.getTime() ? until : null;
}

export type JhtSafetyInput = {
  readonly now: Date;
  readonly lock: WithdrawalLockRecord | null;
  /** The last change of the bank account from an earlier one (the first account given is no change). */
  readonly bankChangedAt: Date | null;
  readonly coolingOffDays: number;
};

export type JhtSafety = {
  readonly withdrawalLock: WithdrawalLockState;
  readonly bankCoolingOff: { readonly until: Date } | null;
  readonly blockers: readonly JhtSafetyBlocker[];
};

export function checkJhtClaimSafety(input: JhtSafetyInput): JhtSafety {
  const withdrawalLock = withdrawalLockAt(input.lock, input.now);
  const until = bankCoolingOffUntil(input.bankChangedAt, input.now, input.coolingOffDays);
  const blockers: JhtSafetyBlocker[] = [];
  if (withdrawalLock.on)
    blockers.push({
      code: 'withdrawal_locked',
      remedy: 'security_settings',
      ...(withdrawalLock.offAt ? { until: withdrawalLock.offAt } : {}),
    });
  if (until) blockers.push({ code: 'bank_cooling_off', remedy: 'wait_until', until });
  return { withdrawalLock, bankCoolingOff: until ? { until } : null, blockers };
}

/** What a safety blocker means and what to do, in the member's language; dates in `timeZone`. */
export function jhtSafetyBlockerMessage(blocker: JhtSafetyBlocker, locale: Locale, timeZone: string): string {
  const id = locale === 'id';
  const day = blocker.until ? formatDay(dateInZone(blocker.until, timeZone), locale) : null;
  switch (blocker.code) {
    case 'withdrawal_locked':
      if (day)
        return id
          ? `Kunci pencairan masih aktif sampai ${day}, sesuai permintaan Anda mematikannya. Setelah itu klaim bisa diajukan.`
          : `The withdrawal lock stays on until ${day}, as you asked to turn it off. After that you can claim.`;
      return id
        ? 'Kunci pencairan aktif: tidak ada klaim yang bisa diajukan. Matikan di Keamanan Akun bila Anda sendiri yang ingin mengklaim.'
        : 'The withdrawal lock is on: no claim can be made. Turn it off in Account security if you yourself want to claim.';
    case 'bank_cooling_off':
      return id
        ? `Rekening bank Anda baru diganti. Demi keamanan, klaim bisa diajukan mulai ${day}. Bila Anda tidak mengganti rekening, segera hubungi kami.`
        : `Your bank account was changed recently. For your safety, you can claim from ${day}. If you did not change it, contact us at once.`;
  }
}
