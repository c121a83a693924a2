/**
 * The officers' queue of "lost both e-mail and phone" requests (submitted through Lupa akun): the
 * list shows masked data; opening one reveals it and is recorded as a read of that person's data;
 * approving moves the account to the new e-mail and number after the officer's identity checks,
 * rejecting tells the requester why.
 */
import { maskEmail, maskNik, maskPhone } from '@jmo/core';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { recoveryRequestRejectedNotice, recoveryRequestResolvedNotice } from '../accounts/messages.ts';
import { notify } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { listOpenAccountRecoveryRequests } from '../auth/account-recovery.service.ts';
import { clearThrottles } from '../auth/throttle.repository.ts';

export async function recoveryQueue(deps: Deps) {
  const open = await listOpenAccountRecoveryRequests(deps);
  return {
    requests: open.map((r) => ({
      id: r.id,
      reference: r.reference,
      submittedAt: r.submittedAt.toISOString(),
      dueOn: r.dueOn,
      overdue: r.overdue,
      fullName: r.fullName,
      maskedNik: maskNik(r.nik),
      kpj: r.kpj,
      matchesAccount: r.accountId !== null,
    })),
  };
}

/** One request in full, for the identity checks; the read is recorded when the NIK is a member's. */
export async function openRecoveryRequest(deps: Deps, staff: StaffPrincipal, id: string) {
  const request = (await listOpenAccountRecoveryRequests(deps)).find((r) => r.id === id);
  if (!request) return { ok: false as const, error: 'not_found' as const };
  const person = await deps.db
    .selectFrom('people')
    .select('id')
    .where('nik_index', '=', deps.pii.blindIndex('nik', request.nik))
    .executeTakeFirst();
  if (person) {
    await deps.db
      .insertInto('pii_reads')
      .values({
        id: deps.newId(),
        staff_id: staff.staffId,
        branch_code: staff.branchCode,
        person_id: person.id,
        fields: ['nik', 'birth_date', 'email', 'phone'],
        purpose: 'account_recovery',
        read_at: deps.clock.now(),
      })
      .execute();
  }
  return {
    ok: true as const,
    value: {
      id: request.id,
      reference: request.reference,
      submittedAt: request.submittedAt.toISOString(),
      dueOn: request.dueOn,
      kpj: request.kpj,
      nik: request.nik,
      fullName: request.fullName,
      birthDate: request.birthDate,
      newEmail: request.newEmail,
      newPhone: request.newPhone,
      note: request.note,
      matchesAccount: request.accountId !== null,
    },
  };
}

type ResolveError = 'not_found' | 'recovery_request_unmatched' | 'email_already_used' | 'phone_already_used';

export async function resolveRecoveryRequest(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  decision: { decision: 'approve' } | { decision: 'reject'; reason: string },
  context: { ip: string },
): Promise<Outcome<{ status: 'resolved' | 'rejected' }, ResolveError>> {
  const request = (await listOpenAccountRecoveryRequests(deps)).find((r) => r.id === id);
  if (!request) return { ok: false, error: 'not_found' };
  const now = deps.clock.now();
  if (decision.decision === 'reject') {
    const closed = await deps.db
      .updateTable('account_recovery_requests')
      .set({ status: 'rejected', closed_at: now, closed_by: staff.staffId, close_reason: decision.reason })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (closed.numUpdatedRows === 0n) return { ok: false, error: 'not_found' };
    await deps.mailer.send({
      to: request.newEmail,
      ...recoveryRequestRejectedNotice(request.reference, decision.reason, request.locale),
      locale: request.locale,
    });
    return { ok: true, value: { status: 'rejected' } };
  }

  const userId = request.accountId;
  if (!userId) return { ok: false, error: 'recovery_request_unmatched' };
  const email = request.newEmail.toLowerCase();
  const emailIndex = deps.pii.blindIndex('email', email);
  const phoneIndex = deps.pii.blindIndex('phone', request.newPhone);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('user_accounts')
      .select(['id', 'email_index', 'phone_index'])
      .where('id', '!=', userId)
      .where((eb) => eb.or([eb('email_index', '=', emailIndex), eb('phone_index', '=', phoneIndex)]))
      .execute();
    if (taken.some((t) => t.email_index?.equals(emailIndex))) return 'email_already_used' as const;
    if (taken.some((t) => t.phone_index?.equals(phoneIndex))) return 'phone_already_used' as const;
    const closed = await trx
      .updateTable('account_recovery_requests')
      .set({ status: 'resolved', closed_at: now, closed_by: staff.staffId })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (closed.numUpdatedRows === 0n) return 'not_found' as const;
    const old = await trx
      .selectFrom('user_accounts')
      .select(['email_index', 'phone_index'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('user_accounts')
      .set({
        email_enc: deps.pii.encrypt(email),
        email_index: emailIndex,
        phone_enc: deps.pii.encrypt(request.newPhone),
        phone_index: phoneIndex,
      })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await clearThrottles(
      trx,
      [old.email_index, old.phone_index, emailIndex, phoneIndex].filter((i): i is Buffer => i !== null),
    );
    return null;
  });
  if (outcome) return { ok: false, error: outcome };
  await recordSecurityEvent(deps, {
    kind: 'account_recovered',
    userId,
    ip: context.ip,
    detail: {
      via: 'officer',
      reference: request.reference,
      email: maskEmail(email),
      phone: maskPhone(request.newPhone),
    },
  });
  await notify(
    deps,
    { email, phone: request.newPhone, locale: request.locale },
    recoveryRequestResolvedNotice(request.reference, request.locale),
  );
  return { ok: true, value: { status: 'resolved' } };
}
