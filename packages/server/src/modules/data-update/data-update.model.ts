/**
 * What the data update's services share: the encrypted draft (payload), the member's context (card,
 * identity), the state read from and written to a row under its lock, the person's current data, and
 * the member's view of it all (`DataUpdateView`).
 */
import {
  type CheckResult,
  type ContactEntry,
  DATA_UPDATE_STEPS,
  type DataUpdateEntries,
  type DataUpdateState,
  type DataUpdateStep,
  type DataUpdateView,
  dateInZone,
  EMPTY_PERSON_DATA,
  type EntriesView,
  findBank,
  findDistrict,
  findProvince,
  type Locale,
  NEW_DATA_UPDATE,
  NO_NPWP_NOTE,
  nextStep,
  type PersonData,
  type PersonDataView,
  parseNpwp,
  type ReturnReason,
  returnReasons,
  reviewDueDate,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import { currentContact } from '../accounts/contact.service.ts';
import type { CardRow } from '../cards/cards.repository.ts';
import { findOwnCard } from '../cards/cards.service.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import {
  type DataUpdateRow,
  type FaceCheckRow,
  findOpenReview,
  findOpenUpdatesOfPerson,
  findProfile,
  latestDecidedReview,
  listFaceChecks,
  updateDataUpdate,
} from './data-update.repository.ts';

/** A code sent to a new address in the contact step, waiting to be entered. */
export interface PendingContact {
  channel: 'email' | 'sms';
  changeId: string;
  value: string;
  sentTo: string;
  expiresAt: string;
}

/** The draft, sealed as JSON in `data_updates.payload_enc`. */
export interface Payload {
  /** Steps accepted (contact: verified; bank: the holder's name confirmed by the bank). */
  entries: DataUpdateEntries;
  /** The contact typed, until each new address's code is entered. */
  contactDraft?: ContactEntry;
  pendingContact?: PendingContact[];
  /** The account's contact when this round first reached the contact step: the version's "before". */
  contactBefore?: { phone: string | null; email: string | null };
  /** NPWP and account typed while the bank could not answer, so nothing needs retyping. */
  taxBankPending?: { npwp: string | null; bankCode: string; accountNumber: string };
}

export const EMPTY_PAYLOAD: Payload = { entries: {} };

export const sealPayload = (deps: Pick<Deps, 'pii'>, payload: Payload): Buffer =>
  deps.pii.encrypt(JSON.stringify(payload));
export const openPayload = (deps: Pick<Deps, 'pii'>, row: { payload_enc: Buffer } | undefined): Payload =>
  row ? (JSON.parse(deps.pii.decrypt(row.payload_enc)) as Payload) : { entries: {} };

export function stateOf(row: DataUpdateRow | undefined): DataUpdateState {
  if (!row) return NEW_DATA_UPDATE;
  return {
    status: row.status,
    completed: row.completed_steps as DataUpdateStep[],
    checks: row.checks as Partial<Record<'face' | 'contact' | 'bank', CheckResult>>,
  };
}

/** The member's own card, with the person's identity in clear (for checks, never sent whole). */
export interface MemberContext {
  principal: Principal;
  card: CardRow & { personName: string; maskedNik: string };
  identity: { fullName: string; nik: string; birthDate: string; sex: 'M' | 'F' };
}

/** Only the member's own cards: another member's KPJ is simply not found. */
export async function memberContext(
  deps: Deps,
  principal: Principal,
  kpj: string,
): Promise<MemberContext | null> {
  const card = await findOwnCard(deps, principal, kpj);
  if (!card) return null;
  return { principal, card, identity: await findPersonIdentity(deps, principal.personId) };
}

/** The row of the card's update, locked; created (as a fresh draft) when the member starts. */
export async function lockOrCreate(trx: Executor, deps: Deps, ctx: MemberContext): Promise<DataUpdateRow> {
  const now = deps.clock.now();
  await trx
    .insertInto('data_updates')
    .values({
      id: deps.newId(),
      membership_id: ctx.card.membershipId,
      person_id: ctx.principal.personId,
      status: 'draft',
      completed_steps: [],
      current_step: 'membership',
      checks: '{}',
      payload_enc: sealPayload(deps, EMPTY_PAYLOAD),
      face_attempts_since: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('membership_id').doNothing())
    .execute();
  return trx
    .selectFrom('data_updates')
    .selectAll()
    .where('membership_id', '=', ctx.card.membershipId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Writes the state and the draft back (the row is locked by the caller's transaction). */
export async function saveState(
  trx: Executor,
  deps: Deps,
  row: DataUpdateRow,
  state: DataUpdateState,
  payload: Payload,
  extra: Partial<Pick<DataUpdateRow, 'round' | 'face_attempts_since' | 'submitted_at' | 'completed_at'>> = {},
): Promise<void> {
  const now = deps.clock.now();
  await updateDataUpdate(trx, row.id, {
    status: state.status,
    completed_steps: [...state.completed],
    current_step: state.status === 'draft' || state.status === 'returned' ? nextStep(state) : null,
    checks: state.checks as Record<string, string>,
    payload_enc: sealPayload(deps, payload),
    updated_at: now,
    ...(state.status === 'updated' ? { completed_at: now } : { completed_at: null }),
    ...extra,
  });
}

/** The person's data now: what the last update left, with the contact as the account holds it. */
export async function currentPersonData(
  deps: Deps,
  executor: Executor,
  who: { userId: string | null; personId: string },
): Promise<PersonData> {
  const [profile, contact] = await Promise.all([
    findProfile(executor, who.personId),
    who.userId ? currentContact(deps, who.userId) : { phone: null, email: null },
  ]);
  const stored = profile ? (JSON.parse(deps.pii.decrypt(profile.data_enc)) as PersonData) : EMPTY_PERSON_DATA;
  return { ...EMPTY_PERSON_DATA, ...stored, phone: contact.phone, email: contact.email };
}

/** Failed selfies of the round made today (in the configured zone) since attempts were last reset. */
export function failedToday(deps: Deps, row: DataUpdateRow, checks: FaceCheckRow[]): number {
  const today = dateInZone(deps.clock.now(), deps.config.timeZone);
  return checks.filter(
    (c) =>
      c.round === row.round &&
      c.outcome !== 'passed' &&
      c.created_at >= row.face_attempts_since &&
      dateInZone(c.created_at, deps.config.timeZone) === today,
  ).length;
}

// ── Views ────────────────────────────────────────────────────────────────────────────────────────

function npwpView(npwp: string | null): { value: string; formatted: string } | null {
  if (!npwp) return null;
  // A padded legacy number shows in its familiar dotted form.
  const parsed = parseNpwp(npwp.startsWith('0') ? npwp.slice(1) : npwp);
  return { value: npwp, formatted: parsed.ok ? parsed.value.formatted : npwp };
}

function bankView(bank: { code: string; accountNumber: string; holderName: string | null }) {
  const known = findBank(bank.code);
  return {
    code: bank.code,
    bankName: known?.name ?? bank.code,
    isStateOwned: known?.isStateOwned ?? false,
    accountNumber: bank.accountNumber,
    holderName: bank.holderName,
  };
}

function addressView(address: NonNullable<PersonData['address']>) {
  const district = findDistrict(address.districtCode);
  return {
    ...address,
    districtName: district?.name ?? null,
    regencyName: district?.regencyName ?? null,
    provinceName: findProvince(address.districtCode.slice(0, 2))?.name ?? null,
  };
}

export function personDataView(data: PersonData): PersonDataView {
  return {
    phone: data.phone,
    email: data.email,
    npwp: npwpView(data.npwp),
    bank: data.bank ? bankView(data.bank) : null,
    familyCardNumber: data.familyCardNumber,
    address: data.address ? addressView(data.address) : null,
    maritalStatus: data.maritalStatus,
    mothersMaidenName: data.mothersMaidenName,
    emergencyContact: data.emergencyContact,
  };
}

export function entriesView(payload: Payload): EntriesView {
  const { entries } = payload;
  const pending = payload.taxBankPending;
  return {
    contact: entries.contact ?? payload.contactDraft ?? null,
    taxBank: entries.taxBank
      ? { npwp: npwpView(entries.taxBank.npwp), bank: bankView(entries.taxBank.bank), verified: true }
      : pending
        ? {
            npwp: npwpView(pending.npwp),
            bank: bankView({
              code: pending.bankCode,
              accountNumber: pending.accountNumber,
              holderName: null,
            }),
            verified: false,
          }
        : null,
    population: entries.population
      ? {
          familyCardNumber: entries.population.familyCardNumber,
          address: addressView(entries.population.address),
        }
      : null,
    additional: entries.additional ?? null,
  };
}

const hasEntries = (e: EntriesView) => Boolean(e.contact || e.taxBank || e.population || e.additional);

/** The steps another card's update entered that this one has not: offered, not retyped. */
function offeredEntries(mine: Payload, theirs: Payload): EntriesView {
  const view = entriesView(theirs);
  const own = entriesView(mine);
  return {
    contact: own.contact ? null : view.contact,
    taxBank: own.taxBank ? null : view.taxBank,
    population: own.population ? null : view.population,
    additional: own.additional ? null : view.additional,
  };
}

export async function buildView(
  deps: Deps,
  ctx: MemberContext,
  row: DataUpdateRow | undefined,
  locale: Locale,
): Promise<DataUpdateView> {
  const state = stateOf(row);
  const payload = openPayload(deps, row);
  const [current, others, faceChecks, review, decided] = await Promise.all([
    currentPersonData(deps, deps.db, ctx.principal),
    findOpenUpdatesOfPerson(deps.db, ctx.principal.personId, row?.id ?? null),
    row ? listFaceChecks(deps.db, row.id, row.round) : Promise.resolve([]),
    row ? findOpenReview(deps.db, row.id) : Promise.resolve(undefined),
    row ? latestDecidedReview(deps.db, row.id, row.round) : Promise.resolve(undefined),
  ]);

  let offered: DataUpdateView['offered'] = null;
  for (const other of others) {
    const entries = offeredEntries(payload, openPayload(deps, other));
    if (hasEntries(entries)) {
      offered = { fromKpj: other.kpj, entries };
      break;
    }
  }

  const next = row ? nextStep(state) : 'membership';
  const open = state.status === 'draft' || state.status === 'returned' || !row;
  const steps = DATA_UPDATE_STEPS.map((step) => ({
    step,
    state: state.completed.includes(step)
      ? ('done' as const)
      : open && step === next
        ? ('current' as const)
        : ('todo' as const),
  }));

  const failed = row ? failedToday(deps, row, faceChecks) : 0;
  const last = faceChecks.at(-1);
  const max = deps.config.face.maxAttemptsPerDay;

  const district = findDistrict(ctx.identity.nik.slice(0, 6));
  const due = review ? reviewDueDate(dateInZone(review.opened_at, deps.config.timeZone)) : null;

  const showReturn =
    decided?.decision === 'return' && state.status !== 'in_review' && state.status !== 'updated';
  const now = deps.clock.now();

  return {
    kpj: ctx.card.kpj,
    status: row ? state.status : 'not_started',
    round: row?.round ?? 1,
    currentStep: open ? next : null,
    steps,
    checks: {
      face: state.checks.face ?? null,
      contact: state.checks.contact ?? null,
      bank: state.checks.bank ?? null,
    },
    membership: {
      kpj: ctx.card.kpj,
      fullName: ctx.card.nameOnCard ?? ctx.identity.fullName,
      maskedNik: ctx.card.maskedNik,
      birthDate: ctx.identity.birthDate,
      sex: ctx.identity.sex,
      segment: ctx.card.segment,
      status: ctx.card.status,
      employer: ctx.card.employer,
      joinedOn: ctx.card.joinedOn,
    },
    region: {
      provinceCode: ctx.identity.nik.slice(0, 2),
      provinceName: findProvince(ctx.identity.nik.slice(0, 2))?.name ?? null,
      regencyCode: ctx.identity.nik.slice(0, 4),
      regencyName: district?.regencyName ?? null,
      districtCode: ctx.identity.nik.slice(0, 6),
      districtName: district?.name ?? null,
    },
    current: personDataView(current),
    entered: entriesView(payload),
    offered,
    contactVerification: (payload.pendingContact ?? [])
      .filter((p) => new Date(p.expiresAt) > now)
      .map((p) => ({ channel: p.channel, changeId: p.changeId, sentTo: p.sentTo, expiresAt: p.expiresAt })),
    face: {
      maxAttemptsPerDay: max,
      failedToday: failed,
      attemptsLeft: state.checks.face ? 0 : Math.max(0, max - failed),
      last: last ? { at: last.created_at.toISOString(), outcome: last.outcome, problem: last.problem } : null,
    },
    review:
      review && due
        ? {
            kind: review.kind,
            openedAt: review.opened_at.toISOString(),
            dueOn: review.due_on,
            slaWorkingDays: review.sla_working_days,
            slaSource: due.source,
            slaIllustrative: due.illustrative,
            holder: review.holder_name
              ? { kind: 'officer' as const, name: review.holder_name, branch: review.holder_branch }
              : { kind: 'queue' as const },
          }
        : null,
    returned:
      showReturn && decided
        ? {
            at: decided.decided_at!.toISOString(),
            reasons: (decided.reasons as ReturnReason[]).map((code) => ({
              code,
              step: returnReasons[code].step,
              message: returnReasons[code][locale],
            })),
            note: decided.note_enc ? deps.pii.decrypt(decided.note_enc) : null,
          }
        : null,
    completedAt: row?.completed_at?.toISOString() ?? null,
    noNpwpNote: NO_NPWP_NOTE[locale],
  };
}
