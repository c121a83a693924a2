/**
 * Pengkinian data in Chromium at 360×740 with a fake camera showing Budi (a different photograph of
 * the man in his registry photo): every step of the wizard, a real face match, the sandbox bank's
 * holder name, and "Data berhasil diperbarui" at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SampleFaceId } from '@jmo/server/adapters/face/sample-faces';
import { personaFace } from '@jmo/server/demo/persona-faces';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './browser.ts';
import { fakeCameraArgs, writeFakeCamera } from './fake-camera.ts';
import { ARTIFACTS } from './phone.ts';
import { startServer } from './server.ts';

const EMAIL = 'budi@demo.jmo.id';

describe.skipIf(!chromiumPath)('pengkinian data', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `data-update-${name}.png`), fullPage: true });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  /** A phone whose front camera shows `face`, signed in as Budi. */
  async function phoneShowing(face: SampleFaceId) {
    await browser?.close();
    browser = await launchChromium({ args: fakeCameraArgs(await writeFakeCamera(face)) });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes Budi from the Beranda prompt through every step to "Data berhasil diperbarui"', async () => {
    await phoneShowing(personaFace(EMAIL).samePerson!);
    const prompt = page.getByTestId('data-update-prompt').first();
    await expect.poll(() => prompt.textContent()).toContain('Perbarui data Anda sebelum mengajukan klaim');
    await shot('0-home');
    // Budi's two cards are both due: one banner, a button for each.
    await prompt
      .getByRole('link', { name: /^Perbarui data kartu / })
      .first()
      .click();

    await heading('Data kepesertaan').waitFor();
    expect(await page.getByText('Langkah 1 dari 8').isVisible()).toBe(true);
    await shot('1-membership');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading('Periksa data kepesertaan').waitFor();
    await page.getByRole('button', { name: 'Sudah' }).click();

    await heading('Verifikasi wajah').waitFor();
    const take = page.getByRole('button', { name: 'Ambil foto' });
    await take.waitFor();
    // A frame the camera has actually presented before the capture.
    await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0);
    await shot('2-face');
    const started = Date.now();
    await take.click();
    await heading('Data kontak').waitFor({ timeout: 60_000 });
    console.log(`selfie checked in the browser in ${Date.now() - started} ms (first one loads the models)`);

    await shot('3-contact');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading('NPWP dan rekening bank').waitFor();
    await page.getByLabel('Bank', { exact: true }).selectOption('002');
    await page.getByLabel('Nomor rekening').fill('034101000743502');
    await page.getByLabel('Saya tidak punya NPWP').check();
    await shot('4-bank');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByText('BUDI SANTOSO', { exact: true }).waitFor();
    await shot('5-holder');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading('Data kependudukan').waitFor();
    const region = await page.evaluate(async () => {
      const kpj = location.pathname.split('/')[2];
      const res = await fetch(`/api/v1/me/cards/${kpj}/data-update`);
      return ((await res.json()) as { region: { districtCode: string } }).region.districtCode;
    });
    await page.getByLabel('Nomor Kartu Keluarga (KK)').fill(`${region}0101210001`);
    await page.getByLabel('Alamat (jalan, nomor rumah)').fill('Jl. Melati No. 5');
    await page.getByLabel('RT', { exact: true }).fill('3');
    await page.getByLabel('RW', { exact: true }).fill('7');
    await page.getByLabel('Kelurahan/Desa').fill('Sukamaju');
    await page.getByLabel('Kode pos').fill('12810');
    await shot('6-population');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading('Data tambahan dan kontak darurat').waitFor();
    await page.getByLabel('Status perkawinan').selectOption('married');
    await page.getByLabel('Nama ibu kandung').fill('SITI AMINAH');
    await page.getByLabel('Nama', { exact: true }).fill('Rina Santoso');
    await page.getByLabel('Hubungan').selectOption('spouse');
    await page.getByLabel('Nomor HP').fill('081298765432');
    await shot('7-additional');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading('Periksa semua data').waitFor();
    await shot('8-review');
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await heading('Data berhasil diperbarui').waitFor();
    await shot('9-updated');

    await page.goto(`${server.url}/ahli-waris`);
    await heading('Ahli Waris').waitFor();
    await page.getByRole('button', { name: '+ Tambah ahli waris' }).click();
    await shot('10-heirs');
  });

  it("refuses another person's face with the advice and the attempts left, then hands it to an officer", async () => {
    await phoneShowing('woman-b');
    // Budi's other card: its update has not started.
    await page.getByTestId('data-update-prompt').first().getByRole('link', { name: 'Perbarui data' }).click();
    await heading('Data kepesertaan').waitFor();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('button', { name: 'Sudah' }).click();
    await heading('Verifikasi wajah').waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0);
    await page.getByRole('button', { name: 'Ambil foto' }).click();
    const advice = page.getByRole('alert');
    await expect
      .poll(() => advice.textContent(), { timeout: 60_000 })
      .toContain('Sisa 2 percobaan hari ini.');
    expect(await advice.textContent()).toContain('Wajah belum cocok dengan foto KTP Anda');
    await shot('11-face-failed');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => advice.textContent()).toContain('Sisa 1 percobaan hari ini.');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sedang diverifikasi petugas' }).waitFor();
    expect(await page.getByText('Menunggu petugas berikutnya').isVisible()).toBe(true);
    await shot('12-face-officer');
    await page.getByRole('button', { name: 'Lanjutkan langkah berikutnya' }).click();
    await heading('Data kontak').waitFor();
  });
});
