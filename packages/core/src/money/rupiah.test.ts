/**
 * Proves the money rules of STYLE B4: amounts are whole rupiah in a checked range, formatting follows
 * Indonesian grouping, and `mulDiv` rounds exactly once as named. Table-driven cases pin the edges
 * (halves, negatives, range limits); fast-check properties show the arithmetic laws hold for any
 * amounts, that half-up rounding stays within half a rupiah of the exact rational, and that splitting
 * an amount never creates or loses a rupiah.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  applyRate,
  bp,
  compare,
  formatRupiah,
  MAX_RUPIAH,
  max,
  min,
  mulDiv,
  negate,
  parseRupiah,
  type Rounding,
  type Rupiah,
  rupiah,
  sub,
  sum,
  toWire,
  ZERO,
} from './rupiah.ts';

const r = (value: bigint | number): Rupiah => rupiah(value);

/** Amounts small enough that sums of a few dozen never leave the range. */
const smallAmount = fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }).map(r);
/** Amounts whose product with a fraction of up to a million stays in range. */
const mulDivAmount = fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }).map(r);
const anyAmount = fc.bigInt({ min: -MAX_RUPIAH, max: MAX_RUPIAH }).map(r);
const rounding = fc.constantFrom<Rounding>('half_up', 'down', 'up');

describe('formatRupiah', () => {
  it.each([
    [0n, 'Rp0'],
    [5n, 'Rp5'],
    [999n, 'Rp999'],
    [1_000n, 'Rp1.000'],
    [1_234_567n, 'Rp1.234.567'],
    [12_000_000n, 'Rp12.000.000'],
    [-5_000n, '-Rp5.000'],
    [-1n, '-Rp1'],
    [MAX_RUPIAH, 'Rp9.000.000.000.000.000'],
  ])('%s → %s', (amount, text) => {
    expect(formatRupiah(amount)).toBe(text);
  });

  it('groups every three digits and round-trips through the digits (property)', () => {
    fc.assert(
      fc.property(anyAmount, (a) => {
        const text = formatRupiah(a);
        expect(text).toMatch(/^-?Rp\d{1,3}(\.\d{3})*$/);
        expect(BigInt(text.replace('Rp', '').replaceAll('.', ''))).toBe(a);
      }),
    );
  });
});

describe('parseRupiah', () => {
  it.each([
    ['0', 0n],
    ['1234', 1234n],
    ['-5', -5n],
    ['007', 7n],
    ['9000000000000000', MAX_RUPIAH],
    ['-9000000000000000', -MAX_RUPIAH],
  ])('accepts %j', (text, value) => {
    expect(parseRupiah(text)).toBe(value);
  });

  it.each([
    '',
    '1.5',
    '1,5',
    '1e3',
    '0x10',
    '+12',
    ' 12',
    '12 ',
    '12abc',
    'Rp1.000',
    '1.000',
    '-',
    '9000000000000001',
    '-9000000000000001',
    '99999999999999999999',
    'NaN',
    'Infinity',
  ])('rejects %j', (text) => {
    expect(parseRupiah(text)).toBeUndefined();
  });

  it('round-trips the wire form (property)', () => {
    fc.assert(
      fc.property(anyAmount, (a) => {
        expect(parseRupiah(toWire(a))).toBe(a);
      }),
    );
  });
});

describe('rupiah and range checks', () => {
  it('accepts safe integers and bigints', () => {
    expect(rupiah(12_000_000)).toBe(12_000_000n);
    expect(rupiah(-3)).toBe(-3n);
    expect(rupiah(MAX_RUPIAH)).toBe(MAX_RUPIAH);
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects the number %s', (value) => {
    expect(() => rupiah(value)).toThrow(/safe integer/);
  });

  it('rejects amounts beyond the range', () => {
    expect(() => rupiah(MAX_RUPIAH + 1n)).toThrow(/out of range/);
    expect(() => rupiah(-MAX_RUPIAH - 1n)).toThrow(/out of range/);
    expect(() => add(MAX_RUPIAH, r(1))).toThrow(/out of range/);
    expect(() => sub(negate(MAX_RUPIAH), r(1))).toThrow(/out of range/);
    expect(() => sum([MAX_RUPIAH, MAX_RUPIAH, negate(MAX_RUPIAH)])).not.toThrow();
    expect(() => sum([MAX_RUPIAH, r(1)])).toThrow(/out of range/);
    expect(() => mulDiv(MAX_RUPIAH, 2n, 1n, 'down')).toThrow(/out of range/);
  });

  it('throws whenever a result leaves the range, and only then (property)', () => {
    fc.assert(
      fc.property(anyAmount, anyAmount, (a, b) => {
        const exact = a + b;
        if (exact > MAX_RUPIAH || exact < -MAX_RUPIAH) expect(() => add(a, b)).toThrow(/out of range/);
        else expect(add(a, b)).toBe(exact);
      }),
    );
  });

  it('rejects fractional or negative basis points', () => {
    expect(bp(570)).toBe(570n);
    expect(() => bp(5.7)).toThrow(/basis points/);
    expect(() => bp(-1)).toThrow(/basis points/);
  });
});

describe('add, sub, sum, compare', () => {
  it('works on simple figures', () => {
    expect(add(r(444_000), r(240_000))).toBe(684_000n);
    expect(sub(r(5), r(8))).toBe(-3n);
    expect(sum([])).toBe(ZERO);
    expect(sum([r(1), r(2), r(3)])).toBe(6n);
    expect(compare(r(1), r(2))).toBe(-1);
    expect(compare(r(2), r(2))).toBe(0);
    expect(compare(r(3), r(2))).toBe(1);
    expect(min(r(-1), r(2))).toBe(-1n);
    expect(max(r(-1), r(2))).toBe(2n);
    expect(negate(r(5))).toBe(-5n);
  });

  it('sub undoes add (property)', () => {
    fc.assert(
      fc.property(smallAmount, smallAmount, (a, b) => {
        expect(sub(add(a, b), b)).toBe(a);
        expect(add(sub(a, b), b)).toBe(a);
      }),
    );
  });

  it('sum is commutative and associative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(smallAmount, { maxLength: 40 }),
        fc.array(smallAmount, { maxLength: 40 }),
        (xs, ys) => {
          expect(sum([...xs].reverse())).toBe(sum(xs));
          expect(sum([...xs, ...ys])).toBe(add(sum(xs), sum(ys)));
          expect(sum([...ys, ...xs])).toBe(sum([...xs, ...ys]));
        },
      ),
    );
  });

  it('compare is antisymmetric and agrees with sub (property)', () => {
    fc.assert(
      fc.property(smallAmount, smallAmount, (a, b) => {
        expect(compare(a, b)).toBe(-compare(b, a) || 0);
        const difference = sub(a, b);
        expect(compare(a, b)).toBe(difference > 0n ? 1 : difference < 0n ? -1 : 0);
      }),
    );
  });
});

describe('mulDiv', () => {
  it.each<[bigint, bigint, bigint, Rounding, bigint]>([
    // exact results are the same in every mode
    [12n, 1n, 4n, 'half_up', 3n],
    [12n, 1n, 4n, 'down', 3n],
    [12n, 1n, 4n, 'up', 3n],
    [0n, 7n, 3n, 'up', 0n],
    // halves go away from zero under half_up
    [5n, 1n, 2n, 'half_up', 3n],
    [-5n, 1n, 2n, 'half_up', -3n],
    [10n, 1n, 4n, 'half_up', 3n],
    [-10n, 1n, 4n, 'half_up', -3n],
    [1n, 1n, 2n, 'half_up', 1n],
    [-1n, 1n, 2n, 'half_up', -1n],
    // below and above a half
    [1n, 1n, 3n, 'half_up', 0n],
    [2n, 1n, 3n, 'half_up', 1n],
    [-2n, 1n, 3n, 'half_up', -1n],
    // down truncates toward zero, up goes away from zero
    [5n, 1n, 2n, 'down', 2n],
    [-5n, 1n, 2n, 'down', -2n],
    [5n, 1n, 2n, 'up', 3n],
    [-5n, 1n, 2n, 'up', -3n],
    [1n, 1n, 1_000n, 'up', 1n],
    [999n, 1n, 1_000n, 'down', 0n],
    // a negative numerator is the same as a negative amount
    [5n, -1n, 2n, 'half_up', -3n],
    // JHT worked figures: 3.7% and 2% of Rp12.000.000
    [12_000_000n, 370n, 10_000n, 'half_up', 444_000n],
    [12_000_000n, 200n, 10_000n, 'half_up', 240_000n],
  ])('mulDiv(%s, %s, %s, %s) = %s', (amount, numerator, denominator, mode, expected) => {
    expect(mulDiv(r(amount), numerator, denominator, mode)).toBe(expected);
  });

  it('needs a positive denominator', () => {
    expect(() => mulDiv(r(1), 1n, 0n, 'down')).toThrow(/denominator/);
    expect(() => mulDiv(r(1), 1n, -2n, 'down')).toThrow(/denominator/);
  });

  it('applyRate is mulDiv over 10 000 basis points', () => {
    expect(applyRate(r(12_000_000), bp(570), 'half_up')).toBe(684_000n);
    expect(applyRate(r(25), bp(200), 'half_up')).toBe(1n); // Rp0,5 → Rp1
    expect(applyRate(r(25), bp(200), 'down')).toBe(0n);
  });

  const fractionArb = fc
    .tuple(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), fc.bigInt({ min: 1n, max: 1_000_000n }))
    .map(([numerator, denominator]) => ({ numerator, denominator }));

  it('half_up lands within half a rupiah of the exact rational (property)', () => {
    fc.assert(
      fc.property(mulDivAmount, fractionArb, (a, { numerator, denominator }) => {
        const q = mulDiv(a, numerator, denominator, 'half_up');
        const error = q * denominator - a * numerator; // (q − exact) × denominator
        expect(2n * (error < 0n ? -error : error) <= denominator).toBe(true);
      }),
    );
  });

  it('down and up bracket the exact rational within one rupiah (property)', () => {
    fc.assert(
      fc.property(mulDivAmount, fractionArb, (a, { numerator, denominator }) => {
        const exact = a * numerator;
        const down = mulDiv(a, numerator, denominator, 'down');
        const up = mulDiv(a, numerator, denominator, 'up');
        const abs = (x: bigint) => (x < 0n ? -x : x);
        expect(abs(down * denominator) <= abs(exact)).toBe(true);
        expect(abs(up * denominator) >= abs(exact)).toBe(true);
        expect(abs(up - down) <= 1n).toBe(true);
      }),
    );
  });

  it('is symmetric around zero in every mode (property)', () => {
    fc.assert(
      fc.property(mulDivAmount, fractionArb, rounding, (a, { numerator, denominator }, mode) => {
        expect(mulDiv(negate(a), numerator, denominator, mode)).toBe(
          negate(mulDiv(a, numerator, denominator, mode)),
        );
      }),
    );
  });

  it('splitting in two never creates or loses a rupiah (property)', () => {
    fc.assert(
      fc.property(smallAmount, fc.bigInt({ min: 1n, max: 1_000_000n }), fc.nat(), (a, d, seed) => {
        const n = BigInt(seed) % (d + 1n);
        // one share rounded down, the other up: the parts always add up to the whole
        expect(add(mulDiv(a, n, d, 'down'), mulDiv(a, d - n, d, 'up'))).toBe(a);
        // both rounded half-up: off by at most one rupiah (why JHT totals add the rounded parts)
        const both = add(mulDiv(a, n, d, 'half_up'), mulDiv(a, d - n, d, 'half_up'));
        expect(both - a >= -1n && both - a <= 1n).toBe(true);
      }),
    );
  });

  it('splitting by weights, rounding down and giving the remainder away, conserves the amount (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1_000_000_000_000n }).map(r),
        fc.array(fc.bigInt({ min: 1n, max: 10_000n }), { minLength: 1, maxLength: 12 }),
        (a, weights) => {
          const total = weights.reduce((x, y) => x + y, 0n);
          const shares = weights.map((w) => mulDiv(a, w, total, 'down'));
          const remainder = sub(a, sum(shares));
          // rounding down loses less than a rupiah per share, never more
          expect(remainder >= 0n && remainder < BigInt(weights.length)).toBe(true);
          const last = shares.length - 1;
          shares[last] = add(shares[last]!, remainder);
          expect(sum(shares)).toBe(a);
        },
      ),
    );
  });
});
