/**
 * A claim as the member (and the console) reads it: the state in words, who holds it and until when
 * (core's owners and SLAs), why, the amounts with the tax lines that explain them, the bank account
 * masked, and the timeline of every move.
 */
import {
  CLAIM_OWNER_NAMES,
  CLAIM_STATE_NAMES,
  CLAIM_STATE_OWNERS,
  type ClaimAmounts,
  type ClaimDetail,
  type ClaimSummary,
  claimDue,
  claimReasonMessage,
  findBank,
  isClaimReasonCode,
  type JhtPayoutTax,
  type Locale,
  maskAllButLast,
  toWire,
  transitionsFrom,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import { claimState } from './claim-moves.ts';
import type { ClaimEventRow, ClaimRow } from './claims.repository.ts';

export interface ClaimBank {
  bankCode: string;
  accountNumber: string;
  holderName: string;
}

export function sealBank(deps: Pick<Deps, 'pii'>, bank: ClaimBank): Buffer {
  return deps.pii.encrypt(JSON.stringify(bank));
}

export function openBank(deps: Pick<Deps, 'pii'>, sealed: Buffer | null): ClaimBank | null {
  return sealed ? (JSON.parse(deps.pii.decrypt(sealed)) as ClaimBank) : null;
}

export function bankView(bank: ClaimBank) {
  const known = findBank(bank.bankCode);
  return {
    bankCode: bank.bankCode,
    bankName: known?.name ?? bank.bankCode,
    accountNumberMasked: maskAllButLast(bank.accountNumber, 4),
    holderName: bank.holderName,
    himbara: known?.isStateOwned ?? false,
  };
}

export function amountsView(tax: JhtPayoutTax): ClaimAmounts {
  return {
    balance: toWire(tax.balance),
    gross: toWire(tax.gross),
    tax: toWire(tax.tax),
    net: toWire(tax.net),
    hasNpwp: tax.hasNpwp,
    regime: tax.regime,
    lines: tax.lines.map((l) => ({
      label_id: l.label_id,
      label_en: l.label_en,
      base: toWire(l.base),
      rateBp: Number(l.rateBp),
      amount: toWire(l.amount),
      source: l.source,
    })),
  };
}

function reasonText(code: string | null, locale: Locale): string | null {
  return code && isClaimReasonCode(code) ? claimReasonMessage(code, locale) : null;
}

export function dueView(deps: Pick<Deps, 'config'>, row: Pick<ClaimRow, 'state' | 'state_since'>) {
  const due = claimDue(claimState(row), row.state_since, deps.config.timeZone);
  if (!due) return null;
  return due.kind === 'instant'
    ? { at: due.at.toISOString(), date: null, illustrative: due.illustrative }
    : { at: null, date: due.date, illustrative: due.illustrative };
}

export function summaryView(
  deps: Pick<Deps, 'config'>,
  row: ClaimRow,
  kpj: string,
  locale: Locale,
  draftNet: string | null = null,
): ClaimSummary {
  const state = claimState(row);
  const owner = CLAIM_STATE_OWNERS[state];
  return {
    id: row.id,
    reference: row.reference,
    program: 'JHT',
    kpj,
    reason: row.leaving_reason,
    state,
    stateName: CLAIM_STATE_NAMES[state][locale],
    owner,
    ownerName: CLAIM_OWNER_NAMES[owner][locale],
    since: row.state_since.toISOString(),
    due: dueView(deps, row),
    net: row.net !== null ? row.net.toString() : draftNet,
    createdAt: row.created_at.toISOString(),
  };
}

/** The member may cancel until the claim is approved (then the money is on its way). */
const CANCELLABLE = new Set(['draft', 'verifying', 'interview', 'returned_for_fix']);

export function detailView(
  deps: Pick<Deps, 'config' | 'pii'>,
  input: {
    row: ClaimRow;
    kpj: string;
    events: readonly ClaimEventRow[];
    /** The amounts: fixed at submission, or what a draft would pay today. */
    amounts: ClaimAmounts | null;
    /** The account: the snapshot taken at submission, or the data update's for a draft. */
    bank: ClaimBank | null;
    faceAttemptsLeft: number;
  },
  locale: Locale,
): ClaimDetail {
  const { row } = input;
  const state = claimState(row);
  return {
    ...summaryView(deps, row, input.kpj, locale, input.amounts?.net ?? null),
    reasonCode: row.state_reason,
    reasonText: reasonText(row.state_reason, locale),
    amounts: input.amounts,
    bank: input.bank ? bankView(input.bank) : null,
    face: { status: row.face_status, attemptsLeft: input.faceAttemptsLeft },
    timeline: input.events.map((e) => {
      const to = claimState({ state: e.to_state });
      const owner = CLAIM_STATE_OWNERS[to];
      return {
        state: to,
        stateName: CLAIM_STATE_NAMES[to][locale],
        at: e.at.toISOString(),
        owner,
        ownerName: CLAIM_OWNER_NAMES[owner][locale],
        reason: e.reason,
        reasonText: reasonText(e.reason, locale),
        actor: e.actor,
      };
    }),
    canCancel: CANCELLABLE.has(state) && transitionsFrom(state).some((t) => t.to === 'cancelled'),
  };
}
