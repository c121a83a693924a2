/**
 * Every `/api/v1` route × every role: a role the route does not declare never gets through (401 for
 * nobody, 403 for a signed-in account of another role), and a role it declares is never refused by
 * access control. Adding a route without thinking about who may call it fails here or at startup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createStaffSession } from '../modules/auth/auth.service.ts';
import { createMember, createStaff } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { allowedRoles, ROLES, type Role } from './access.ts';

let t: TestApp;
const holders = new Map<Role, string>();

beforeAll(async () => {
  t = await openTestApp();
  holders.set('participant', (await createMember(t.deps)).userId);
  for (const role of ROLES) {
    if (role !== 'participant') holders.set(role, (await createStaff(t.deps, { role })).staffId);
  }
});
afterAll(() => t.close());

/** A fresh session per request, so routes that sign out cannot spoil the next request. */
async function cookieFor(role: Role | 'anonymous'): Promise<string | undefined> {
  if (role === 'anonymous') return undefined;
  const id = holders.get(role)!;
  if (role === 'participant') return `jmo_session=${(await createSession(t.deps, id)).token}`;
  return `jmo_staff_session=${(await createStaffSession(t.deps, id)).token}`;
}

const PARAM_VALUES: Record<string, string> = {
  kpj: '23012345678',
  code: 'not_found',
};

function concreteUrl(url: string): string {
  return url.replace(
    /:(\w+)\??/g,
    (_, name: string) => PARAM_VALUES[name] ?? '0190b3a4-7c1e-7d2a-8f00-000000000001',
  );
}

/**
 * Who may ever reach each area, whatever a route declares: a route declared more broadly than its
 * area allows is a mistake. The most specific prefix wins.
 */
const AREA_POLICY: [prefix: string, roles: readonly Role[] | 'public-ok'][] = [
  ['/api/v1/me', ['participant']],
  ['/api/v1/console/pii-reads', ['supervisor', 'admin']],
  ['/api/v1/console/card-credentials', ['officer', 'supervisor', 'admin']],
  ['/api/v1/console', ['officer', 'supervisor']],
  ['/api/v1/admin', ['admin']],
  ['/api/v1/employer', ['employer']],
  ['/api/v1/staff/login', 'public-ok'],
  ['/api/v1/staff', ['employer', 'officer', 'supervisor', 'admin']],
];

describe('route × role matrix', () => {
  it('declares no route more broadly than its area allows', () => {
    const tooBroad: string[] = [];
    for (const route of t.app.accessTable) {
      const area = AREA_POLICY.filter(([prefix]) => route.url.startsWith(prefix)).sort(
        (a, b) => b[0].length - a[0].length,
      )[0];
      if (!area || area[1] === 'public-ok') continue;
      const permitted = area[1];
      if (route.access === 'public') tooBroad.push(`${route.method} ${route.url} is public`);
      for (const role of allowedRoles(route.access))
        if (!permitted.includes(role)) tooBroad.push(`${route.method} ${route.url} lets ${role} in`);
    }
    expect(tooBroad).toEqual([]);
  });

  it('has routes for every role', () => {
    const declared = new Set(t.app.accessTable.flatMap((r) => allowedRoles(r.access)));
    expect([...declared].sort()).toEqual([...ROLES].sort());
  });

  it('lets no role through that a route does not declare, and refuses none that it does', async () => {
    const wrong: string[] = [];
    let refusals = 0;
    for (const route of t.app.accessTable) {
      const allowed = allowedRoles(route.access);
      for (const role of ['anonymous', ...ROLES] as const) {
        const cookie = await cookieFor(role);
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          headers: cookie ? { cookie } : {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const mayCall = route.access === 'public' || (role !== 'anonymous' && allowed.includes(role));
        const refused = res.statusCode === 401 || res.statusCode === 403;
        const expected = role === 'anonymous' ? 401 : 403;
        if (mayCall && refused) wrong.push(`${role} refused ${route.method} ${route.url}: ${res.statusCode}`);
        if (!mayCall) refusals++;
        if (!mayCall && res.statusCode !== expected)
          wrong.push(`${role} reached ${route.method} ${route.url}: ${res.statusCode}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    // The walk really covered restricted routes: each refuses most of the six callers.
    expect(t.app.accessTable.length).toBeGreaterThan(30);
    expect(refusals).toBeGreaterThan(100);
  });
});
