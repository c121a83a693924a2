/**
 * May this member claim this card's JHT in the app, and if not, what to do: the three conditions of
 * core `checkJhtInAppEligibility` (balance within the cap, data updated, membership ended with the
 * waiting period over) with their remedies, and the member's own safety controls of core
 * `checkJhtClaimSafety` (withdrawal lock, cooling-off after a bank change). The claims module calls
 * `jhtClaimEligibility` at submission; the app shows the same answer on the eligibility screen.
 *
 * Remedies that act: a request to the employer to report the leaving (seen in the employer portal,
 * resolved when the employer reports the leaver) and a reminder on the day a claim may be made.
 * Ownership: a card outside the member's account is `card_not_found`, as in the cards routes.
 */
import {
  type CalendarDate,
  type ClaimReminderResponse,
  checkJhtClaimSafety,
  checkJhtInAppEligibility,
  dateInZone,
  type EmployerLeaveReportRequestsResponse,
  findBank,
  formatDay,
  type JhtEligibility,
  type JhtEligibilityResponse,
  type JhtSafety,
  jhtClaimBlockerMessage,
  jhtSafetyBlockerMessage,
  type LeaveReportRequestResponse,
  type LeaveReportRequestWire,
  type Locale,
  maskBankAccount,
  maskKpj,
  type Rupiah,
  toWire,
  type WithdrawalLockResponse,
  withdrawalLockAt,
  withdrawalLockOffAt,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Principal, StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { announce } from '../alerts/alerts.service.ts';
import { isSteppedUp } from '../auth/step-up.service.ts';
import { findOwnCardWithBalance } from '../cards/cards.service.ts';
import { payoutDetails } from '../data-update/payout-details.service.ts';
import { dataUpdateStatuses } from '../data-update/status.service.ts';

export interface JhtClaimEligibility {
  asOf: CalendarDate;
  card: {
    membershipId: string;
    kpj: string;
    status: 'active' | 'nonactive';
    employer: { npp: string; name: string } | null;
    leftOn: string | null;
  };
  eligibility: JhtEligibility;
  safety: JhtSafety;
  /** Eligible, and no safety control blocks the claim. */
  canClaimInApp: boolean;
  balance: Rupiah;
  cap: Rupiah;
  bank: { bankCode: string; bankName: string; accountNumberMasked: string; holderName: string } | null;
  hasNpwp: boolean;
  leaveReportRequest: LeaveReportRequestWire | null;
  reminder: { kpj: string; remindOn: string; sentAt: string | null } | null;
}

/**
 * The eligibility of one of the member's cards at `now` (default: the clock). For the claims module
 * at submission and for `GET /api/v1/me/cards/{kpj}/jht-eligibility`.
 */
export async function jhtClaimEligibility(
  deps: Deps,
  input: { userId: string; kpj: string; now?: Date },
): Promise<Outcome<JhtClaimEligibility, 'card_not_found'>> {
  const now = input.now ?? deps.clock.now();
  const asOf = dateInZone(now, deps.config.timeZone);
  const account = await deps.db
    .selectFrom('user_accounts')
    .select('person_id')
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (!account) return { ok: false, error: 'card_not_found' };
  const card = await findOwnCardWithBalance(deps, input.userId, input.kpj, asOf);
  if (!card) return { ok: false, error: 'card_not_found' };
  const days = deps.config.claimSafety.bankCoolingOffDays;
  const [updates, details, lock, request, reminder] = await Promise.all([
    dataUpdateStatuses(deps, account.person_id),
    payoutDetails(deps, account.person_id, { bankChangedSince: new Date(now.getTime() - days * 86_400_000) }),
    findLock(deps.db, input.userId),
    latestLeaveReportRequest(deps.db, card.membershipId),
    deps.db
      .selectFrom('jht_claim_reminders')
      .select(['remind_on', 'sent_at'])
      .where('user_id', '=', input.userId)
      .where('membership_id', '=', card.membershipId)
      .orderBy('remind_on', 'desc')
      .executeTakeFirst(),
  ]);
  const eligibility = checkJhtInAppEligibility({
    balance: card.balance,
    asOf,
    dataUpdated: updates.of(card.membershipId).status === 'updated',
    membership: {
      active: card.status === 'active',
      leftOn: (card.leftOn ?? undefined) as CalendarDate | undefined,
      leaveReported: card.status === 'nonactive' || card.leftOn !== null,
    },
  });
  const safety = checkJhtClaimSafety({
    now,
    lock,
    bankChangedAt: details.bankChangedAt,
    coolingOffDays: days,
  });
  const bank = details.bank;
  return {
    ok: true,
    value: {
      asOf,
      card: {
        membershipId: card.membershipId,
        kpj: card.kpj,
        status: card.status,
        employer: card.employer,
        leftOn: card.leftOn,
      },
      eligibility,
      safety,
      canClaimInApp: eligibility.eligible && safety.blockers.length === 0,
      balance: card.balance,
      cap: eligibility.cap.amount,
      bank: bank
        ? {
            bankCode: bank.code,
            bankName: findBank(bank.code)?.name ?? bank.code,
            accountNumberMasked: maskBankAccount(bank.accountNumber),
            holderName: bank.holderName,
          }
        : null,
      hasNpwp: details.npwp !== null,
      leaveReportRequest: request ? requestWire(card.kpj, request) : null,
      reminder: reminder
        ? { kpj: card.kpj, remindOn: reminder.remind_on, sentAt: reminder.sent_at?.toISOString() ?? null }
        : null,
    },
  };
}

/** The eligibility as the app shows it: blockers with their words in the caller's language. */
export function eligibilityWire(deps: Deps, e: JhtClaimEligibility, locale: Locale): JhtEligibilityResponse {
  const zone = deps.config.timeZone;
  return {
    asOf: e.asOf,
    card: { kpj: e.card.kpj, status: e.card.status, employer: e.card.employer, leftOn: e.card.leftOn },
    balance: toWire(e.balance),
    cap: {
      amount: toWire(e.eligibility.cap.amount),
      validFrom: e.eligibility.cap.validFrom,
      source: e.eligibility.cap.source,
    },
    waitingPeriod: e.eligibility.waitingPeriod,
    claimableFrom: e.eligibility.claimableFrom,
    conditions: e.eligibility.conditions.map((c) => ({
      condition: c.condition,
      ok: c.ok,
      ...(c.blocker
        ? {
            blocker: {
              code: c.blocker.code,
              remedy: c.blocker.remedy,
              ...(c.blocker.date ? { date: c.blocker.date } : {}),
              message: jhtClaimBlockerMessage(c.blocker, { cap: e.cap }, locale),
            },
          }
        : {}),
    })),
    eligible: e.eligibility.eligible,
    safety: {
      withdrawalLock: lockWire(e.safety.withdrawalLock),
      bankCoolingOff: e.safety.bankCoolingOff
        ? {
            until: e.safety.bankCoolingOff.until.toISOString(),
            untilDate: dateInZone(e.safety.bankCoolingOff.until, zone),
          }
        : null,
      blockers: e.safety.blockers.map((b) => ({
        code: b.code,
        remedy: b.remedy,
        ...(b.until ? { until: b.until.toISOString(), untilDate: dateInZone(b.until, zone) } : {}),
        message: jhtSafetyBlockerMessage(b, locale, zone),
      })),
    },
    canClaimInApp: e.canClaimInApp,
    bank: e.bank,
    hasNpwp: e.hasNpwp,
    leaveReportRequest: e.leaveReportRequest,
    reminder: e.reminder,
  };
}

// ── Remedy: ask the employer to report the leaving ──────────────────────────────────────────────

type RequestRow = {
  created_at: Date;
  resolved_at: Date | null;
  resolution: 'leaver_reported' | null;
  npp: string;
  name: string;
};

const requestWire = (kpj: string, r: RequestRow): LeaveReportRequestWire => ({
  kpj,
  employer: { npp: r.npp, name: r.name },
  sentAt: r.created_at.toISOString(),
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  resolution: r.resolution,
});

function latestLeaveReportRequest(db: Executor, membershipId: string) {
  return db
    .selectFrom('leave_report_requests as r')
    .innerJoin('employers as e', 'e.id', 'r.employer_id')
    .select(['r.created_at', 'r.resolved_at', 'r.resolution', 'e.npp', 'e.name'])
    .where('r.membership_id', '=', membershipId)
    .orderBy('r.created_at', 'desc')
    .executeTakeFirst();
}

/**
 * "Minta pemberi kerja melaporkan": an open request to the card's employer, who sees it in the
 * portal. Idempotent while one is open (the open one is returned, `created: false`).
 */
export async function requestLeaveReport(
  deps: Deps,
  principal: Principal,
  kpj: string,
): Promise<Outcome<LeaveReportRequestResponse, 'card_not_found' | 'leave_report_not_needed'>> {
  const asOf = dateInZone(deps.clock.now(), deps.config.timeZone);
  const card = await findOwnCardWithBalance(deps, principal.userId, kpj, asOf);
  if (!card) return { ok: false, error: 'card_not_found' };
  if (card.status !== 'active' || card.leftOn !== null || card.employer === null)
    return { ok: false, error: 'leave_report_not_needed' };
  const membership = await deps.db
    .selectFrom('memberships')
    .select('employer_id')
    .where('id', '=', card.membershipId)
    .executeTakeFirstOrThrow();
  const inserted = await deps.db
    .insertInto('leave_report_requests')
    .values({
      id: deps.newId(),
      membership_id: card.membershipId,
      employer_id: membership.employer_id!,
      requested_by: principal.userId,
      created_at: deps.clock.now(),
      resolved_at: null,
      resolution: null,
    })
    .onConflict((oc) => oc.column('membership_id').where('resolved_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  const row = await latestLeaveReportRequest(deps.db, card.membershipId);
  return { ok: true, value: { ...requestWire(card.kpj, row!), created: inserted !== undefined } };
}

/** Called by the employer module in the leaver report's transaction: open requests are resolved. */
export async function resolveLeaveReportRequests(
  trx: Executor,
  membershipId: string,
  at: Date,
): Promise<number> {
  const result = await trx
    .updateTable('leave_report_requests')
    .set({ resolved_at: at, resolution: 'leaver_reported' })
    .where('membership_id', '=', membershipId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The employer portal: open requests from the employer's own workers, oldest first. */
export async function employerLeaveReportRequests(
  deps: Deps,
  staff: StaffPrincipal,
): Promise<Outcome<EmployerLeaveReportRequestsResponse, 'forbidden'>> {
  if (staff.role !== 'employer' || !staff.employerId) return { ok: false, error: 'forbidden' };
  const rows = await deps.db
    .selectFrom('leave_report_requests as r')
    .innerJoin('memberships as m', 'm.id', 'r.membership_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['r.id', 'm.kpj', 'p.full_name', 'm.name_on_card', 'm.joined_on', 'r.created_at'])
    .where('r.employer_id', '=', staff.employerId)
    .where('m.employer_id', '=', staff.employerId)
    .where('r.resolved_at', 'is', null)
    .orderBy('r.created_at')
    .execute();
  return {
    ok: true,
    value: {
      requests: rows.map((r) => ({
        id: r.id,
        kpj: r.kpj,
        workerName: r.name_on_card ?? r.full_name,
        joinedOn: r.joined_on,
        sentAt: r.created_at.toISOString(),
      })),
    },
  };
}

// ── Remedy: remind me on the day I can claim ────────────────────────────────────────────────────

export async function setClaimReminder(
  deps: Deps,
  principal: Principal,
  kpj: string,
): Promise<Outcome<ClaimReminderResponse, 'card_not_found' | 'claim_reminder_not_needed'>> {
  const result = await jhtClaimEligibility(deps, { userId: principal.userId, kpj });
  if (!result.ok) return result;
  const e = result.value;
  const waiting = e.eligibility.conditions[2].blocker;
  if (waiting?.code !== 'waiting_period' || !waiting.date)
    return { ok: false, error: 'claim_reminder_not_needed' };
  const inserted = await deps.db
    .insertInto('jht_claim_reminders')
    .values({
      id: deps.newId(),
      user_id: principal.userId,
      membership_id: e.card.membershipId,
      remind_on: waiting.date,
      created_at: deps.clock.now(),
      sent_at: null,
    })
    .onConflict((oc) => oc.columns(['user_id', 'membership_id', 'remind_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return {
    ok: true,
    value: { kpj: e.card.kpj, remindOn: waiting.date, sentAt: null, created: inserted !== undefined },
  };
}

/**
 * The job: every reminder due by `asOf` and not sent becomes an in-app notice (and an e-mail and an
 * SMS through the alerts' machinery), once: the notice is keyed by the reminder, and the reminder
 * is stamped sent. Safe to run again at any time.
 */
export async function sendDueClaimReminders(
  deps: Deps,
  asOf: CalendarDate = dateInZone(deps.clock.now(), deps.config.timeZone),
): Promise<number> {
  const due = await deps.db
    .selectFrom('jht_claim_reminders as r')
    .innerJoin('memberships as m', 'm.id', 'r.membership_id')
    .select(['r.id', 'r.remind_on', 'm.kpj', 'm.person_id'])
    .where('r.sent_at', 'is', null)
    .where('r.remind_on', '<=', asOf)
    .orderBy('r.remind_on')
    .limit(500)
    .execute();
  let sent = 0;
  for (const r of due) {
    sent += await announce(deps, [
      {
        personId: r.person_id,
        kind: 'jht_claim_reminder',
        key: `jht_claim_reminder:${r.id}`,
        detail: { kpj: maskKpj(r.kpj), date: formatDay(r.remind_on, 'id'), dateIso: r.remind_on },
      },
    ]);
    await deps.db
      .updateTable('jht_claim_reminders')
      .set({ sent_at: deps.clock.now() })
      .where('id', '=', r.id)
      .execute();
  }
  return sent;
}

// ── Safety: the withdrawal lock ─────────────────────────────────────────────────────────────────

async function findLock(db: Executor, userId: string) {
  const row = await db
    .selectFrom('withdrawal_locks')
    .select(['locked', 'since', 'pending_off_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { on: row.locked, since: row.since, pendingOffAt: row.pending_off_at } : null;
}

const lockWire = (s: { on: boolean; since: Date | null; offAt: Date | null }) => ({
  on: s.on,
  since: s.since?.toISOString() ?? null,
  offAt: s.offAt?.toISOString() ?? null,
});

export async function getWithdrawalLock(deps: Deps, principal: Principal): Promise<WithdrawalLockResponse> {
  const state = withdrawalLockAt(await findLock(deps.db, principal.userId), deps.clock.now());
  return { ...lockWire(state), offDelayHours: deps.config.claimSafety.withdrawalLockOffDelayHours };
}

/**
 * Turning the lock on is immediate (and cancels a pending turning-off). Turning it off needs a
 * step-up and takes effect after the configured delay; asking again does not move the time. The
 * member is told by e-mail and SMS either way, so a thief's unlock is noticed before it counts.
 */
export async function setWithdrawalLock(
  deps: Deps,
  principal: Principal,
  on: boolean,
  context: { ip: string; locale: Locale },
): Promise<Outcome<WithdrawalLockResponse, 'step_up_required'>> {
  const now = deps.clock.now();
  const current = withdrawalLockAt(await findLock(deps.db, principal.userId), now);
  const delay = deps.config.claimSafety.withdrawalLockOffDelayHours;
  if (on) {
    if (current.on && current.offAt === null)
      return { ok: true, value: await getWithdrawalLock(deps, principal) };
    const since = current.on ? current.since! : now;
    await upsertLock(deps, principal.userId, { locked: true, since, pending_off_at: null, updated_at: now });
    await recordSecurityEvent(deps, { kind: 'withdrawal_lock_on', userId: principal.userId, ip: context.ip });
    await tell(deps, principal.userId, 'on', null);
    return { ok: true, value: await getWithdrawalLock(deps, principal) };
  }
  if (!current.on || current.offAt !== null)
    return { ok: true, value: await getWithdrawalLock(deps, principal) };
  if (!(await isSteppedUp(deps, principal))) return { ok: false, error: 'step_up_required' };
  const offAt = withdrawalLockOffAt(now, delay);
  await upsertLock(deps, principal.userId, {
    locked: true,
    since: current.since!,
    pending_off_at: offAt,
    updated_at: now,
  });
  await recordSecurityEvent(deps, {
    kind: 'withdrawal_lock_off_requested',
    userId: principal.userId,
    ip: context.ip,
    detail: { offAt: offAt.toISOString() },
  });
  await tell(deps, principal.userId, 'off', offAt);
  return { ok: true, value: await getWithdrawalLock(deps, principal) };
}

async function upsertLock(
  deps: Deps,
  userId: string,
  row: { locked: boolean; since: Date; pending_off_at: Date | null; updated_at: Date },
): Promise<void> {
  await deps.db
    .insertInto('withdrawal_locks')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
}

async function tell(deps: Deps, userId: string, what: 'on' | 'off', offAt: Date | null): Promise<void> {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['email_enc', 'phone_enc', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!account) return;
  const en = account.locale === 'en';
  const when = offAt
    ? `${formatDay(dateInZone(offAt, deps.config.timeZone), account.locale)} ${offAt.toLocaleTimeString(
        'id-ID',
        {
          timeZone: deps.config.timeZone,
          hour: '2-digit',
          minute: '2-digit',
        },
      )}`
    : '';
  const text =
    what === 'on'
      ? en
        ? 'The withdrawal lock of your JMO account is on: no JHT claim can be made until you turn it off.'
        : 'Kunci pencairan akun JMO Anda aktif: tidak ada klaim JHT yang bisa diajukan sampai Anda mematikannya.'
      : en
        ? `You asked to turn off the withdrawal lock of your JMO account. It goes off on ${when} (WIB). If this was not you, turn it on again in the JMO app at once and change your password.`
        : `Anda meminta kunci pencairan akun JMO dimatikan. Kunci mati pada ${when} WIB. Bila ini bukan Anda, segera aktifkan lagi di aplikasi JMO dan ganti kata sandi.`;
  await notifyChannels(deps, account, {
    email: {
      subject:
        what === 'on'
          ? en
            ? 'Withdrawal lock turned on'
            : 'Kunci pencairan diaktifkan'
          : en
            ? 'Withdrawal lock will turn off'
            : 'Kunci pencairan akan dimatikan',
      text,
    },
    sms: `JMO: ${text}`,
  });
}
