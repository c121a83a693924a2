/**
 * A small seeded pseudo-random generator for demo data: mulberry32 (Tommy Ettinger's 32-bit
 * generator, public domain), integer-only so that the same seed gives the same people on every
 * machine and Node version. Not for anything secret: security code uses node:crypto.
 */

export interface Rng {
  /** The next 32-bit unsigned integer. */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with the given probability in percent (0–100). */
  chance(percent: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item from (item, weight) pairs with integer weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`rng.int needs a positive integer, got ${n}`);
    // Small ranges take one draw; larger ones two (53 exact bits), uniform enough for demo data.
    if (n <= 0x10000) return next() % n;
    return ((next() & 0x1fffff) * 0x100000000 + next()) % n;
  };
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (percent) => int(10_000) < Math.round(percent * 100),
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick from an empty list');
      return items[int(items.length)]!;
    },
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let roll = int(total);
      for (const [item, w] of items) {
        if (roll < w) return item;
        roll -= w;
      }
      throw new Error('rng.weighted: weights must be positive integers');
    },
  };
}

/** A 32-bit seed for stream `index` of generator `seed`: people and employers are independent draws. */
export function deriveSeed(seed: number, stream: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ index;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= Math.imul(index >>> 16, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}
