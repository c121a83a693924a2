/**
 * The thin flow in a real Chromium at a cheap phone's size (360×740): a demo member signs in,
 * sees their cards and JHT balances on the home screen, and opens a card's monthly history.
 * axe-core must find no accessibility violations on any page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, homeCardLinks, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('participant sees their balances (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('signs in, shows every card with its JHT balance, and a card history', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/masuk');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '01-login.png') });

    await page.getByLabel('Email atau Nomor HP').fill('budi@demo.jmo.id');
    await page.getByLabel('Kata Sandi', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/salah/);

    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByText('Budi Santoso').first().waitFor();
    const cards = homeCardLinks(page);
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Rp\d{1,3}(\.\d{3})+/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '02-home.png'), fullPage: true });

    await cards.first().click();
    await page.getByRole('heading', { name: /Riwayat Saldo/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Saldo Awal/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '03-card.png') });

    // The same page in English, and the choice survives a reload.
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: /Balance history/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: /Balance history/ }).waitFor();
    await expectNoAxeViolations(page);
  });
});
