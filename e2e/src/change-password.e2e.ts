/**
 * Changes behind a step-up in a real Chromium at 360×740: Budi opens Keamanan Akun, confirms it is
 * him with the code sent by SMS (read from the sandbox), sets a new password and signs in with it;
 * then moves his account to a new mobile number with the code sent there. axe finds nothing.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

const EMAIL = 'budi@demo.jmo.id';
const PHONE = '+6281200000001';

describe.skipIf(!chromiumPath)('change password after a step-up (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  async function signIn(password: string) {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
  }

  it('asks for a code by SMS, then changes the password', async () => {
    await signIn('demo-jmo-2026');
    await page.getByRole('link', { name: 'Keamanan Akun' }).click();
    const section = page.getByRole('region', { name: 'Ubah Kata Sandi' });
    await section.getByRole('button', { name: 'Ubah Kata Sandi' }).click();
    await section.getByRole('button', { name: 'Kirim kode ke HP' }).click();
    await section.getByLabel('Kode konfirmasi').fill(await latestCode(server, PHONE, 'sms'));
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '40-step-up.png'), fullPage: true });
    await section.getByRole('button', { name: 'Konfirmasi' }).click();
    await section.getByLabel('Kata sandi baru').fill('nasi uduk betawi pagi');
    await section.getByRole('button', { name: 'Simpan Kata Sandi' }).click();
    await expect.poll(() => section.textContent()).toMatch(/Kata sandi sudah diganti/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Siapa yang melihat data saya' }).textContent())
      .toMatch(/Belum ada petugas/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '41-password-changed.png'), fullPage: true });

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/masuk');
    await signIn('nasi uduk betawi pagi');
  });

  it('moves the account to a new mobile number with a code sent there', async () => {
    await page.goto(`${server.url}/keamanan`);
    const section = page.getByRole('region', { name: 'Data Kontak' });
    await section.getByRole('button', { name: 'Ganti nomor HP' }).click();
    // Signed in a moment ago with a fresh session: confirm again, by e-mail this time.
    await section.getByRole('button', { name: 'Kirim kode ke e-mail' }).click();
    // The field shows once the code is sent, so the newest e-mail is this code and not an older one.
    await section.getByLabel('Kode konfirmasi').waitFor();
    await section.getByLabel('Kode konfirmasi').fill(await latestCode(server, EMAIL, 'email'));
    await section.getByRole('button', { name: 'Konfirmasi' }).click();
    await section.getByLabel('Nomor HP baru').fill('0813 5555 0101');
    await section.getByRole('button', { name: 'Kirim kode ke alamat baru' }).click();
    await section.getByLabel('Kode dari alamat baru').fill(await latestCode(server, '+6281355550101', 'sms'));
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => section.textContent()).toMatch(/Data kontak sudah diganti/);
    expect(await section.textContent()).toContain('0101');
    await page.screenshot({ path: path.join(ARTIFACTS, '42-contact-changed.png'), fullPage: true });
  });
});
