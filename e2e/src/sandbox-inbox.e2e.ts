/**
 * The sandbox inbox in a real Chromium at 360×740, under the server's real CSP: captured e-mail and
 * SMS are listed newest first under the banner, the recipient filter works without script, the
 * registry and bank pages list the demo's citizens and accounts, and axe finds no violations.
 */
import path from 'node:path';
import { DEMO_BANK_ACCOUNTS } from '@jmo/server/demo/seed';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('sandbox inbox (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterAll(() => close?.());

  it('lists captured mail and SMS, filters by recipient, and passes axe', async () => {
    await server.deps.mailer.send({
      to: 'budi@demo.jmo.id',
      subject: 'Kode verifikasi JMO',
      text: 'Kode verifikasi Anda: 482913.\nJangan berikan kode ini kepada siapa pun.',
    });
    await server.deps.sms.send({ to: '+6281200000002', text: 'Kode JMO Anda: 120934' });

    await page.goto(`${server.url}/sandbox/inbox`);
    await page.getByText('Sandbox — pesan tidak benar-benar dikirim').waitFor();
    const headings = page.getByRole('heading', { level: 2 });
    expect(await headings.allTextContents()).toEqual(['SMS ke +6281200000002', 'Kode verifikasi JMO']);
    expect(await page.locator('pre').first().textContent()).toBe('Kode JMO Anda: 120934');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sandbox-inbox.png'), fullPage: true });

    await page.getByLabel(/Penerima/).fill('BUDI@demo.jmo.id');
    await page.getByRole('button', { name: /Tampilkan/ }).click();
    await page.waitForURL(/to=BUDI/);
    expect(await headings.allTextContents()).toEqual(['Kode verifikasi JMO']);
    expect(problems).toEqual([]);
  });

  it('lists registry citizens who can still register, and passes axe', async () => {
    await page.goto(`${server.url}/sandbox/registry`);
    await page.getByRole('heading', { name: /Data kependudukan/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('lists the sandbox bank’s demo accounts with full numbers, and passes axe', async () => {
    await page.goto(`${server.url}/sandbox/bank`);
    await page.getByRole('heading', { name: /Rekening bank/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(DEMO_BANK_ACCOUNTS.length);
    await page.getByText(DEMO_BANK_ACCOUNTS[0]!.accountNumber).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sandbox-bank.png'), fullPage: true });
  });
});
