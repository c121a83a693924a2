/**
 * The portal's pure decisions: how a typed wage is read, which periods are offered, who belongs to
 * a period, the first day a leaver may claim JHT, why JP or JKP was left out, and which wage line
 * an API error names.
 */
import { describe, expect, it } from 'vitest';
import {
  enrolmentNotes,
  groupDigits,
  inProgramOrder,
  missingWageKpj,
  oneMonthAfter,
  periodChoices,
  readWage,
  vaGroups,
  wageLineOf,
  worksIn,
} from './model.ts';

describe('readWage', () => {
  it.each([
    ['5500000', '5500000'],
    ['5.500.000', '5500000'],
    ['Rp 5.500.000', '5500000'],
    ['rp5.500.000', '5500000'],
    ['5 500 000', '5500000'],
    ['0012000000', '12000000'],
  ])('reads %j as %s', (typed, digits) => {
    expect(readWage(typed)).toEqual({ ok: true, digits });
  });

  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['5.500.000,50', 'invalid'],
    ['lima juta', 'invalid'],
    ['-5000', 'invalid'],
    ['12345678901234', 'invalid'],
    ['0', 'zero'],
    ['000', 'zero'],
  ])('refuses %j as %s', (typed, problem) => {
    expect(readWage(typed)).toEqual({ ok: false, problem });
  });

  it('groups digits back as HR reads them', () => {
    expect(groupDigits('5500000')).toBe('5.500.000');
    expect(groupDigits('999')).toBe('999');
  });
});

describe('periods', () => {
  it('offers the current month first, then earlier ones, across a year end', () => {
    expect(periodChoices('2026-02-10', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('offers the current month from its first day to its last', () => {
    for (const asOf of ['2026-12-01', '2026-12-03', '2026-12-31'])
      expect(periodChoices(asOf, 2), asOf).toEqual(['2026-12', '2026-11']);
    expect(periodChoices('2027-01-01', 2)).toEqual(['2027-01', '2026-12']);
    expect(periodChoices('2026-12-03')).toHaveLength(12);
  });

  it('puts a worker in a period from the month they started to the month they left', () => {
    const w = { joinedOn: '2026-03-20', leftOn: '2026-06-01' };
    expect(['2026-02', '2026-03', '2026-06', '2026-07'].map((p) => worksIn(w, p as never))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(worksIn({ joinedOn: '2020-01-01', leftOn: null }, '2026-11' as never)).toBe(true);
  });
});

describe('oneMonthAfter', () => {
  it('is the same day a month later, or the last day of a shorter month', () => {
    expect(oneMonthAfter('2026-11-30')).toBe('2026-12-30');
    expect(oneMonthAfter('2026-12-15')).toBe('2027-01-15');
    expect(oneMonthAfter('2026-01-31')).toBe('2026-02-28');
    expect(oneMonthAfter('2028-01-31')).toBe('2028-02-29');
  });
});

describe('enrolmentNotes', () => {
  it('explains JP past pension age and JKP from 54 (core enrolment rules)', () => {
    // Born 1966-01-12, started 2026-10-01: 60, pension age 59 in 2026.
    expect(enrolmentNotes(['JHT', 'JKK', 'JKM'], '1966-01-12', '2026-10-01')).toEqual([
      { program: 'JP', age: 60, pensionAge: 59 },
      { program: 'JKP', age: 60, maxAge: 54 },
    ]);
    // 55: below pension age, above the JKP limit.
    expect(enrolmentNotes(['JHT', 'JP', 'JKK', 'JKM'], '1971-05-01', '2026-10-01')).toEqual([
      { program: 'JKP', age: 55, maxAge: 54 },
    ]);
    expect(enrolmentNotes(['JHT', 'JP', 'JKK', 'JKM', 'JKP'], '1990-08-15', '2026-10-01')).toEqual([]);
  });

  it('explains JKP before it existed, and says nothing for impossible dates', () => {
    expect(enrolmentNotes(['JHT', 'JP', 'JKK', 'JKM'], '1990-08-15', '2020-10-01')).toEqual([
      { program: 'JKP', beforeStart: true },
    ]);
    expect(enrolmentNotes(['JHT'], '2030-01-01', '2026-10-01')).toEqual([]);
  });
});

describe('API paths', () => {
  it('finds the wage line an error names, from the service or the schema', () => {
    expect(wageLineOf('wages.3.wage')).toEqual({ index: 3, field: 'wage', fromSchema: false });
    expect(wageLineOf('body.wages.0.kpj')).toEqual({ index: 0, field: 'kpj', fromSchema: true });
    expect(wageLineOf('period')).toBeNull();
    expect(missingWageKpj('wages.97000000017')).toBe('97000000017');
    expect(missingWageKpj('wages.1.wage')).toBeNull();
  });

  it('lists programs in the order of the regulations', () => {
    expect(inProgramOrder(['JHT', 'JKK', 'JKM', 'JKP', 'JP'])).toEqual(['JHT', 'JP', 'JKK', 'JKM', 'JKP']);
  });

  it('groups a virtual account number by four', () => {
    expect(vaGroups('9880012345678901')).toEqual(['9880', '0123', '4567', '8901']);
  });
});
