/**
 * Proves due dates and late-payment fines: the 15th of the next month (PU) or the same month (BPU),
 * moved past Saturdays, Sundays and national holidays (e.g. May 2024 → Sat 15, Sun 16, Mon 17 June
 * Iduladha → Tue 18 June; July 2026 → Sat 15, Sun 16, Mon 17 August → Tue 18 August), joint leave
 * days not skipped, years without a holiday list flagged; "months late" as started months (paid on
 * the due date → 0, one day late → 1, one month and a day → 2); and the fine 2% × months of each
 * program's contribution, rounded once, with its source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { addDays, isWeekend } from '../time/calendar.ts';
import { type CalendarDate, calendarDate, type Period, period } from '../time/period.ts';
import { bpuContributionDueDate, contributionDueDate, latePenalty, monthsLate } from './late-payment.ts';

const r = (value: number): Rupiah => rupiah(value);

function due(p: string) {
  const result = contributionDueDate(period(p));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('contributionDueDate (PU)', () => {
  it.each([
    ['2024-01', '2024-02-15', 0], // Thursday
    ['2025-05', '2025-06-16', 1], // Sunday 15 → Monday
    ['2026-02', '2026-03-16', 1], // Sunday 15 → Monday
    ['2024-05', '2024-06-18', 3], // Sat, Sun, Mon 17 June Iduladha → Tue 18 (cuti bersama, a working day)
    ['2026-07', '2026-08-18', 3], // Sat, Sun, Mon 17 August → Tue 18
  ])('period %s is due %s (%i days skipped)', (p, date, skipped) => {
    const d = due(p);
    expect(d.dueDate).toBe(date);
    expect(d.skipped.length).toBe(skipped);
    expect(d.holidaysKnown).toBe(true);
    expect(d.source).toMatch(/PP 44\/2015 art\. 21/);
  });

  it('names the holiday it skipped', () => {
    expect(due('2024-05').skipped).toEqual([
      { date: '2024-06-15', reason: 'saturday' },
      { date: '2024-06-16', reason: 'sunday' },
      { date: '2024-06-17', reason: 'national_holiday', name: 'Iduladha 1445 Hijriah' },
    ]);
  });

  it('flags a year without a holiday list (weekends only)', () => {
    const d = due('2022-12'); // 15 January 2023 is a Sunday
    expect(d.dueDate).toBe('2023-01-16');
    expect(d.holidaysKnown).toBe(false);
  });

  it('refuses a period before July 2015', () => {
    expect(contributionDueDate(period('2015-06'))).toMatchObject({
      ok: false,
      error: 'contribution_period_not_covered',
    });
  });

  it('is never a weekend or a listed holiday, and never before the 15th (property)', () => {
    const periodArb = fc
      .tuple(fc.integer({ min: 2016, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}` as Period);
    fc.assert(
      fc.property(periodArb, (p) => {
        const d = due(p);
        expect(isWeekend(d.dueDate)).toBe(false);
        expect(d.dueDate >= d.nominalDate).toBe(true);
        expect(d.nominalDate.endsWith('-15')).toBe(true);
        expect(addDays(d.nominalDate, d.skipped.length)).toBe(d.dueDate);
      }),
    );
  });
});

describe('bpuContributionDueDate', () => {
  it('is the 15th of the contribution month itself', () => {
    expect(bpuContributionDueDate(period('2024-06'))).toMatchObject({
      ok: true,
      value: { dueDate: '2024-06-18' },
    });
    expect(bpuContributionDueDate(period('2024-07'))).toMatchObject({
      ok: true,
      value: { dueDate: '2024-07-15' },
    });
  });
});

describe('monthsLate', () => {
  const d = calendarDate('2024-02-15');
  it.each<[string, number]>([
    ['2024-02-01', 0],
    ['2024-02-15', 0], // on the due date
    ['2024-02-16', 1], // one day late
    ['2024-03-15', 1], // a whole month late still counts one
    ['2024-03-16', 2], // a day into the second month
    ['2025-02-15', 12],
    ['2025-02-16', 13],
  ])('paid %s → %i', (paidOn, months) => {
    expect(monthsLate(d, calendarDate(paidOn))).toBe(months);
  });

  it('grows by one exactly when a new month starts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (days) => {
        const paid = addDays(d, days) as CalendarDate;
        const next = addDays(d, days + 1) as CalendarDate;
        const step = monthsLate(d, next) - monthsLate(d, paid);
        expect(step === 0 || step === 1).toBe(true);
        expect(monthsLate(d, paid) > 0).toBe(days > 0);
      }),
    );
  });
});

describe('latePenalty', () => {
  const amounts = { JHT: r(570_000), JP: r(300_000), JKK: r(89_000), JKM: r(30_000) };

  it('paid on the due date: no fine', () => {
    const result = latePenalty({
      period: period('2024-01'),
      amountsByProgram: amounts,
      paidOn: calendarDate('2024-02-15'),
    });
    expect(result).toMatchObject({ ok: true, value: { monthsLate: 0, total: 0n } });
  });

  it('one day late: one month, 2% of each program', () => {
    const result = latePenalty({
      period: period('2024-01'),
      amountsByProgram: amounts,
      paidOn: calendarDate('2024-02-16'),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.lines.map((l) => [l.program, l.penalty])).toEqual([
      ['JHT', 11_400n],
      ['JP', 6_000n],
      ['JKK', 1_780n],
      ['JKM', 600n],
    ]);
    expect(result.value.total).toBe(19_780n);
    expect(result.value.lines.find((l) => l.program === 'JP')!.source).toBe('PP 45/2015 art. 31');
    expect(result.value.lines.find((l) => l.program === 'JHT')!.source).toMatch(/\[M\]/);
  });

  it('counts from the moved due date and multiplies by the months, rounding once', () => {
    // May 2024 is due Tue 18 June; paid 19 August = 3 started months.
    const result = latePenalty({
      period: period('2024-05'),
      amountsByProgram: { JKK: r(27_364), JP: r(152_022) },
      paidOn: calendarDate('2024-08-19'),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.due.dueDate).toBe('2024-06-18');
    expect(result.value.monthsLate).toBe(3);
    // 27.364 × 6% = 1.641,84 → 1.642; 152.022 × 6% = 9.121,32 → 9.121
    expect(result.value.lines.map((l) => l.penalty)).toEqual([9_121n, 1_642n]);
    expect(result.value.explanation.id.join('\n')).toContain('Jatuh tempo: 18 Juni 2024');
    expect(result.value.explanation.en.join('\n')).toContain('3 month(s) late');
  });

  it('refuses a negative amount', () => {
    expect(
      latePenalty({
        period: period('2024-01'),
        amountsByProgram: { JKK: r(-1) },
        paidOn: calendarDate('2024-03-01'),
      }),
    ).toEqual({ ok: false, error: 'contribution_amount_negative', detail: 'JKK' });
  });
});
