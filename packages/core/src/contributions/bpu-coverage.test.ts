/**
 * BPU cover by months paid: due by the 15th of the month (next working day), no fine, limited cover
 * with up to three months in arrears, lapsed beyond, resumed by paying the current month.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate, Period } from '../time/period.ts';
import { bpuCoverage } from './bpu-coverage.ts';

const at = (asOf: string, first: string, paid: string[]) =>
  bpuCoverage({ firstPeriod: first as Period, paidPeriods: new Set(paid), asOf: asOf as CalendarDate });

describe('bpuCoverage', () => {
  it('is active when every month due is paid, and the next payment is the month after the last', () => {
    expect(at('2026-11-10', '2026-09', ['2026-09', '2026-10'])).toMatchObject({
      status: 'active',
      coveredUntil: '2026-10-31',
      monthsInArrears: 0,
      nextPeriod: '2026-11',
      nextDueDate: '2026-11-16', // 15 November 2026 is a Sunday
    });
  });

  it('counts a month in arrears only after its due date', () => {
    expect(at('2026-11-16', '2026-10', ['2026-10']).monthsInArrears).toBe(0);
    expect(at('2026-11-17', '2026-10', ['2026-10'])).toMatchObject({
      status: 'in_arrears',
      monthsInArrears: 1,
      nextPeriod: '2026-11',
    });
  });

  it('limits cover with up to three months unpaid, bills the oldest first, and lapses beyond', () => {
    expect(
      at('2026-11-20', '2026-01', [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
      ]),
    ).toMatchObject({
      status: 'in_arrears',
      monthsInArrears: 3,
      nextPeriod: '2026-09',
    });
    expect(
      at('2026-11-20', '2026-01', [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
      ]),
    ).toMatchObject({
      status: 'lapsed',
      monthsInArrears: 4,
      coveredUntil: '2026-07-31',
      nextPeriod: '2026-11',
    });
  });

  it('is restored by paying the current month after a lapse, and lets the member pay ahead', () => {
    const restored = at('2026-11-20', '2026-01', ['2026-01', '2026-11']);
    expect(restored).toMatchObject({
      status: 'active',
      monthsInArrears: 0,
      coveredUntil: '2026-11-30',
      nextPeriod: '2026-12',
    });
    expect(at('2026-11-20', '2026-11', ['2026-11', '2026-12', '2027-01'])).toMatchObject({
      status: 'active',
      coveredUntil: '2027-01-31',
      nextPeriod: '2027-02',
      payAheadUntil: '2027-11',
    });
  });

  it('has nothing due before the first month and starts billing from it', () => {
    expect(at('2026-11-05', '2026-11', [])).toMatchObject({
      status: 'active',
      coveredUntil: null,
      nextPeriod: '2026-11',
    });
  });
});
