/** The sandbox shows demo visitors which registry citizens can still register, and no one else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToSandboxRegistry } from '../../adapters/population-registry/sandbox.ts';
import { createCard, createEmployer, createMember, createPerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  const member = await createMember(t.deps, { nik: '3174015708900001', fullName: 'RINA KARTIKA' });
  const worker = await createPerson(t.deps, { nik: '3578016001950003', fullName: 'ANDI WIJAYA' });
  const employer = await createEmployer(t.deps);
  await createCard(t.deps, { personId: worker.personId, employerId: employer.id, kpj: '23012345678' });
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [
    { nik: member.nik, fullName: 'RINA KARTIKA', birthDate: '1990-08-15', sex: 'F' },
    { nik: worker.nik, fullName: 'ANDI WIJAYA', birthDate: '1995-01-20', sex: 'M' },
    { nik: '3273014508900007', fullName: 'DEWI <ANGGRAINI>', birthDate: '1990-08-05', sex: 'F' },
  ]);
});
afterAll(() => t.close());

describe('sandbox registry', () => {
  it('lists citizens without an account, members with their KPJ numbers first, escaped, in JSON and HTML', async () => {
    const json = (await t.app.inject('/api/v1/sandbox/registry')).json();
    expect(json.citizens).toEqual([
      {
        nik: '3578016001950003',
        fullName: 'ANDI WIJAYA',
        birthDate: '1995-01-20',
        isMember: true,
        kpjs: ['23012345678'],
      },
      {
        nik: '3273014508900007',
        fullName: 'DEWI <ANGGRAINI>',
        birthDate: '1990-08-05',
        isMember: false,
        kpjs: [],
      },
    ]);
    const page = await t.app.inject('/sandbox/registry');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('3273014508900007');
    expect(page.body).toContain('DEWI &lt;ANGGRAINI&gt;');
    expect(page.body).toContain('<code>23012345678</code>');
    expect(page.body).not.toContain('3174015708900001');
  });

  it('is not there when the sandbox is off', async () => {
    const off = await openTestApp({ env: { JMO_SANDBOX: 'off' } });
    expect((await off.app.inject('/api/v1/sandbox/registry')).statusCode).toBe(404);
    await off.close();
  });
});
