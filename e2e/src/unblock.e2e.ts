/**
 * Block → self-unblock in a real Chromium at 360×740: a demo member one wrong password away from
 * the block gets it, is told until when, lifts it with the codes sent to their e-mail and SMS (read
 * from the sandbox), and signs in — no branch visit. axe finds nothing on any page.
 * The throttle's slow-down steps are covered through HTTP (sign-in-safety.test.ts); here the member
 * starts at nine failures so the browser test does not wait them out.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

const EMAIL = 'ayu@demo.jmo.id';
const PHONE = '+6281200000003';

describe.skipIf(!chromiumPath)('block and self-unblock (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
    const { db, pii } = server.deps;
    await db
      .insertInto('login_throttles')
      .values({
        identifier_index: pii.blindIndex('email', EMAIL),
        failures: 9,
        last_failure_at: new Date(Date.now() - 3_600_000),
        blocked_until: null,
      })
      .execute();
  });
  afterAll(() => close?.());

  it('blocks, says until when, and lets the member unblock with both codes', async () => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('bukan kata sandi saya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/diblokir/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '20-blocked.png'), fullPage: true });

    await page.getByRole('link', { name: 'Buka blokir sekarang' }).click();
    await page.waitForURL('**/buka-blokir**');
    expect(await page.getByLabel('Email atau Nomor HP').inputValue()).toBe(EMAIL);
    await page.getByRole('button', { name: 'Kirim Kode' }).click();
    await page.getByLabel('Kode dari Email').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Kode dari Email').fill(await latestCode(server, EMAIL, 'email'));
    await page.getByLabel('Kode dari SMS').fill(await latestCode(server, PHONE, 'sms'));
    await page.getByRole('button', { name: 'Buka Blokir' }).click();
    await page.getByRole('heading', { name: /sudah dibuka/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '21-unblocked.png'), fullPage: true });

    await page.getByRole('link', { name: 'Masuk' }).click();
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);

    await page.getByRole('link', { name: 'Keamanan Akun' }).click();
    await page.getByRole('heading', { name: 'Riwayat Masuk' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/dibuka|diblokir/i);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '22-security.png'), fullPage: true });
  });
});
