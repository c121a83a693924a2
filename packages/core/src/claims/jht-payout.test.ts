/**
 * The JHT payout simulation entry point the API and the PWA share: the wire form carries money as
 * digit strings, parses back into the contract schema and survives JSON; a negative balance is
 * refused with its code.
 */
import { describe, expect, it } from 'vitest';
import { JhtPayoutSimulationResponse } from '../contracts/simulations.ts';
import { rupiah } from '../money/rupiah.ts';
import { calendarDate } from '../time/period.ts';
import { simulateJhtPayout } from './jht-payout.ts';

const today = calendarDate('2026-11-23');

describe('simulateJhtPayout', () => {
  it('answers in the contract shape, money as digit strings', () => {
    const r = simulateJhtPayout({ balance: rupiah(80_000_000), kind: 'full', hasNpwp: true }, { today });
    if (!r.ok) throw new Error(r.error);
    expect(JhtPayoutSimulationResponse.parse(r.value)).toEqual(r.value);
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
    expect(r.value).toMatchObject({ asOf: '2026-11-23', gross: '80000000', tax: '1500000', net: '78500000' });
    expect(r.value.lines[1]).toMatchObject({ base: '30000000', rateBp: 500, amount: '1500000' });
  });

  it('refuses a negative balance', () => {
    expect(simulateJhtPayout({ balance: rupiah(-1), kind: 'partial30', hasNpwp: true }, { today })).toEqual({
      ok: false,
      error: 'jht_balance_negative',
      detail: '-1',
    });
  });
});
