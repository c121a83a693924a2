/**
 * The JHT payout simulation (tax and net of a JHT payout) as one pure entry point shared by the
 * public API and the PWA, in the wire shape of `contracts/simulations.ts` (money as digit strings):
 * the rules in force on `today` (Asia/Jakarta on the server, the phone's date in the PWA).
 */
import type { JhtPayoutSimulationResponse } from '../contracts/simulations.ts';
import { type Rupiah, toWire } from '../money/rupiah.ts';
import { ok, type Result } from '../result.ts';
import {
  computeJhtPayoutTax,
  type JhtPayoutKind,
  type JhtPayoutTax,
  type JhtPayoutTaxError,
} from '../rules/jht-tax.ts';
import type { CalendarDate } from '../time/period.ts';

export function toJhtPayoutResponse(t: JhtPayoutTax, asOf: CalendarDate): JhtPayoutSimulationResponse {
  return {
    asOf,
    kind: t.kind,
    balance: toWire(t.balance),
    shareBp: t.shareBp === null ? null : Number(t.shareBp),
    gross: toWire(t.gross),
    tax: toWire(t.tax),
    net: toWire(t.net),
    hasNpwp: t.hasNpwp,
    regime: t.regime,
    rounding: t.rounding,
    lines: t.lines.map((l) => ({
      label_id: l.label_id,
      label_en: l.label_en,
      base: toWire(l.base),
      rateBp: Number(l.rateBp),
      amount: toWire(l.amount),
      source: l.source,
    })),
    rules: t.rules.map((r) => ({ ...r })),
    illustrative: t.illustrative,
  };
}

export function simulateJhtPayout(
  input: { readonly balance: Rupiah; readonly kind: JhtPayoutKind; readonly hasNpwp: boolean },
  context: { readonly today: CalendarDate },
): Result<JhtPayoutSimulationResponse, JhtPayoutTaxError> {
  const result = computeJhtPayoutTax({ ...input, asOf: context.today });
  if (!result.ok) return result;
  return ok(toJhtPayoutResponse(result.value, context.today));
}
