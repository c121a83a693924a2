/** Proves the (unconfirmed) 8-digit NPP rule: formatting is accepted, anything else has a reason. */
import { describe, expect, it } from 'vitest';
import { type NppReason, parseNpp } from './npp.ts';

describe('parseNpp', () => {
  it.each(['12345678', '1234 5678', '1234-5678', '12.345.678'])('accepts %j', (text) => {
    expect(parseNpp(text)).toEqual({ ok: true, value: { npp: '12345678' } });
  });

  it.each<[string, NppReason]>([
    ['', 'npp_wrong_length'],
    ['1234567', 'npp_wrong_length'],
    ['123456789', 'npp_wrong_length'],
    ['1234567X', 'npp_not_digits'],
  ])('%j is rejected with %s', (text, reason) => {
    expect(parseNpp(text)).toMatchObject({ ok: false, error: reason });
  });
});
