/**
 * Klaim JHT end to end in Chromium at 360×740, the seed's fourteen steps: Dewi, who resigned months
 * ago with her data updated, goes from Beranda's "Jaminan Hari Tua → Klaim JHT" through the ticks,
 * the reason, "Sudah", the balance detail, a selfie (a fake camera showing her registry photo, a real
 * face match), NPWP and bank, the statement, Konfirmasi with a code by SMS, to "Klaim berhasil
 * diajukan"; then Tracking Klaim shows the timeline move to "Dibayar" as the background jobs pay her
 * through the sandbox bank (a Himbara bank: BRI). axe on every screen. Prints Konfirmasi → Dibayar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { personaFace } from '@jmo/server/demo/persona-faces';
import { reconcilePayouts } from '@jmo/server/modules/payouts/reconcile';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath, launchChromium } from './browser.ts';
import { fakeCameraArgs, writeFakeCamera } from './fake-camera.ts';
import { ARTIFACTS, latestCode, type Server } from './phone.ts';
import { startServer } from './server.ts';

const EMAIL = 'dewi@demo.jmo.id';
const PHONE = '+6281200000005';

describe.skipIf(!chromiumPath)('Klaim JHT in the app (Chromium, 360×740)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `jht-claim-${name}.png`), fullPage: true });
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const step = (name: string) => page.getByRole('heading', { name }).first();

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ backgroundJobs: true });
    browser = await launchChromium({
      args: fakeCameraArgs(await writeFakeCamera(personaFace(EMAIL).reference)),
    });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Dewi claims her JHT and is paid, and Tracking Klaim shows each step', async () => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(EMAIL);
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);

    // 1–2. Jaminan Hari Tua → Klaim JHT, her card, the three conditions ticked.
    await page.getByRole('link', { name: 'Klaim JHT', exact: true }).click();
    await heading('Klaim JHT').waitFor();
    await page.getByRole('link', { name: /CV Karya Mandiri Sejahtera/ }).click();
    await heading('Syarat klaim JHT').waitFor();
    await page.getByRole('link', { name: 'Ajukan Klaim' }).click();

    // 3. The reason.
    await step('Alasan klaim').waitFor();
    await expectNoAxeViolations(page);
    await shot('1-reason');
    await page.getByRole('radio', { name: /Mengundurkan diri/ }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();

    // 4. The membership data: "Sudah".
    await step('Periksa data kepesertaan').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Dewi Anggraini/);
    await expectNoAxeViolations(page);
    await shot('2-membership');
    await page.getByRole('button', { name: 'Sudah' }).click();

    // 5. The balance, the tax and what reaches the account.
    await step('Rincian saldo').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Jumlah diterima\s*Rp\d/);
    await expectNoAxeViolations(page);
    await shot('3-balance');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    // 6. The selfie against her registry photo.
    await step('Verifikasi wajah').waitFor();
    const take = page.getByRole('button', { name: 'Ambil foto' });
    await take.waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0);
    await shot('4-selfie');
    await take.click();
    await page.getByText('Verifikasi wajah berhasil', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Lanjut' }).click();

    // 7. NPWP and the bank account from her data update.
    await step('NPWP dan rekening bank').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Bank Himbara/);
    await expectNoAxeViolations(page);
    await shot('5-bank');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    // 8. The statement, then Konfirmasi with a code by SMS.
    await step('Pernyataan dan konfirmasi').waitFor();
    await page.getByLabel(/Saya sudah membaca dan menyetujui/).check();
    await expectNoAxeViolations(page);
    await shot('6-statement');
    await page.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim kode ke HP' }).click();
    await page.getByLabel('Kode konfirmasi').fill(await latestCode(server, PHONE, 'sms'));
    const confirmed = Date.now();
    await page.getByRole('button', { name: 'Konfirmasi', exact: true }).click();

    // 9. Success: the reference, the amount, where it is.
    await heading('Klaim berhasil diajukan').waitFor();
    const reference = (await page.locator('main').textContent())?.match(/JHT-\d{4}-\d{6}/)?.[0];
    expect(reference).toBeTruthy();
    await expectNoAxeViolations(page);
    await shot('7-success');

    // 10. Tracking Klaim: the timeline until the bank has paid.
    await page.getByRole('link', { name: 'Lihat di Tracking Klaim' }).click();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toMatch(/Dibayar/);
    console.log(
      `Konfirmasi → Dibayar in the browser: ${Date.now() - confirmed} ms (sandbox BRI, background jobs)`,
    );
    const text = (await page.locator('main').textContent()) ?? '';
    for (const state of ['Diajukan', 'Disetujui', 'Sedang dibayarkan', 'Dibayar'])
      expect(text).toContain(state);
    await expectNoAxeViolations(page);
    await shot('8-paid');

    // The money reconciles: ledger = payouts = sandbox bank.
    const report = await reconcilePayouts(server.deps);
    expect(report.problems).toEqual([]);
    expect(report.counts.paid).toBeGreaterThanOrEqual(1);

    // A second claim on the card now finds nothing to claim: the balance is paid out.
    await page.goto(`${server.url}/tracking-klaim`);
    await page.getByText(reference!).first().waitFor();
  });
});
