/**
 * Money is whole rupiah held as a branded `bigint` (STYLE B4): a float cannot slip in, and products
 * of wages and rates never lose precision. One unit is Rp1; the currency's minor unit is never used
 * (scale 0, docs/adr/0002-money-scale-0.md).
 */
import { assert } from '../result.ts';

export type Rupiah = bigint & { readonly __brand: 'Rupiah' };

/** Largest amount we accept anywhere: Rp9 quadrillion, far above any balance or aggregate. */
export const MAX_RUPIAH = 9_000_000_000_000_000n as Rupiah;

export const ZERO = 0n as Rupiah;

function checked(value: bigint): Rupiah {
  assert(value <= MAX_RUPIAH && value >= -MAX_RUPIAH, `rupiah amount out of range: ${value}`);
  return value as Rupiah;
}

/** Make a Rupiah from a bigint or a safe integer; anything fractional or unsafe is a programmer error. */
export function rupiah(value: bigint | number): Rupiah {
  if (typeof value === 'number') {
    assert(Number.isSafeInteger(value), `rupiah must be a safe integer, got ${value}`);
    return checked(BigInt(value));
  }
  return checked(value);
}

const DIGITS = /^-?\d{1,19}$/;

/** Parse the wire form: a string of digits (optionally negative). Returns undefined when malformed. */
export function parseRupiah(text: string): Rupiah | undefined {
  if (!DIGITS.test(text)) return undefined;
  const value = BigInt(text);
  if (value > MAX_RUPIAH || value < -MAX_RUPIAH) return undefined;
  return value as Rupiah;
}

export const add = (a: Rupiah, b: Rupiah): Rupiah => checked(a + b);
export const sub = (a: Rupiah, b: Rupiah): Rupiah => checked(a - b);
export const negate = (a: Rupiah): Rupiah => checked(-a);
export const sum = (amounts: Iterable<Rupiah>): Rupiah => {
  let total = 0n;
  for (const a of amounts) total += a;
  return checked(total);
};
export const compare = (a: Rupiah, b: Rupiah): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);
export const min = (a: Rupiah, b: Rupiah): Rupiah => (a < b ? a : b);
export const max = (a: Rupiah, b: Rupiah): Rupiah => (a > b ? a : b);

export type Rounding = 'half_up' | 'down' | 'up';

/**
 * amount × numerator ÷ denominator with exactly one rounding, at the end. `half_up` rounds halves
 * away from zero (Rp0,5 → Rp1; −Rp0,5 → −Rp1); `down` truncates toward zero; `up` away from zero.
 */
export function mulDiv(amount: Rupiah, numerator: bigint, denominator: bigint, rounding: Rounding): Rupiah {
  assert(denominator > 0n, 'denominator must be positive');
  const product = amount * numerator;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  if (remainder !== 0n) {
    if (rounding === 'up' || (rounding === 'half_up' && remainder * 2n >= denominator)) quotient += 1n;
  }
  return checked(negative ? -quotient : quotient);
}

/** A rate in basis points (1 bp = 0.01%): 570 bp is 5.7%. */
export type BasisPoints = bigint & { readonly __brand: 'BasisPoints' };
export const bp = (value: number): BasisPoints => {
  assert(Number.isInteger(value) && value >= 0, `basis points must be a non-negative integer: ${value}`);
  return BigInt(value) as BasisPoints;
};

/** amount × rate, rounded once as named. */
export const applyRate = (amount: Rupiah, rate: BasisPoints, rounding: Rounding): Rupiah =>
  mulDiv(amount, rate, 10_000n, rounding);

/** `Rp1.234.567`, `-Rp5.000`: Indonesian grouping with dots, no decimals. */
export function formatRupiah(amount: Rupiah | bigint): string {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp${grouped}`;
}

/** Wire form: a string of digits, because JSON cannot carry a bigint. */
export const toWire = (amount: Rupiah): string => amount.toString();
