/**
 * Who a newly registered wage earner (PU) is enrolled for, by age, as dated data.
 *
 * - JP (pension): a worker who has already reached pension age when joining cannot build a
 *   pension. Pension age is 56 until 2018, 57 from 1 January 2019, then one more year every three
 *   years up to 65 (PP 45/2015 art. 15(1)–(3)).
 * - JKP (job-loss benefit): the worker must be younger than 54 when registered (PP 37/2021
 *   art. 4(1)(a)); JKP exists from 2 February 2021.
 * - JHT, JKK and JKM: every PU worker (PP 44/2015 art. 2; PP 46/2015 art. 3).
 */
import { assert } from '../result.ts';
import type { CalendarDate } from '../time/period.ts';
import { ruleAt, ruleTable } from './dated.ts';

export const JP_PENSION_AGE = ruleTable<number>([
  {
    validFrom: '2015-07-01',
    value: 56,
    source: 'PP 45/2015 art. 15(1)',
    note: 'Pension age 56 at the start.',
  },
  ...[57, 58, 59, 60, 61, 62, 63, 64, 65].map((age, i) => ({
    validFrom: `${2019 + 3 * i}-01-01`,
    value: age,
    source: 'PP 45/2015 art. 15(2)–(3)',
    note: 'From 2019 pension age is 57, then one year more every three years until it reaches 65.',
  })),
]);

export const JKP_START = '2021-02-02' as CalendarDate;
export const JKP_MAX_AGE_AT_REGISTRATION = 54;

export type PuProgram = 'JHT' | 'JP' | 'JKK' | 'JKM' | 'JKP';

/** Whole years of age on `on` (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  assert(birthDate <= on, `born ${birthDate}, after ${on}`);
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The programs a PU worker born on `birthDate` is enrolled for when starting on `startedOn`. */
export function puProgramsAt(birthDate: CalendarDate, startedOn: CalendarDate): PuProgram[] {
  const age = ageOn(birthDate, startedOn);
  const programs: PuProgram[] = ['JHT'];
  if (age < ruleAt(JP_PENSION_AGE, startedOn).value) programs.push('JP');
  programs.push('JKK', 'JKM');
  if (startedOn >= JKP_START && age < JKP_MAX_AGE_AT_REGISTRATION) programs.push('JKP');
  return programs;
}
