/**
 * Which period the demo employer can invoice, by the calendar, through HTTP on a freshly seeded
 * demo with a fixed clock: the demo issues no invoices of its own, so on any day of a month, its
 * first, the 3rd or its last, in Jakarta time whatever the UTC date, the current month is open and
 * the next one is not yet. The employer e2e test issues that month's invoice in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../demo/seed.ts';
import { openTestApp, signInStaff, type TestApp } from '../../testing/test-app.ts';

const HR = { email: 'hrd@sinarjaya.demo.jmo.id', password: DEMO_PASSWORD };

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('the period the demo employer can invoice', () => {
  it.each([
    // 00:30 in Jakarta on the 1st, still the 30th of the month before in UTC.
    { now: '2026-11-30T17:30:00Z', asOf: '2026-12-01', current: '2026-12', next: '2027-01' },
    { now: '2026-12-03T03:00:00Z', asOf: '2026-12-03', current: '2026-12', next: '2027-01' },
    // 23:30 in Jakarta on the last day of the month.
    { now: '2026-12-31T16:30:00Z', asOf: '2026-12-31', current: '2026-12', next: '2027-01' },
    // The first day of a year, in Jakarta.
    { now: '2026-12-31T17:30:00Z', asOf: '2027-01-01', current: '2027-01', next: '2027-02' },
  ])(
    'on $asOf (at $now): $current, and not $next',
    { timeout: 60_000 },
    async ({ now, asOf, current, next }) => {
      t = await openTestApp({ now });
      await seedDemoData(t.deps, { people: 0 });
      const hr = await signInStaff(t, HR);
      const call = (method: 'GET' | 'POST', payload?: object) =>
        t!.app.inject({
          method,
          url: '/api/v1/employer/invoices',
          headers: { cookie: hr },
          ...(payload ? { payload } : {}),
        });

      // A fresh demo has no invoice: nothing in the portal's period select is "sudah terbit".
      expect((await call('GET')).json()).toEqual({ asOf, invoices: [] });
      expect((await call('POST', { period: next })).json().code).toBe('period_in_future');
      const issued = await call('POST', { period: current });
      expect(issued.statusCode, issued.body).toBe(201);
      expect(issued.json()).toMatchObject({ period: current, status: 'unpaid' });
      expect(issued.json().workers).toBeGreaterThan(0);
      const listed = (await call('GET')).json();
      expect(listed.invoices.map((i: { period: string }) => i.period)).toEqual([current]);
    },
  );
});
