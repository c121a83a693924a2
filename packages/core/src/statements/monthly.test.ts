/**
 * The yearly statement is pure arithmetic over ledger movements: each month opens where the last
 * closed, the year's totals are the sums of its months, and money paid in a month carries that
 * month's reported wage and payment date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rupiah } from '../money/rupiah.ts';
import type { CalendarDate, Period } from '../time/period.ts';
import { buildYearStatement, type Movement, statementYears } from './monthly.ts';

const rp = (n: number) => BigInt(n) as Rupiah;
const p = (s: string) => s as Period;
const d = (s: string) => s as CalendarDate;

describe('explaining each month', () => {
  const contributions = [
    {
      period: p('2024-11'),
      reportedWage: rp(6_000_000),
      paidOn: d('2024-12-10'),
      jhtEmployer: rp(222_000),
      jhtWorker: rp(120_000),
    },
    {
      period: p('2024-12'),
      reportedWage: rp(5_000_000),
      paidOn: d('2025-01-10'),
      jhtEmployer: rp(185_000),
      jhtWorker: rp(100_000),
    },
    {
      period: p('2025-01'),
      reportedWage: rp(5_500_000),
      paidOn: d('2025-02-10'),
      jhtEmployer: rp(203_500),
      jhtWorker: rp(110_000),
    },
  ];
  const movements: Movement[] = [
    { period: p('2024-12'), kind: 'contribution', amount: rp(342_000) },
    { period: p('2025-01'), kind: 'contribution', amount: rp(285_000) },
    { period: p('2025-02'), kind: 'contribution', amount: rp(313_500) },
  ];
  const s = buildYearStatement({ year: 2025, asOf: d('2025-02-28'), movements, contributions });

  it('marks a reported wage lower than the one before, across the turn of the year, and a rise', () => {
    expect(s.lines.map((l) => l.wageChange)).toEqual(['down', 'up']);
  });

  it('says where each rupiah came from, in both languages', () => {
    expect(s.lines[0]!.explanation.id).toEqual([
      'Saldo awal Rp342.000.',
      'Iuran JHT Desember 2024 (pemberi kerja Rp185.000 + potongan upah Rp100.000) dari upah Rp5.000.000, dibayar 10 Januari 2025.',
      'Jumlah iuran masuk bulan ini Rp285.000.',
      'Upah yang dilaporkan turun dari Rp6.000.000 menjadi Rp5.000.000. Bila ini tidak sesuai upah Anda, tanyakan ke pemberi kerja atau ajukan pengaduan.',
      'Saldo akhir Rp627.000.',
    ]);
    expect(s.lines[1]!.explanation.en.at(-1)).toBe('Closing balance Rp940.500.');
    expect(s.developmentReturnRate).toMatchObject({ illustrative: true });
  });
});

describe('buildYearStatement', () => {
  const movements: Movement[] = [
    { period: p('2023-12'), kind: 'contribution', amount: rp(100_000) },
    { period: p('2024-03'), kind: 'contribution', amount: rp(285_000) },
    { period: p('2024-12'), kind: 'development_return', amount: rp(4_321) },
    { period: p('2025-01'), kind: 'contribution', amount: rp(1) },
  ];

  it('carries the opening balance from earlier years and stops at the as-of month', () => {
    const s = buildYearStatement({
      year: 2024,
      asOf: d('2024-12-31'),
      movements,
      contributions: [
        { period: p('2024-01'), reportedWage: rp(4_900_000), paidOn: d('2024-03-02') },
        { period: p('2024-02'), reportedWage: rp(5_000_000), paidOn: d('2024-03-14') },
      ],
    });
    expect(s.opening).toBe(100_000n);
    expect(s.closing).toBe(389_321n);
    expect(s.contributions).toBe(285_000n);
    expect(s.developmentReturn).toBe(4_321n);
    expect(s.lines[2]).toMatchObject({
      period: '2024-03',
      opening: 100_000n,
      contributions: 285_000n,
      developmentReturn: 0n,
      other: 0n,
      closing: 385_000n,
      reportedWage: 5_000_000n,
      lastPaymentDate: '2024-03-14',
    });
    const partial = buildYearStatement({ year: 2024, asOf: d('2024-05-10'), movements, contributions: [] });
    expect(partial.lines.map((l) => l.period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
    ]);
  });

  it('offers every year from the first movement to the current year, newest first', () => {
    expect(statementYears(movements, d('2026-11-23'))).toEqual([2026, 2025, 2024, 2023]);
  });

  it('always chains months and ends where the ledger ends (property)', () => {
    const movementArb = fc.record({
      period: fc
        .tuple(fc.integer({ min: 2015, max: 2026 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}` as Period),
      kind: fc.constantFrom('contribution', 'development_return', 'transfer', 'reversal') as fc.Arbitrary<
        Movement['kind']
      >,
      amount: fc.bigInt({ min: -10_000_000n, max: 10_000_000n }).map((v) => v as Rupiah),
    });
    fc.assert(
      fc.property(
        fc.array(movementArb, { maxLength: 60 }),
        fc.integer({ min: 2015, max: 2026 }),
        (ms, year) => {
          const s = buildYearStatement({ year, asOf: d('2026-12-31'), movements: ms, contributions: [] });
          for (let i = 1; i < s.lines.length; i++) expect(s.lines[i]!.opening).toBe(s.lines[i - 1]!.closing);
          const upToYear = ms
            .filter((m) => Number(m.period.slice(0, 4)) <= year)
            .reduce((a, m) => a + m.amount, 0n);
          expect(s.closing).toBe(upToYear);
        },
      ),
    );
  });
});
