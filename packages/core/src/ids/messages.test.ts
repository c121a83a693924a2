/** Proves every identifier reason code has distinct, non-empty Indonesian and English words. */
import { describe, expect, it } from 'vitest';
import { type IdReason, idReasonMessage, idReasonMessages } from './messages.ts';

describe('idReasonMessages', () => {
  const codes = Object.keys(idReasonMessages) as IdReason[];

  it.each(codes)('%s has both languages', (code) => {
    expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)+$/);
    const id = idReasonMessage(code, 'id');
    const en = idReasonMessage(code, 'en');
    expect(id.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(id).not.toBe(en);
  });

  it('uses each sentence once', () => {
    const english = codes.map((c) => idReasonMessages[c].en);
    expect(new Set(english).size).toBe(english.length);
  });
});
