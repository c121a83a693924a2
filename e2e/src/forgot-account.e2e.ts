/**
 * Forgot account in a real Chromium at 360×740: a demo member who no longer knows her e-mail or
 * number finds her account with the KPJ from her card and her NIK (a wrong NIK first gets the one
 * generic answer), reads the code the SMS brought, sees how she signs in, sets a new passphrase and
 * signs in with it; then someone who lost both leaves a request and gets its reference. axe finds
 * nothing on any page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, latestCode, openPhone, type Server } from './phone.ts';

const EMAIL = 'ayu@demo.jmo.id';
const PHONE = '+6281200000003';
const NEW_PASSWORD = 'es teler di siang bolong';

/** The KPJ on the member's card and her NIK, as she would read them off the card and her KTP. */
async function cardAndNik(server: Server, email: string): Promise<{ kpj: string; nik: string }> {
  const { db, pii } = server.deps;
  const row = await db
    .selectFrom('user_accounts as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .innerJoin('memberships as m', 'm.person_id', 'p.id')
    .select(['m.kpj', 'p.nik_enc'])
    .where('u.email_index', '=', pii.blindIndex('email', email))
    .executeTakeFirstOrThrow();
  return { kpj: row.kpj, nik: pii.decrypt(row.nik_enc) };
}

describe.skipIf(!chromiumPath)('forgot account (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('finds the account by KPJ and NIK, proves the phone, shows the sign-in, sets a new password', async () => {
    const { kpj, nik } = await cardAndNik(server, EMAIL);
    await page.goto(`${server.url}/masuk`);
    await page.screenshot({ path: path.join(ARTIFACTS, '39-sign-in-forgot-links.png') });
    await page.getByRole('link', { name: 'Lupa akun?' }).click();
    await page.getByRole('heading', { name: 'Lupa Akun' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Nomor KPJ').fill(kpj);
    await page.getByLabel('NIK', { exact: true }).fill(`${nik.slice(0, 15)}${nik.endsWith('9') ? '8' : '9'}`);
    await page.getByRole('button', { name: 'Cari Akun' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Data tidak cocok\. Periksa kembali nomor KPJ dan NIK Anda/);
    await expectNoAxeViolations(page);

    await page.getByLabel('NIK', { exact: true }).fill(nik);
    await page.getByRole('button', { name: 'Cari Akun' }).click();
    await page.getByRole('heading', { name: 'Pilih tujuan kode' }).waitFor();
    await expect.poll(() => page.getByText('a***u@demo.jmo.id').count()).toBe(1);
    await page.getByRole('radio', { name: 'SMS ke nomor HP' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Kirim Kode' }).click();

    await page.getByLabel('Kode dari SMS').waitFor();
    await page.getByLabel('Kode dari SMS').fill(await latestCode(server, PHONE, 'sms'));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Akun Anda' }).waitFor();
    // The phone that received the code in full; the e-mail, not proven here, masked.
    await expect.poll(() => page.getByText(PHONE, { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('a***u@demo.jmo.id', { exact: true }).count()).toBe(1);
    await page.getByLabel('Kata Sandi Baru', { exact: true }).fill(NEW_PASSWORD);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '40-forgot-account.png'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan Kata Sandi' }).click();
    await page.getByRole('heading', { name: 'Akun Anda sudah dipulihkan' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Masuk' }).click();
    await page.getByLabel('Email atau Nomor HP').fill(PHONE);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
  });

  it('takes a request when both the e-mail and the number are lost, and shows its reference', async () => {
    const { kpj, nik } = await cardAndNik(server, 'budi@demo.jmo.id');
    await page.goto(`${server.url}/lupa-password`);
    await page.getByRole('link', { name: 'Lupa Akun' }).click();
    await page.getByRole('link', { name: 'Ajukan permintaan pemulihan' }).click();
    await page.getByRole('heading', { name: 'Permintaan Pemulihan Akun' }).waitFor();
    await page.getByLabel('Nomor KPJ').fill(kpj);
    await page.getByLabel('NIK', { exact: true }).fill(nik);
    await page.getByLabel('Nama Lengkap').fill('Budi Santoso');
    await page.getByLabel('Tanggal Lahir').fill('1988-05-17');
    await page.getByLabel('Email Baru').fill('budi.baru@contoh.id');
    await page.getByLabel('Nomor HP Baru').fill('081399990001');
    await page.getByLabel('Apa yang terjadi?').fill('HP dicuri dan e-mail lama sudah tidak bisa dibuka.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Kirim Permintaan' }).click();

    await page.getByRole('heading', { name: 'Permintaan diterima' }).waitFor();
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(/^LA-\d{8}-[A-Z2-9]{6}$/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '41-account-recovery-request.png'), fullPage: true });
    const res = await fetch(
      `${server.url}/api/v1/sandbox/messages?${new URLSearchParams({ to: 'budi.baru@contoh.id', channel: 'email' })}`,
    );
    const { messages } = (await res.json()) as { messages: { body: string }[] };
    expect(messages[0]!.body).toContain(reference);
  });
});
