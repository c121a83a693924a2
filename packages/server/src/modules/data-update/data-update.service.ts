/**
 * The member's data update of one card: read it (resuming where they stopped), save a step, confirm
 * a changed address with its code, and "Konfirmasi". Every write re-checks the step order under the
 * row's lock; checks that call out (the bank's inquiry, sending codes) run before the lock is taken,
 * so a slow bank never holds the row. A refused step changes nothing else: what was saved stays.
 */
import {
  AdditionalStepBody,
  type Checked,
  ConfirmStepBody,
  ContactStepBody,
  checkStepAllowed,
  completeStep,
  confirmDataUpdate,
  type DataUpdateState,
  type DataUpdateStep,
  type DataUpdateView,
  dateInZone,
  type ErrorCode,
  errorMessage,
  type FieldProblem,
  FORM_STEPS,
  type FormStep,
  fieldProblemMessage,
  holderNameMessage,
  type Locale,
  MembershipStepBody,
  PopulationStepBody,
  reopenSteps,
  reviewDueDate,
  type StepRefusal,
  stepToDoFirst,
  TaxBankStepBody,
  validateAdditional,
  validateContact,
  validatePopulation,
  validateTaxBank,
} from '@jmo/core';
import type { z } from 'zod';
import { BankUnavailableError } from '../../adapters/bank/port.ts';
import type { Executor } from '../../db/database.ts';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { FieldError, Outcome } from '../../lib/outcome.ts';
import { confirmContactChange, currentContact, sendContactChangeCode } from '../accounts/contact.service.ts';
import { isSteppedUp } from '../auth/step-up.service.ts';
import {
  buildView,
  lockOrCreate,
  type MemberContext,
  memberContext,
  openPayload,
  type Payload,
  type PendingContact,
  saveState,
  stateOf,
} from './data-update.model.ts';
import {
  findDataUpdate,
  findOpenReview,
  insertReview,
  listFaceChecks,
  setReviewKind,
} from './data-update.repository.ts';
import { applyUpdate } from './history.ts';
import { holderNameMatches } from './holder-name.ts';

/** A face check passed this recently proves it is the member, as a step-up does, for a contact change. */
export const FACE_PROOF_MINUTES = 30;

type Failure<C extends ErrorCode> = {
  ok: false;
  error: C;
  detail?: string;
  errors?: FieldError[];
  retryAt?: Date;
};
const fail = <C extends ErrorCode>(error: C, extra: Omit<Failure<C>, 'ok' | 'error'> = {}): Failure<C> => ({
  ok: false,
  error,
  ...extra,
});

function refusal(refused: { error: StepRefusal; detail?: string }, locale: Locale): Failure<StepRefusal> {
  return fail(
    refused.error,
    refused.detail ? { detail: stepToDoFirst(refused.detail as DataUpdateStep, locale) } : {},
  );
}

function invalid(
  problems: readonly FieldProblem[],
  locale: Locale,
  prefix = '',
): Failure<'data_update_step_invalid'> {
  return fail('data_update_step_invalid', {
    errors: problems.map((p) => ({
      path: `${prefix}${p.path}`,
      message: fieldProblemMessage(p.code, locale),
      code: p.code,
    })),
  });
}

export async function getDataUpdate(
  deps: Deps,
  principal: Principal,
  kpj: string,
  locale: Locale,
): Promise<Outcome<DataUpdateView, 'card_not_found'>> {
  const ctx = await memberContext(deps, principal, kpj);
  if (!ctx) return fail('card_not_found');
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  return { ok: true, value: await buildView(deps, ctx, row, locale) };
}

/** A step's change to the state and the draft, applied under the lock to what is current then. */
type Mutation = (state: DataUpdateState, payload: Payload) => { state: DataUpdateState; payload: Payload };

const STEP_BODIES: Record<FormStep, z.ZodType> = {
  membership: MembershipStepBody,
  confirm: ConfirmStepBody,
  contact: ContactStepBody,
  tax_bank: TaxBankStepBody,
  population: PopulationStepBody,
  additional: AdditionalStepBody,
};

export type SubmitError =
  | 'card_not_found'
  | 'invalid_request'
  | StepRefusal
  | 'data_update_step_invalid'
  | 'step_up_required'
  | 'code_resend_too_soon'
  | 'code_send_limit_reached'
  | 'bank_unavailable'
  | 'bank_account_not_found'
  | 'bank_account_closed'
  | 'bank_holder_mismatch';

/**
 * Save one step (`PUT …/steps/{step}`). Answers the state and 200, or 202 when the step waits for
 * something the member must still do (the codes sent to a new phone or e-mail).
 */
export async function submitStep(
  deps: Deps,
  principal: Principal,
  kpj: string,
  step: DataUpdateStep,
  body: unknown,
  locale: Locale,
): Promise<Outcome<{ view: DataUpdateView; pending: boolean }, SubmitError>> {
  const ctx = await memberContext(deps, principal, kpj);
  if (!ctx) return fail('card_not_found');
  if (!(FORM_STEPS as readonly string[]).includes(step)) {
    const where = step === 'face' ? 'POST …/data-update/face (the selfie)' : 'POST …/data-update/confirm';
    return fail('invalid_request', { errors: [{ path: 'params.step', message: `${step}: ${where}` }] });
  }
  const parsed = STEP_BODIES[step as FormStep].safeParse(body ?? {});
  if (!parsed.success) {
    return fail('invalid_request', {
      errors: parsed.error.issues.map((i) => ({
        path: i.path.length > 0 ? `body.${i.path.join('.')}` : 'body',
        message: i.message,
      })),
    });
  }
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  const allowed = checkStepAllowed(stateOf(row), step);
  if (!allowed.ok) return refusal(allowed, locale);
  const payload = openPayload(deps, row);

  let prepared: Outcome<{ mutation: Mutation; pending: boolean }, SubmitError>;
  switch (step as FormStep) {
    case 'membership':
    case 'confirm':
      prepared = {
        ok: true,
        value: { mutation: (s, p) => ({ state: completeStep(s, step), payload: p }), pending: false },
      };
      break;
    case 'contact':
      prepared = await prepareContact(
        deps,
        ctx,
        row ? stateOf(row) : null,
        payload,
        parsed.data as ContactStepBody,
        locale,
      );
      break;
    case 'tax_bank':
      prepared = await prepareTaxBank(deps, ctx, parsed.data as TaxBankStepBody, locale);
      break;
    case 'population': {
      const checked = validatePopulation(parsed.data as PopulationStepBody, { nik: ctx.identity.nik });
      prepared = entryMutation(
        checked,
        locale,
        (p, population) => ({ ...p, entries: { ...p.entries, population } }),
        step,
      );
      break;
    }
    case 'additional': {
      const contact = await currentContact(deps, principal.userId);
      const checked = validateAdditional(parsed.data as AdditionalStepBody, {
        nik: ctx.identity.nik,
        memberPhone: contact.phone,
      });
      prepared = entryMutation(
        checked,
        locale,
        (p, additional) => ({ ...p, entries: { ...p.entries, additional } }),
        step,
      );
      break;
    }
  }
  if (!prepared.ok) return prepared;
  const { mutation, pending } = prepared.value;
  const saved = await mutate(deps, ctx, step, mutation, locale);
  if (!saved.ok) return saved;
  return { ok: true, value: { view: await buildView(deps, ctx, saved.value, locale), pending } };
}

function entryMutation<T>(
  checked: Checked<T>,
  locale: Locale,
  put: (payload: Payload, value: T) => Payload,
  step: DataUpdateStep,
): Outcome<{ mutation: Mutation; pending: boolean }, 'data_update_step_invalid'> {
  if (!checked.ok) return invalid(checked.problems, locale);
  const value = checked.value;
  return {
    ok: true,
    value: { mutation: (s, p) => ({ state: completeStep(s, step), payload: put(p, value) }), pending: false },
  };
}

/** Under the row's lock: the step must still be allowed; a `membership` on an updated case starts a new round. */
async function mutate(
  deps: Deps,
  ctx: MemberContext,
  step: DataUpdateStep,
  mutation: Mutation,
  locale: Locale,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOrCreate(trx, deps, ctx);
    const state = stateOf(row);
    const allowed = checkStepAllowed(state, step);
    if (!allowed.ok) return refusal(allowed, locale);
    const newRound = state.status === 'updated';
    const result = mutation(state, newRound ? { entries: {} } : openPayload(deps, row));
    const now = deps.clock.now();
    await saveState(
      trx,
      deps,
      row,
      result.state,
      result.payload,
      newRound ? { round: row.round + 1, face_attempts_since: now, submitted_at: null } : {},
    );
    return {
      ok: true as const,
      value: await trx
        .selectFrom('data_updates')
        .selectAll()
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow(),
    };
  });
}

// ── Contact ──────────────────────────────────────────────────────────────────────────────────────

/** Proof it is the member for changing an address: a face check passed in this round just now, or a step-up. */
async function provedItIsTheMember(
  deps: Deps,
  principal: Principal,
  state: DataUpdateState | null,
  rowId: string | null,
) {
  if (rowId && state?.checks.face === 'passed') {
    const checks = await listFaceChecks(deps.db, rowId);
    const passed = checks.filter((c) => c.outcome === 'passed').at(-1);
    if (passed && deps.clock.now().getTime() - passed.created_at.getTime() <= FACE_PROOF_MINUTES * 60_000)
      return true;
  }
  return isSteppedUp(deps, principal);
}

async function prepareContact(
  deps: Deps,
  ctx: MemberContext,
  state: DataUpdateState | null,
  payload: Payload,
  body: ContactStepBody,
  locale: Locale,
): Promise<Outcome<{ mutation: Mutation; pending: boolean }, SubmitError>> {
  const checked = validateContact(body);
  if (!checked.ok) return invalid(checked.problems, locale);
  const typed = checked.value;
  const account = await currentContact(deps, ctx.principal.userId);
  const changed: ('sms' | 'email')[] = [];
  if (typed.phone !== account.phone) changed.push('sms');
  if (typed.email !== account.email?.toLowerCase()) changed.push('email');
  const before = payload.contactBefore ?? account;

  if (changed.length === 0) {
    return {
      ok: true,
      value: {
        mutation: (s, p) => ({
          state: completeStep(s, 'contact', 'passed'),
          payload: {
            ...p,
            entries: { ...p.entries, contact: typed },
            contactBefore: p.contactBefore ?? before,
            contactDraft: typed,
            pendingContact: [],
          },
        }),
        pending: false,
      },
    };
  }
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  if (!(await provedItIsTheMember(deps, ctx.principal, state, row?.id ?? null)))
    return fail('step_up_required');

  const now = deps.clock.now();
  const pending: PendingContact[] = [];
  for (const channel of changed) {
    const value = channel === 'sms' ? typed.phone : typed.email;
    // The same new address asked again: its code is still on its way or in the inbox.
    const waiting = payload.pendingContact?.find(
      (p) => p.channel === channel && p.value === value && new Date(p.expiresAt) > now,
    );
    if (waiting) {
      pending.push(waiting);
      continue;
    }
    const sent = await sendContactChangeCode(deps, ctx.principal, { channel, value }, locale);
    if (!sent.ok) return sent;
    pending.push({
      channel,
      changeId: sent.value.changeId,
      value,
      sentTo: sent.value.sentTo,
      expiresAt: sent.value.codesExpireAt.toISOString(),
    });
  }
  return {
    ok: true,
    value: {
      mutation: (s, p) => {
        const { contact: _old, ...entries } = p.entries;
        return {
          // Until each new address's code is entered, the step is not done.
          state: reopenSteps(s, ['contact']),
          payload: {
            ...p,
            entries,
            contactBefore: p.contactBefore ?? before,
            contactDraft: typed,
            pendingContact: pending,
          },
        };
      },
      pending: true,
    },
  };
}

/**
 * `POST …/data-update/contact/verify`: the code sent to a new address, entered through the account's
 * own contact-change machinery (the old address is told). Once the account holds every address the
 * member typed, the contact step is done.
 */
export async function verifyContact(
  deps: Deps,
  principal: Principal,
  kpj: string,
  input: { changeId: string; code: string },
  context: { ip: string; locale: Locale },
): Promise<
  Outcome<
    DataUpdateView,
    | 'card_not_found'
    | 'contact_code_not_pending'
    | StepRefusal
    | 'contact_change_not_found'
    | 'code_invalid'
    | 'code_expired'
    | 'code_attempts_exhausted'
    | 'email_already_used'
    | 'phone_already_used'
  >
> {
  const ctx = await memberContext(deps, principal, kpj);
  if (!ctx) return fail('card_not_found');
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  const payload = openPayload(deps, row);
  if (!row || !payload.pendingContact?.some((p) => p.changeId === input.changeId))
    return fail('contact_code_not_pending');
  const allowed = checkStepAllowed(stateOf(row), 'contact');
  if (!allowed.ok) return refusal(allowed, context.locale);
  const confirmed = await confirmContactChange(deps, principal, input, context);
  if (!confirmed.ok) return confirmed;
  const account = await currentContact(deps, principal.userId);
  const saved = await mutate(
    deps,
    ctx,
    'contact',
    (s, p) => {
      const pendingContact = (p.pendingContact ?? []).filter((c) => c.changeId !== input.changeId);
      const draft = p.contactDraft;
      const complete =
        draft !== undefined && draft.phone === account.phone && draft.email === account.email?.toLowerCase();
      return complete
        ? {
            state: completeStep(s, 'contact', 'passed'),
            payload: { ...p, pendingContact, entries: { ...p.entries, contact: draft } },
          }
        : { state: s, payload: { ...p, pendingContact } };
    },
    context.locale,
  );
  if (!saved.ok) return saved;
  return { ok: true, value: await buildView(deps, ctx, saved.value, context.locale) };
}

// ── NPWP and bank account ────────────────────────────────────────────────────────────────────────

type BankCheckError =
  | 'bank_unavailable'
  | 'bank_account_not_found'
  | 'bank_account_closed'
  | 'bank_holder_mismatch';

/** The bank's inquiry: the account exists, takes credits and is in the member's own name. */
async function checkAccount(
  deps: Deps,
  memberName: string,
  bankCode: string,
  accountNumber: string,
  locale: Locale,
): Promise<Outcome<string, BankCheckError>> {
  let inquiry: Awaited<ReturnType<Deps['bank']['inquireAccount']>>;
  try {
    inquiry = await deps.bank.inquireAccount(bankCode, accountNumber);
  } catch (error) {
    if (error instanceof BankUnavailableError) return fail('bank_unavailable');
    throw error;
  }
  const at = (code: ErrorCode) => ({
    errors: [{ path: 'accountNumber', message: errorMessage(code, locale), code }],
  });
  if (inquiry.status === 'not_found') return fail('bank_account_not_found', at('bank_account_not_found'));
  if (inquiry.status === 'closed') return fail('bank_account_closed', at('bank_account_closed'));
  // The holder's name is not repeated to the member (an account number must not reveal whose it
  // is); the detail says why it is not theirs and what to do.
  const verdict = holderNameMatches(inquiry.holderName, memberName);
  if (!verdict.match)
    return fail('bank_holder_mismatch', {
      ...at('bank_holder_mismatch'),
      detail: holderNameMessage(verdict, locale),
    });
  return { ok: true, value: inquiry.holderName };
}

async function prepareTaxBank(
  deps: Deps,
  ctx: MemberContext,
  body: TaxBankStepBody,
  locale: Locale,
): Promise<Outcome<{ mutation: Mutation; pending: boolean }, SubmitError>> {
  const checked = validateTaxBank(body, { nik: ctx.identity.nik });
  if (!checked.ok) return invalid(checked.problems, locale);
  const { npwp, bankCode, accountNumber } = checked.value;
  const holder = await checkAccount(deps, ctx.identity.fullName, bankCode, accountNumber, locale);
  if (!holder.ok) {
    if (holder.error === 'bank_unavailable') {
      // Keep what was typed, so trying again later needs no retyping; the step is not done.
      await mutate(
        deps,
        ctx,
        'tax_bank',
        (s, p) => ({ state: s, payload: { ...p, taxBankPending: { npwp, bankCode, accountNumber } } }),
        locale,
      );
    }
    return holder;
  }
  const bank = { code: bankCode, accountNumber, holderName: holder.value };
  return {
    ok: true,
    value: {
      mutation: (s, p) => {
        const { taxBankPending: _typed, ...rest } = p;
        return {
          state: completeStep(s, 'tax_bank', 'passed'),
          payload: { ...rest, entries: { ...p.entries, taxBank: { npwp, bank } } },
        };
      },
      pending: false,
    },
  };
}

// ── Konfirmasi ───────────────────────────────────────────────────────────────────────────────────

export type ConfirmError = 'card_not_found' | StepRefusal | 'data_update_step_invalid' | BankCheckError;

/**
 * Everything entered is checked again server-side (formats and rules, the bank's answer, the contact
 * still being the account's); a step that no longer holds is reopened and named. Then, under the
 * lock: every check passed → the person's data is updated at once and versioned (the member as
 * author); otherwise the case joins the officers' queue ("sedang diverifikasi").
 */
export async function confirmUpdate(
  deps: Deps,
  principal: Principal,
  kpj: string,
  locale: Locale,
): Promise<Outcome<DataUpdateView, ConfirmError>> {
  const ctx = await memberContext(deps, principal, kpj);
  if (!ctx) return fail('card_not_found');
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  const confirmable = confirmDataUpdate(stateOf(row));
  if (!confirmable.ok) return refusal(confirmable, locale);
  const payload = openPayload(deps, row);

  const stale = await recheck(deps, ctx, payload, locale);
  if (stale) {
    const step = stale.step;
    if (step)
      await mutate(deps, ctx, step, (s, p) => ({ state: reopenSteps(s, [step]), payload: p }), locale);
    return stale.failure;
  }

  const contactNow = await currentContact(deps, principal.userId);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockOrCreate(trx, deps, ctx);
    const confirmed = confirmDataUpdate(stateOf(locked));
    if (!confirmed.ok) return refusal(confirmed, locale);
    const now = deps.clock.now();
    const fresh = openPayload(deps, locked);
    if (confirmed.value.outcome === 'updated') {
      await applyUpdate(
        trx,
        deps,
        { id: locked.id, personId: principal.personId, payload: fresh, contactNow },
        { kind: 'member', userId: principal.userId },
      );
    } else {
      await queueForReview(trx, deps, locked.id, locked.round, 'data_update');
    }
    await saveState(trx, deps, locked, confirmed.value.state, fresh, { submitted_at: now });
    return {
      ok: true as const,
      value: await trx
        .selectFrom('data_updates')
        .selectAll()
        .where('id', '=', locked.id)
        .executeTakeFirstOrThrow(),
    };
  });
  if (!outcome.ok) return outcome;
  return { ok: true, value: await buildView(deps, ctx, outcome.value, locale) };
}

/** The first step whose entry no longer holds, with the answer to give; null when all do. */
async function recheck(
  deps: Deps,
  ctx: MemberContext,
  payload: Payload,
  locale: Locale,
): Promise<{ step: DataUpdateStep | null; failure: Failure<ConfirmError> } | null> {
  const { entries } = payload;
  const nik = ctx.identity.nik;
  const account = await currentContact(deps, ctx.principal.userId);
  const missing = (step: DataUpdateStep) => ({
    step,
    failure: refusal({ error: 'step_out_of_order', detail: step }, locale),
  });

  if (!entries.contact) return missing('contact');
  if (entries.contact.phone !== account.phone || entries.contact.email !== account.email?.toLowerCase()) {
    // The account's contact changed since (on Keamanan Akun): the step is entered again.
    return missing('contact');
  }
  if (!entries.taxBank) return missing('tax_bank');
  const taxBank = validateTaxBank(
    {
      npwp: entries.taxBank.npwp,
      bankCode: entries.taxBank.bank.code,
      accountNumber: entries.taxBank.bank.accountNumber,
    },
    { nik },
  );
  if (!taxBank.ok) return { step: 'tax_bank', failure: invalid(taxBank.problems, locale, 'tax_bank.') };
  const holder = await checkAccount(
    deps,
    ctx.identity.fullName,
    entries.taxBank.bank.code,
    entries.taxBank.bank.accountNumber,
    locale,
  );
  if (!holder.ok) {
    // Unavailable: nothing is reopened, the member simply tries again.
    if (holder.error === 'bank_unavailable') return { step: null, failure: holder };
    return { step: 'tax_bank', failure: holder };
  }
  if (!entries.population) return missing('population');
  const population = validatePopulation(
    {
      familyCardNumber: entries.population.familyCardNumber,
      address: entries.population.address,
      districtCode: entries.population.address.districtCode,
      movedFromNikRegion: entries.population.address.movedFromNikRegion,
    },
    { nik },
  );
  if (!population.ok)
    return { step: 'population', failure: invalid(population.problems, locale, 'population.') };
  if (!entries.additional) return missing('additional');
  const additional = validateAdditional(entries.additional, { nik, memberPhone: account.phone });
  if (!additional.ok)
    return { step: 'additional', failure: invalid(additional.problems, locale, 'additional.') };
  return null;
}

/** Put the case in the officers' queue (or turn a face-check case already there into a whole update). */
export async function queueForReview(
  trx: Executor,
  deps: Deps,
  dataUpdateId: string,
  round: number,
  kind: 'face_check' | 'data_update',
): Promise<void> {
  const open = await findOpenReview(trx, dataUpdateId, { forUpdate: true });
  if (open) {
    if (open.kind !== kind && kind === 'data_update') await setReviewKind(trx, open.id, kind);
    return;
  }
  const now = deps.clock.now();
  const due = reviewDueDate(dateInZone(now, deps.config.timeZone));
  await insertReview(trx, {
    id: deps.newId(),
    data_update_id: dataUpdateId,
    round,
    kind,
    opened_at: now,
    due_on: due.dueOn,
    sla_working_days: due.workingDays,
  });
}
