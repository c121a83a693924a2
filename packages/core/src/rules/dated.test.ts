/**
 * Proves the dated-rule lookup: a table must be ordered, the entry in force is the latest one that
 * started on or before the date (checked by property against a brute-force search), dates before the
 * table are programmer errors, and a period uses the rule in force on its first day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, daysInMonth } from '../time/period.ts';
import { ruleAt, ruleForPeriod, ruleTable } from './dated.ts';

const table = ruleTable<number>([
  { validFrom: '2015-07-01', value: 1, source: 'A', note: 'first' },
  { validFrom: '2021-02-02', value: 2, source: 'B', note: 'second' },
  { validFrom: '2025-02-07', value: 3, source: 'C', note: 'third', illustrative: true },
]);

describe('ruleTable', () => {
  it('refuses empty, unordered, duplicated or undated tables', () => {
    expect(() => ruleTable([])).toThrow(/at least one/);
    expect(() =>
      ruleTable([
        { validFrom: '2020-01-01', value: 1, source: '', note: '' },
        { validFrom: '2019-01-01', value: 2, source: '', note: '' },
      ]),
    ).toThrow(/out of order/);
    expect(() =>
      ruleTable([
        { validFrom: '2020-01-01', value: 1, source: '', note: '' },
        { validFrom: '2020-01-01', value: 2, source: '', note: '' },
      ]),
    ).toThrow(/out of order/);
    expect(() => ruleTable([{ validFrom: '2020-02-30', value: 1, source: '', note: '' }])).toThrow(
      /calendar date/,
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table[0])).toBe(true);
  });
});

describe('ruleAt', () => {
  it.each([
    ['2015-07-01', 1],
    ['2021-02-01', 1],
    ['2021-02-02', 2],
    ['2025-02-06', 2],
    ['2025-02-07', 3],
    ['2099-12-31', 3],
  ])('on %s the value is %i', (date, value) => {
    expect(ruleAt(table, date).value).toBe(value);
  });

  it('keeps the source, note and illustrative flag', () => {
    expect(ruleAt(table, '2025-03-01')).toEqual({
      validFrom: '2025-02-07',
      value: 3,
      source: 'C',
      note: 'third',
      illustrative: true,
    });
  });

  it('asserts when no rule is in force or the date is not a date', () => {
    expect(() => ruleAt(table, '2015-06-30')).toThrow(/no rule in force on 2015-06-30/);
    expect(() => ruleAt(table, '2021-02')).toThrow(/calendar date/);
    expect(() => ruleAt(table, '2021-02-30')).toThrow(/calendar date/);
  });

  it('agrees with a brute-force search (property)', () => {
    const dateArb = fc
      .tuple(
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => dateOf(y, m, Math.min(d, daysInMonth(y, m))));
    fc.assert(
      fc.property(dateArb, (date) => {
        const started = table.filter((e) => e.validFrom <= date);
        if (started.length === 0) {
          expect(() => ruleAt(table, date)).toThrow(/no rule/);
          return;
        }
        const entry = ruleAt(table, date);
        expect(entry).toBe(started[started.length - 1]);
        expect(table.some((e) => e.validFrom > entry.validFrom && e.validFrom <= date)).toBe(false);
      }),
    );
  });
});

describe('ruleForPeriod', () => {
  it('uses the rule in force on the first day of the period', () => {
    expect(ruleForPeriod(table, '2021-02').value).toBe(1); // the change on the 2nd applies from March
    expect(ruleForPeriod(table, '2021-03').value).toBe(2);
    expect(ruleForPeriod(table, '2015-07').value).toBe(1);
    expect(() => ruleForPeriod(table, '2015-06')).toThrow(/no rule/);
    expect(() => ruleForPeriod(table, '2015-13')).toThrow(/not a period/);
  });
});
