/**
 * The digital card in a real Chromium at 360×740: Budi opens "Kartu Digital" for his active card;
 * the QR's URL opens /verify, which checks the signature in the browser and says valid; a photo of
 * the QR decodes to the same card; a tampered token is a forgery; after "Terbitkan ulang" the old
 * token is revoked; and once loaded, /verify opens and verifies with the browser offline, saying
 * as of when it knows revocations. The PDF is a real PDF. axe finds nothing on any page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, homeCardLinks, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('digital card and /verify (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  const outcome = () => page.locator('[data-outcome]').getAttribute('data-outcome');
  const verifyUrlOnCard = () => page.locator('img[data-verify-url]').getAttribute('data-verify-url');

  /** Opens a token on the verify page with a fresh load (as a clinic's phone camera does). */
  async function openVerify(url: string) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByRole('heading', { name: 'Periksa Kartu Digital' }).waitFor();
  }

  it('shows the card with a QR that opens /verify and verifies there; forged and reissued cards fail', async () => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill('budi@demo.jmo.id');
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    // His newest card is the active one at PT Sinar Jaya Abadi.
    await homeCardLinks(page).first().click();
    await page.getByRole('link', { name: /Kartu Digital/ }).click();
    await page.getByRole('heading', { name: 'Kartu Digital', level: 1 }).waitFor();
    await page.getByRole('img', { name: /Kode QR Kartu Digital/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Budi Santoso/);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Klinik dan mitra PLKK/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'digital-card.png'), fullPage: true });
    const kpjPath = new URL(page.url()).pathname; // /kartu/{kpj}/digital
    const firstUrl = (await verifyUrlOnCard())!;
    expect(firstUrl).toMatch(new RegExp(`^${server.url}/verify#ey[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    const qrPhoto = await page.locator('img[data-verify-url]').screenshot();

    // The PDF link gives a real PDF.
    const pdf = await page
      .context()
      .request.get(
        `${server.url}/api/v1/me/cards${kpjPath.slice('/kartu'.length, -'/digital'.length)}/card.pdf`,
      );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The QR's URL: the verify page (not the member app) checks the signature and says valid.
    await openVerify(firstUrl);
    await expect.poll(outcome).toBe('valid');
    await expect.poll(() => page.locator('[data-outcome]').textContent()).toMatch(/Kartu sah.*Budi Santoso/);
    expect(await page.locator('#app').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-valid.png'), fullPage: true });

    // A tampered token (the status or name changed in the payload) is a forgery.
    const token = firstUrl.slice(firstUrl.indexOf('#') + 1);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, name: 'Budi Palsu' })).toString('base64url')}.${signature}`;
    await openVerify(`${server.url}/verify#${tampered}`);
    await expect.poll(outcome).toBe('signature_invalid');
    await expect.poll(() => page.locator('[data-outcome]').textContent()).toMatch(/palsu atau diubah/);
    await expectNoAxeViolations(page);

    // A photo of the QR code decodes to the same card (BarcodeDetector or jsQR).
    await page.locator('#photo').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: qrPhoto });
    await expect.poll(outcome).toBe('valid');

    // A pasted token is checked too.
    await page.getByLabel('Atau tempel teks kartu').fill('bukan kartu');
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    await expect.poll(outcome).toBe('malformed');

    // "Terbitkan ulang" after a confirmation: a new card; the old one is revoked.
    await page.goto(`${server.url}${kpjPath}`);
    await page.getByRole('button', { name: 'Terbitkan ulang' }).click();
    await page.getByRole('heading', { name: 'Terbitkan ulang kartu digital?' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ya, terbitkan ulang' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Kartu digital baru sudah terbit/);
    await expect.poll(verifyUrlOnCard).not.toBe(firstUrl);
    const secondUrl = (await verifyUrlOnCard())!;

    await openVerify(firstUrl);
    await expect.poll(outcome).toBe('revoked');
    await expect.poll(() => page.locator('[data-outcome]').textContent()).toMatch(/Kartu dicabut/);
    await expectNoAxeViolations(page);
    await openVerify(secondUrl);
    await expect.poll(outcome).toBe('valid');

    // Offline: the page opens from its service worker and still verifies, with the revocations it has.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Controlled by its own service worker (scope /verify), not the member app's.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
      .toMatch(/\/verify-sw\.js$/);
    await page.context().setOffline(true);
    try {
      await page.reload();
      await page.getByRole('heading', { name: 'Periksa Kartu Digital' }).waitFor();
      await expect.poll(outcome).toBe('valid');
      await expect
        .poll(() => page.getByTestId('trust').textContent())
        .toMatch(/^Offline: daftar pencabutan per /);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'verify-offline.png'), fullPage: true });
      await page.evaluate((url) => {
        window.location.hash = url.slice(url.indexOf('#') + 1);
      }, firstUrl);
      await expect.poll(outcome).toBe('revoked');
      // In English too.
      await page.getByRole('button', { name: /English/ }).click();
      await expect
        .poll(() => page.getByTestId('trust').textContent())
        .toMatch(/^Offline: revocations as of /);
    } finally {
      await page.context().setOffline(false);
    }
  });
});
