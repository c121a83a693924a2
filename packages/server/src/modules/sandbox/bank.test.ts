/** The sandbox bank page shows testers every sandbox account in full, and is absent without the sandbox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSandboxBankAccounts } from '../../adapters/bank/sandbox.ts';
import { DEMO_BANK_ACCOUNTS } from '../../demo/bank-accounts.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await addSandboxBankAccounts(t.deps.db, t.deps, [
    ...DEMO_BANK_ACCOUNTS.slice(0, 2),
    { bankCode: '014', accountNumber: '5270123456', holderName: 'DEWI <ANGGRAINI>', status: 'closed' },
  ]);
});
afterAll(() => t.close());

describe('sandbox bank page', () => {
  it('lists each account with its full number, holder name as the bank spells it, status and Himbara flag', async () => {
    const json = (await t.app.inject('/api/v1/sandbox/bank/accounts')).json();
    expect(json.accounts).toEqual([
      {
        bankCode: '002',
        accountNumber: '034101000743502',
        holderName: 'BUDI SANTOSO',
        status: 'active',
        isHimbara: true,
        forLogin: 'budi@demo.jmo.id',
      },
      {
        bankCode: '009',
        accountNumber: '0271845502',
        holderName: 'ST. RAHAYU',
        status: 'active',
        isHimbara: true,
        forLogin: 'siti@demo.jmo.id',
      },
      {
        bankCode: '014',
        accountNumber: '5270123456',
        holderName: 'DEWI <ANGGRAINI>',
        status: 'closed',
        isHimbara: false,
        forLogin: null,
      },
    ]);
    const page = await t.app.inject('/sandbox/bank');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('<code>034101000743502</code>');
    expect(page.body).toContain('ST. RAHAYU');
    expect(page.body).toContain('Singkatan: ST. untuk SITI');
    expect(page.body).toContain('DEWI &lt;ANGGRAINI&gt;');
    expect(page.body).toMatch(/BCA <small>\(014\)<\/small><br><small>bukan Himbara/);
    expect(page.body).toContain('9999999999');
  });

  it('is not there when the sandbox is off', async () => {
    const off = await openTestApp({ env: { JMO_SANDBOX: 'off' } });
    expect((await off.app.inject('/sandbox/bank')).statusCode).toBe(404);
    expect((await off.app.inject('/api/v1/sandbox/bank/accounts')).statusCode).toBe(404);
    await off.close();
  });
});
