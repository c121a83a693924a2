/**
 * Forgot password in a real Chromium at 360×740: a demo member asks for a code by SMS, reads it in
 * the sandbox, sets a new passphrase, and signs in with it; then sees and signs out another device
 * on the security page. axe finds nothing on any page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

const EMAIL = 'made@demo.jmo.id';
const PHONE = '+6281200000004';
const NEW_PASSWORD = 'pisang goreng di sore hari';

describe.skipIf(!chromiumPath)('forgot password and devices (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('resets the password with an SMS code, signs in, and signs another device out', async () => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.waitForURL('**/lupa-password**');
    await page.getByRole('radio', { name: 'Kirim kode lewat SMS' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    await page.getByLabel('Kode dari SMS').waitFor();
    await page.getByLabel('Kode dari SMS').fill(await latestCode(server, PHONE, 'sms'));
    await page.getByLabel('Kata Sandi Baru', { exact: true }).fill(NEW_PASSWORD);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Simpan Kata Sandi' }).click();
    await page.getByRole('heading', { name: 'Kata sandi berhasil diubah' }).waitFor();
    await expectNoAxeViolations(page);

    // Another device signs in with the new password, through the API.
    const other = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/120.0',
      },
      body: JSON.stringify({ identifier: EMAIL, password: NEW_PASSWORD }),
    });
    expect(other.status).toBe(200);

    await page.getByRole('link', { name: 'Masuk' }).click();
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Keamanan Akun' }).click();
    await page.getByRole('heading', { name: 'Perangkat Masuk' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Keluarkan', exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '30-devices.png'), fullPage: true });
    await page.getByRole('button', { name: 'Keluarkan semua perangkat lain' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Keluarkan', exact: true }).count()).toBe(0);
  });
});
