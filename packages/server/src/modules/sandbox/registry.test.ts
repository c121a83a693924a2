/** The sandbox shows demo visitors which registry citizens can still register, and no one else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToSandboxRegistry } from '../../adapters/population-registry/sandbox.ts';
import { createMember } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  const member = await createMember(t.deps, { nik: '3174015708900001', fullName: 'RINA KARTIKA' });
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [
    { nik: member.nik, fullName: 'RINA KARTIKA', birthDate: '1990-08-15', sex: 'F' },
    { nik: '3273014508900007', fullName: 'DEWI <ANGGRAINI>', birthDate: '1990-08-05', sex: 'F' },
  ]);
});
afterAll(() => t.close());

describe('sandbox registry', () => {
  it('lists citizens without an account, escaped, in JSON and HTML', async () => {
    const json = (await t.app.inject('/api/v1/sandbox/registry')).json();
    expect(json.citizens).toEqual([
      { nik: '3273014508900007', fullName: 'DEWI <ANGGRAINI>', birthDate: '1990-08-05', isMember: false },
    ]);
    const page = await t.app.inject('/sandbox/registry');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('3273014508900007');
    expect(page.body).toContain('DEWI &lt;ANGGRAINI&gt;');
    expect(page.body).not.toContain('3174015708900001');
  });

  it('is not there when the sandbox is off', async () => {
    const off = await openTestApp({ env: { JMO_SANDBOX: 'off' } });
    expect((await off.app.inject('/api/v1/sandbox/registry')).statusCode).toBe(404);
    await off.close();
  });
});
