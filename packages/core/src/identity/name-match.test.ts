/** Names match when only case, spacing, accents or punctuation differ, and never otherwise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesMatch, normaliseName } from './name-match.ts';

describe('namesMatch', () => {
  it.each([
    ['siti  rahayu', 'SITI RAHAYU'],
    ['Muh. Ali', 'MUH ALI'],
    ["Ma'ruf Amin", 'MARUF AMIN'],
    ['José Ramos-Horta', 'JOSE RAMOS HORTA'],
    [' I Made Wirawan ', 'I MADE WIRAWAN'],
  ])('%j matches %j', (typed, registered) => {
    expect(namesMatch(typed, registered)).toBe(true);
  });

  it.each([
    ['Siti Rahayu', 'SITI RAHAYU PUTRI'],
    ['Budi', 'BUDI SANTOSO'],
    ['Muhammad Ali', 'MUH ALI'],
    ['', ''],
  ])('%j does not match %j', (typed, registered) => {
    expect(namesMatch(typed, registered)).toBe(false);
  });

  it('is symmetric and idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(namesMatch(a, b)).toBe(namesMatch(b, a));
        expect(normaliseName(normaliseName(a))).toBe(normaliseName(a));
      }),
    );
  });
});
