/**
 * Registration in a real Chromium at 360×740: a citizen from the sandbox population registry who
 * already has a KPJ card from an employer chooses a category, enters their KTP data, reads both
 * codes from the sandbox inbox, lands signed in, and adds the card ("Tambah Kartu Peserta") by the
 * number printed on it; JMO also offers the card it found under the NIK. A mistyped name and a wrong
 * KPJ get clear answers. axe finds nothing on any step.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('registration (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
    page.setDefaultTimeout(10_000);
  });
  afterAll(() => close?.());

  it('registers with both codes, signs in, and adds the card the member already had', async () => {
    const registry = (await (await fetch(`${server.url}/api/v1/sandbox/registry`)).json()) as {
      citizens: { nik: string; fullName: string; birthDate: string; isMember: boolean; kpjs: string[] }[];
    };
    const citizen = registry.citizens.find((c) => c.isMember)!;
    const kpj = citizen.kpjs[0]!;
    const email = 'warga.baru@contoh.id';
    const phone = '081377778888';

    await page.goto(`${server.url}/masuk`);
    await page.getByRole('link', { name: /Daftar/ }).click();
    await page.getByRole('radio', { name: 'Penerima Upah', exact: true }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByLabel('NIK').fill(citizen.nik);
    await page.getByLabel('Nama Lengkap').fill(`${citizen.fullName}X`);
    await page.getByLabel('Tanggal Lahir').fill(citizen.birthDate);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Nomor HP').fill(phone);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('nasi goreng kampung pedas');
    await page.getByRole('checkbox', { name: /Saya menyatakan/ }).check();
    await page.getByRole('button', { name: 'Daftar' }).click();
    // The registry's answer stands under the name field.
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Nama tidak sesuai/);
    expect(await page.getByLabel('Nama Lengkap').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '10-register-error.png'), fullPage: true });

    await page.getByLabel('Nama Lengkap').fill(citizen.fullName.toLowerCase());
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByLabel('Kode dari Email').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '11-register-verify.png'), fullPage: true });

    await page.getByLabel('Kode dari Email').fill(await latestCode(server, email, 'email'));
    await page.getByLabel('Kode dari SMS').fill(await latestCode(server, phone, 'sms'));
    await page.getByRole('button', { name: 'Verifikasi' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('heading', { name: /Halo/ }).waitFor();
    // The employer's card is found under the NIK, not yet in the account.
    const found = page.getByRole('region', { name: 'Kartu lain atas NIK Anda' });
    await expect.poll(() => found.textContent()).toContain(kpj);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '12-register-home.png'), fullPage: true });

    // The new account signs in again with its password.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/masuk');
    await page.getByLabel('Email atau Nomor HP').fill(phone);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('nasi goreng kampung pedas');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);

    // Tambah Kartu Peserta: a mistyped number first, then the one on the card.
    await page.getByRole('link', { name: /Tambah Kartu Peserta/ }).click();
    await page.waitForURL('**/tambah-kartu');
    await page.getByLabel('Nomor KPJ').fill('99999999999');
    await page.getByRole('button', { name: 'Tambahkan Kartu' }).click();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/KPJ tidak ditemukan/);
    expect(await page.getByLabel('Nomor KPJ').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.getByLabel('Nomor KPJ').fill(`${kpj.slice(0, 3)} ${kpj.slice(3, 7)} ${kpj.slice(7)}`);
    await page.getByRole('button', { name: 'Tambahkan Kartu' }).click();
    await page.getByText('Kartu berhasil ditambahkan ke akun Anda.').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '13-add-card.png'), fullPage: true });

    await page.getByRole('link', { name: 'Kembali ke Beranda' }).click();
    await page.getByRole('link', { name: new RegExp(kpj) }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '14-home-with-card.png'), fullPage: true });
  });
});
