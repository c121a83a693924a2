/**
 * The three conditions of an in-app JHT claim: the balance within the cap in force on the day
 * (Rp10 jt, Rp15 jt from 1 May 2025), the data update done, and the membership ended with the
 * one-month wait over. Each blocker names what to do — Lapak Asik above the cap, the data update,
 * asking the employer to report the leaving, or the first day a claim may be made — and says it in
 * Indonesian and English. A property checks that the claimable date is always one month after leaving.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rupiah } from '../money/rupiah.ts';
import { dateOfDayNumber, dayNumber } from '../time/calendar.ts';
import { calendarDate } from '../time/period.ts';
import {
  checkJhtInAppEligibility,
  type JhtEligibilityInput,
  jhtClaimBlockerMessage,
} from './jht-eligibility.ts';

const left = {
  active: false,
  leftOn: calendarDate('2026-09-30'),
  leaveReported: true,
};
const base: JhtEligibilityInput = {
  balance: rupiah(12_000_000),
  asOf: calendarDate('2026-11-23'),
  dataUpdated: true,
  membership: left,
};

describe('checkJhtInAppEligibility', () => {
  it('three green checks: within the Rp15 jt cap, data updated, left more than a month ago', () => {
    const r = checkJhtInAppEligibility(base);
    expect(r.eligible).toBe(true);
    expect(r.conditions).toEqual([
      { condition: 'balance_within_cap', ok: true },
      { condition: 'data_updated', ok: true },
      { condition: 'membership_ended', ok: true },
    ]);
    expect(r.cap).toMatchObject({ amount: 15_000_000n, validFrom: '2025-05-01' });
    expect(r.waitingPeriod.months).toBe(1);
    // 30 September + 1 month = 30 October.
    expect(r.claimableFrom).toBe('2026-10-30');
  });

  it('takes the cap in force on the day: Rp12 jt was above the Rp10 jt cap in April 2025', () => {
    const april = checkJhtInAppEligibility({
      ...base,
      asOf: calendarDate('2025-04-30'),
      membership: { ...left, leftOn: calendarDate('2025-01-31') },
    });
    expect(april.conditions[0]).toEqual({
      condition: 'balance_within_cap',
      ok: false,
      blocker: { code: 'above_in_app_cap', remedy: 'lapak_asik' },
    });
    expect(april.cap.amount).toBe(10_000_000n);
    expect(checkJhtInAppEligibility({ ...base, asOf: calendarDate('2025-05-01') }).conditions[0]!.ok).toBe(
      true,
    );
    // The cap itself is within it.
    expect(checkJhtInAppEligibility({ ...base, balance: rupiah(15_000_000) }).conditions[0]!.ok).toBe(true);
    expect(checkJhtInAppEligibility({ ...base, balance: rupiah(15_000_001) }).eligible).toBe(false);
  });

  it('an empty card points to the other cards', () => {
    expect(checkJhtInAppEligibility({ ...base, balance: rupiah(0) }).conditions[0]!.blocker).toEqual({
      code: 'no_balance',
      remedy: 'check_other_cards',
    });
  });

  it('data not updated → update_data', () => {
    const r = checkJhtInAppEligibility({ ...base, dataUpdated: false });
    expect(r.eligible).toBe(false);
    expect(r.conditions[1]).toEqual({
      condition: 'data_updated',
      ok: false,
      blocker: { code: 'data_not_updated', remedy: 'update_data' },
    });
  });

  it('not reported as left, or still active, or no leaving date → ask_employer', () => {
    const blocker = (membership: JhtEligibilityInput['membership']) =>
      checkJhtInAppEligibility({ ...base, membership }).conditions[2]!.blocker;
    expect(blocker({ active: true, leaveReported: false })).toEqual({
      code: 'leave_not_reported',
      remedy: 'ask_employer',
    });
    expect(blocker({ active: false, leaveReported: false, leftOn: left.leftOn })).toEqual({
      code: 'leave_not_reported',
      remedy: 'ask_employer',
    });
    expect(blocker({ active: true, leaveReported: true, leftOn: left.leftOn })).toEqual({
      code: 'membership_still_active',
      remedy: 'ask_employer',
    });
    expect(blocker({ active: false, leaveReported: true })).toEqual({
      code: 'leaving_date_unknown',
      remedy: 'ask_employer',
    });
  });

  it('during the waiting period → claimable_from with the date; on that date the check is green', () => {
    const during = checkJhtInAppEligibility({ ...base, asOf: calendarDate('2026-10-29') });
    expect(during.conditions[2]).toEqual({
      condition: 'membership_ended',
      ok: false,
      blocker: { code: 'waiting_period', remedy: 'claimable_from', date: '2026-10-30' },
    });
    expect(checkJhtInAppEligibility({ ...base, asOf: calendarDate('2026-10-30') }).eligible).toBe(true);
    // Leaving on 31 January: the month after ends on the last day of February.
    const january = checkJhtInAppEligibility({
      ...base,
      asOf: calendarDate('2026-02-15'),
      membership: { ...left, leftOn: calendarDate('2026-01-31') },
    });
    expect(january.conditions[2]!.blocker?.date).toBe('2026-02-28');
  });

  it('reports every blocker at once, so the member sees all that is left to do', () => {
    const r = checkJhtInAppEligibility({
      balance: rupiah(40_000_000),
      asOf: calendarDate('2026-11-23'),
      dataUpdated: false,
      membership: { active: true, leaveReported: false },
    });
    expect(r.conditions.map((c) => c.blocker?.remedy)).toEqual(['lapak_asik', 'update_data', 'ask_employer']);
    expect(r.claimableFrom).toBeNull();
  });

  it('says each blocker and its remedy in Indonesian and English', () => {
    const cap = rupiah(15_000_000);
    const wait = {
      code: 'waiting_period',
      remedy: 'claimable_from',
      date: calendarDate('2026-10-30'),
    } as const;
    expect(jhtClaimBlockerMessage(wait, { cap }, 'id')).toBe(
      'Klaim bisa diajukan mulai 30 Oktober 2026, satu bulan setelah tanggal berhenti bekerja.',
    );
    expect(jhtClaimBlockerMessage(wait, { cap }, 'en')).toMatch(/from 30 October 2026/);
    expect(jhtClaimBlockerMessage({ code: 'above_in_app_cap', remedy: 'lapak_asik' }, { cap }, 'id')).toMatch(
      /di atas Rp15\.000\.000: ajukan lewat Lapak Asik/,
    );
    for (const code of [
      'no_balance',
      'data_not_updated',
      'leave_not_reported',
      'membership_still_active',
      'leaving_date_unknown',
    ] as const) {
      const id = jhtClaimBlockerMessage({ code, remedy: 'ask_employer' }, { cap }, 'id');
      const en = jhtClaimBlockerMessage({ code, remedy: 'ask_employer' }, { cap }, 'en');
      expect(id.length).toBeGreaterThan(30);
      expect(en.length).toBeGreaterThan(30);
      expect(id).not.toBe(en);
    }
  });
});

describe('checkJhtInAppEligibility (properties)', () => {
  const day = fc
    // The in-app cap table starts in 2021: the app had no JHT claim before.
    .integer({ min: dayNumber('2021-01-01'), max: dayNumber('2030-12-31') })
    .map(dateOfDayNumber);

  it('the membership check is green exactly from one month after the leaving date', () => {
    fc.assert(
      fc.property(day, day, (leftOn, asOf) => {
        const r = checkJhtInAppEligibility({ ...base, asOf, membership: { ...left, leftOn } });
        const claimable = r.claimableFrom!;
        expect(dayNumber(claimable) - dayNumber(leftOn)).toBeGreaterThanOrEqual(28);
        expect(dayNumber(claimable) - dayNumber(leftOn)).toBeLessThanOrEqual(31);
        expect(r.conditions[2]!.ok).toBe(asOf >= claimable);
        if (!r.conditions[2]!.ok) expect(r.conditions[2]!.blocker?.date).toBe(claimable);
      }),
    );
  });
});
