import { describe, expect, it } from 'vitest';
import {
  bankCoolingOffUntil,
  checkJhtClaimSafety,
  jhtSafetyBlockerMessage,
  withdrawalLockAt,
} from './safety.ts';

const at = (iso: string) => new Date(iso);

describe('JHT claim safety controls', () => {
  it('keeps a lock on until a requested turning-off takes effect', () => {
    const record = { on: true, since: at('2026-11-01T00:00:00Z'), pendingOffAt: at('2026-11-02T00:00:00Z') };
    expect(withdrawalLockAt(record, at('2026-11-01T23:59:59Z'))).toEqual({
      on: true,
      since: record.since,
      offAt: record.pendingOffAt,
    });
    expect(withdrawalLockAt(record, at('2026-11-02T00:00:00Z'))).toEqual({
      on: false,
      since: null,
      offAt: null,
    });
    expect(withdrawalLockAt(null, at('2026-11-02T00:00:00Z')).on).toBe(false);
  });

  it('blocks for the cooling-off days after a bank change, to the instant', () => {
    const changed = at('2026-11-25T05:00:00Z');
    expect(bankCoolingOffUntil(changed, at('2026-12-02T04:59:59Z'), 7)).toEqual(at('2026-12-02T05:00:00Z'));
    expect(bankCoolingOffUntil(changed, at('2026-12-02T05:00:00Z'), 7)).toBeNull();
    expect(bankCoolingOffUntil(null, changed, 7)).toBeNull();
  });

  it('lists both blockers with their remedies and says the date in both languages', () => {
    const s = checkJhtClaimSafety({
      now: at('2026-11-26T00:00:00Z'),
      lock: { on: true, since: at('2026-11-20T00:00:00Z'), pendingOffAt: null },
      bankChangedAt: at('2026-11-25T05:00:00Z'),
      coolingOffDays: 7,
    });
    expect(s.blockers.map((b) => [b.code, b.remedy])).toEqual([
      ['withdrawal_locked', 'security_settings'],
      ['bank_cooling_off', 'wait_until'],
    ]);
    expect(jhtSafetyBlockerMessage(s.blockers[1]!, 'id', 'Asia/Jakarta')).toMatch(/mulai 2 Desember 2026/);
    expect(jhtSafetyBlockerMessage(s.blockers[1]!, 'en', 'Asia/Jakarta')).toMatch(/from 2 December 2026/);
    expect(jhtSafetyBlockerMessage(s.blockers[0]!, 'id', 'Asia/Jakarta')).toMatch(/Kunci pencairan aktif/);
  });
});
