/**
 * Staff accounts: sign-in (throttled like members', by the e-mail's blind index), who they are, and
 * their administration by admins. Role and branch changes and disabling are security events.
 */

import type { NewStaffBody, StaffChangeBody, StaffMe } from '@jmo/core';
import {
  afterFailure,
  checkNewPassword,
  type Locale,
  parseEmail,
  passwordReasonMessage,
  throttleDecision,
} from '@jmo/core';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../security/password.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { createStaffSession } from '../auth/auth.service.ts';
import { describeDevice } from '../auth/device.ts';
import { clearThrottles, lockThrottle, readThrottle, writeThrottle } from '../auth/throttle.repository.ts';

const emailIndex = (deps: Pick<Deps, 'pii'>, email: string) =>
  deps.pii.blindIndex('email', email.toLowerCase());

export async function staffLogin(
  deps: Deps,
  input: { email: string; password: string },
  context: { ip: string; userAgent: string | undefined },
): Promise<
  Outcome<
    { token: string; expiresAt: Date; me: StaffMe },
    'invalid_credentials' | 'login_slowed_down' | 'account_blocked'
  >
> {
  const parsed = parseEmail(input.email);
  if (!parsed.ok) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return { ok: false, error: 'invalid_credentials' };
  }
  const index = emailIndex(deps, parsed.value.email);
  const now = deps.clock.now();
  const decision = throttleDecision(await readThrottle(deps.db, index), now);
  if (decision.kind === 'blocked') return { ok: false, error: 'account_blocked', retryAt: decision.until };
  if (decision.kind === 'slowed_down')
    return { ok: false, error: 'login_slowed_down', retryAt: decision.retryAt };

  const staff = await deps.db
    .selectFrom('staff_accounts')
    .select(['id', 'password_hash'])
    .where('email_index', '=', index)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  const valid = await verifyPassword(staff?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!staff || !valid) {
    const state = await deps.db.transaction().execute(async (trx) => {
      const next = afterFailure(await lockThrottle(trx, index), now);
      await writeThrottle(trx, index, next);
      return next;
    });
    if (staff)
      await recordSecurityEvent(deps, { kind: 'staff_login_failed', staffId: staff.id, ip: context.ip });
    return state.blockedUntil
      ? { ok: false, error: 'account_blocked', retryAt: state.blockedUntil }
      : { ok: false, error: 'invalid_credentials' };
  }
  await clearThrottles(deps.db, [index]);
  await recordSecurityEvent(deps, { kind: 'staff_login_succeeded', staffId: staff.id, ip: context.ip });
  const session = await createStaffSession(deps, staff.id, {
    device: describeDevice(context.userAgent),
    ip: context.ip,
  });
  return { ok: true, value: { ...session, me: await staffProfile(deps, staff.id) } };
}

export async function staffProfile(deps: Pick<Deps, 'db'>, staffId: string): Promise<StaffMe> {
  const [me] = await listStaffRows(deps, staffId);
  if (!me) throw new Error(`staff ${staffId} not found`);
  return me;
}

async function listStaffRows(deps: Pick<Deps, 'db'>, staffId?: string) {
  let query = deps.db
    .selectFrom('staff_accounts as s')
    .leftJoin('branches as b', 'b.code', 's.branch_code')
    .leftJoin('employers as e', 'e.id', 's.employer_id')
    .select([
      's.id',
      's.full_name',
      's.role',
      's.disabled_at',
      'b.code',
      'b.name as branch_name',
      'e.npp',
      'e.name as employer_name',
    ]);
  if (staffId) query = query.where('s.id', '=', staffId);
  const rows = await query.orderBy('s.role').orderBy('s.full_name').execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    role: r.role,
    branch: r.code && r.branch_name ? { code: r.code, name: r.branch_name } : null,
    employer: r.npp && r.employer_name ? { npp: r.npp, name: r.employer_name } : null,
    disabled: r.disabled_at !== null,
  }));
}

export async function listStaff(deps: Deps) {
  return { staff: await listStaffRows(deps) };
}

type StaffError = 'invalid_request' | 'email_already_used' | 'not_found';

/** Check the role's attachments: a branch for officers and supervisors, an employer for employer users. */
async function resolveAttachments(
  deps: Deps,
  role: StaffMe['role'],
  input: { branchCode?: string | null | undefined; employerNpp?: string | undefined },
  locale: Locale,
): Promise<Outcome<{ branchCode: string | null; employerId: string | null }, StaffError>> {
  const needsBranch = role === 'officer' || role === 'supervisor';
  const en = locale === 'en';
  if (needsBranch) {
    const branch = input.branchCode
      ? await deps.db
          .selectFrom('branches')
          .select('code')
          .where('code', '=', input.branchCode)
          .executeTakeFirst()
      : undefined;
    if (!branch)
      return {
        ok: false,
        error: 'invalid_request',
        errors: [
          {
            path: 'branchCode',
            message: en ? 'Choose an existing branch office.' : 'Pilih kantor cabang yang ada.',
          },
        ],
      };
    return { ok: true, value: { branchCode: branch.code, employerId: null } };
  }
  if (role === 'employer') {
    const employer = input.employerNpp
      ? await deps.db
          .selectFrom('employers')
          .select('id')
          .where('npp', '=', input.employerNpp)
          .executeTakeFirst()
      : undefined;
    if (!employer)
      return {
        ok: false,
        error: 'invalid_request',
        errors: [
          {
            path: 'employerNpp',
            message: en ? 'No employer has this NPP.' : 'Tidak ada pemberi kerja dengan NPP ini.',
          },
        ],
      };
    return { ok: true, value: { branchCode: null, employerId: employer.id } };
  }
  return { ok: true, value: { branchCode: null, employerId: null } };
}

export async function createStaff(
  deps: Deps,
  actor: StaffPrincipal,
  input: NewStaffBody,
  context: { ip: string; locale: Locale },
): Promise<Outcome<StaffMe, StaffError>> {
  const email = parseEmail(input.email);
  const password = checkNewPassword(input.password, { personal: [input.fullName, input.email] });
  const errors = [
    ...(email.ok
      ? []
      : [
          {
            path: 'email',
            message: context.locale === 'en' ? 'Not a valid e-mail address.' : 'Alamat e-mail tidak valid.',
          },
        ]),
    ...(password.ok
      ? []
      : [{ path: 'password', message: passwordReasonMessage(password.error, context.locale) }]),
  ];
  if (!email.ok || errors.length > 0) return { ok: false, error: 'invalid_request', errors };
  const attachments = await resolveAttachments(deps, input.role, input, context.locale);
  if (!attachments.ok) return attachments;
  const normalised = email.value.email.toLowerCase();
  const id = deps.newId();
  const inserted = await deps.db
    .insertInto('staff_accounts')
    .values({
      id,
      role: input.role,
      full_name: input.fullName,
      email_enc: deps.pii.encrypt(normalised),
      email_index: emailIndex(deps, normalised),
      password_hash: await hashPassword(input.password),
      branch_code: attachments.value.branchCode,
      employer_id: attachments.value.employerId,
    })
    .onConflict((oc) => oc.column('email_index').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: false, error: 'email_already_used' };
  await recordSecurityEvent(deps, {
    kind: 'staff_created',
    staffId: id,
    ip: context.ip,
    detail: { by: actor.staffId, role: input.role },
  });
  return { ok: true, value: await staffProfile(deps, id) };
}

/**
 * Change a staff account's role or branch, or disable it. A change of role or branch ends the
 * account's sessions: its next sign-in carries the new privileges (nothing keeps the old ones).
 */
export async function changeStaff(
  deps: Deps,
  actor: StaffPrincipal,
  staffId: string,
  change: StaffChangeBody,
  context: { ip: string; locale: Locale },
): Promise<Outcome<StaffMe, StaffError>> {
  const current = await deps.db
    .selectFrom('staff_accounts as s')
    .leftJoin('employers as e', 'e.id', 's.employer_id')
    .select(['s.role', 's.branch_code', 's.disabled_at', 'e.npp'])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
  if (!current) return { ok: false, error: 'not_found' };
  const role = change.role ?? current.role;
  const attachments = await resolveAttachments(
    deps,
    role,
    {
      branchCode: change.branchCode === undefined ? current.branch_code : change.branchCode,
      employerNpp: current.npp ?? undefined,
    },
    context.locale,
  );
  if (!attachments.ok) return attachments;
  const disabledAt =
    change.disabled === undefined ? current.disabled_at : change.disabled ? deps.clock.now() : null;
  const privilegesChanged =
    role !== current.role ||
    attachments.value.branchCode !== current.branch_code ||
    (disabledAt !== null && current.disabled_at === null);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_accounts')
      .set({
        role,
        branch_code: attachments.value.branchCode,
        employer_id: attachments.value.employerId,
        disabled_at: disabledAt,
      })
      .where('id', '=', staffId)
      .execute();
    if (privilegesChanged) await trx.deleteFrom('sessions').where('staff_id', '=', staffId).execute();
  });
  if (role !== current.role || attachments.value.branchCode !== current.branch_code) {
    await recordSecurityEvent(deps, {
      kind: 'role_changed',
      staffId,
      ip: context.ip,
      detail: {
        by: actor.staffId,
        from: `${current.role}${current.branch_code ? `@${current.branch_code}` : ''}`,
        to: `${role}${attachments.value.branchCode ? `@${attachments.value.branchCode}` : ''}`,
      },
    });
  }
  if (disabledAt !== null && current.disabled_at === null) {
    await recordSecurityEvent(deps, {
      kind: 'staff_disabled',
      staffId,
      ip: context.ip,
      detail: { by: actor.staffId },
    });
  }
  return { ok: true, value: await staffProfile(deps, staffId) };
}
