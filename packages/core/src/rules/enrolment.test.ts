/** Enrolment by age: JP stops at the pension age of the joining year, JKP at 54 and before 2021-02-02. */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../time/period.ts';
import { ruleAt } from './dated.ts';
import { ageOn, JP_PENSION_AGE, puProgramsAt } from './enrolment.ts';

const d = (s: string) => s as CalendarDate;

describe('pension age', () => {
  it.each([
    ['2018-12-31', 56],
    ['2019-01-01', 57],
    ['2022-06-01', 58],
    ['2025-02-01', 59],
    ['2028-01-01', 60],
    ['2043-01-01', 65],
    ['2060-01-01', 65],
  ])('on %s is %i', (on, age) => {
    expect(ruleAt(JP_PENSION_AGE, on).value).toBe(age);
  });
});

describe('puProgramsAt', () => {
  it('counts age in whole years, the birthday itself included', () => {
    expect(ageOn(d('1990-03-15'), d('2026-03-14'))).toBe(35);
    expect(ageOn(d('1990-03-15'), d('2026-03-15'))).toBe(36);
  });

  it('enrols a young worker in all five programs', () => {
    expect(puProgramsAt(d('1998-05-01'), d('2026-11-01'))).toEqual(['JHT', 'JP', 'JKK', 'JKM', 'JKP']);
  });

  it('leaves JKP out from 54 and JP out from the pension age of the year', () => {
    expect(puProgramsAt(d('1972-01-01'), d('2026-11-01'))).toEqual(['JHT', 'JP', 'JKK', 'JKM']);
    expect(puProgramsAt(d('1966-01-01'), d('2026-11-01'))).toEqual(['JHT', 'JKK', 'JKM']);
    // In 2024 the pension age is 58, which a worker born in 1966 has reached: no JP.
    expect(puProgramsAt(d('1966-01-01'), d('2024-06-01'))).toEqual(['JHT', 'JKK', 'JKM']);
  });

  it('has no JKP before it existed', () => {
    expect(puProgramsAt(d('1995-01-01'), d('2021-02-01'))).toEqual(['JHT', 'JP', 'JKK', 'JKM']);
    expect(puProgramsAt(d('1995-01-01'), d('2021-02-02'))).toContain('JKP');
  });
});
