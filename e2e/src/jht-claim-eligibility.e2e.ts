/**
 * Klaim JHT's conditions in Chromium at 360×740, from Beranda's "Jaminan Hari Tua → Klaim JHT":
 * (a) Budi, still active at PT Sinar Jaya Abadi (his employer has not reported that he left), sees
 * the blocker and asks his employer; the HR user then finds the request in the employer portal and
 * the way to the leaver report. Budi's withdrawal lock blocks the claim until he turns it off.
 * (b) Made, whose current card holds more than the in-app cap, is sent to Lapak Asik.
 * (c) Dewi, who resigned months ago with her data updated, meets every condition: "Ajukan Klaim"
 * leads to the claim wizard.
 * axe on every page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

const PASSWORD = 'demo-jmo-2026';
const HR = 'hrd@sinarjaya.demo.jmo.id';

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(ARTIFACTS, `jht-eligibility-${name}.png`), fullPage });

describe.skipIf(!chromiumPath)('Klaim JHT: conditions and remedies (Chromium)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  async function signIn(email: string) {
    await page.context().clearCookies();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(email);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
  }

  async function openClaimFor(employer: RegExp) {
    await page.getByRole('heading', { level: 2, name: 'Jaminan Hari Tua' }).waitFor();
    await page.getByRole('link', { name: 'Klaim JHT', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Klaim JHT' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: employer }).click();
    await page.getByRole('heading', { level: 1, name: 'Syarat klaim JHT' }).waitFor();
    await page.locator('[data-condition="membership_ended"]').waitFor();
  }

  it('(a) an active member asks the employer to report the leaving, and the employer sees the request', async () => {
    await signIn('budi@demo.jmo.id');
    await page.getByRole('link', { name: 'Klaim JHT', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'home');
    await openClaimFor(/PT Sinar Jaya Abadi/);
    const membership = page.locator('[data-condition="membership_ended"]');
    await expect.poll(() => membership.textContent()).toMatch(/Pemberi kerja belum melaporkan/);
    expect(await page.getByRole('link', { name: 'Ajukan Klaim' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await shot(page, 'active-blocked');

    await membership.getByRole('button', { name: 'Minta pemberi kerja melaporkan' }).click();
    await page.getByTestId('leave-report-sent').waitFor();
    await expect
      .poll(() => page.getByTestId('leave-report-sent').textContent())
      .toMatch(/Permintaan terkirim \d+ \w+ \d{4}/);
    await expect.poll(() => membership.textContent()).toMatch(/PT Sinar Jaya Abadi melihat permintaan ini/);
    await expectNoAxeViolations(page);
    await shot(page, 'active-request-sent');
    // Asking again is the same request: after a reload the page still shows the one sent.
    await page.reload();
    await page.getByTestId('leave-report-sent').waitFor();
    const claimUrl = page.url();

    // The withdrawal lock on Keamanan Akun: on at once, and the claim screen shows it.
    await page.goto(`${server.url}/keamanan`);
    await page.getByRole('heading', { level: 2, name: 'Kunci pencairan' }).waitFor();
    await page.getByRole('button', { name: 'Aktifkan kunci pencairan' }).click();
    await expect.poll(() => page.getByTestId('withdrawal-lock-state').textContent()).toMatch(/Aktif sejak/);
    await page.getByRole('button', { name: 'Matikan kunci pencairan' }).click();
    await page.getByText(/Kunci baru mati 24 jam setelah itu/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('heading', { level: 2, name: 'Kunci pencairan' }).scrollIntoViewIfNeeded();
    await shot(page, 'security-lock', false);
    await page.goto(claimUrl);
    await page.locator('[data-safety="withdrawal_locked"]').waitFor();
    await page.getByRole('link', { name: 'Buka Keamanan Akun' }).waitFor();

    // The employer's HR user, in the portal: the request, and the way to the leaver report.
    await page.context().clearCookies();
    await page.goto(`${server.url}/employer/masuk`);
    await page.getByLabel('Email Kantor').fill(HR);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu portal pemberi kerja' });
    await nav.getByRole('link', { name: 'Permintaan Lapor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Permintaan Lapor Berhenti' }).waitFor();
    const requests = page.getByTestId('leave-report-requests');
    await requests.getByRole('heading', { level: 2, name: 'Budi Santoso' }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'employer-requests');
    await requests.getByRole('link', { name: /Laporkan berhenti/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/employer\/pekerja\/\d{11}\/berhenti$/);
  });

  it('(b) a member above the in-app cap is sent to Lapak Asik', async () => {
    await signIn('made@demo.jmo.id');
    await openClaimFor(/PT Dewata Logistik Utama/);
    const cap = page.locator('[data-condition="balance_within_cap"]');
    await expect.poll(() => cap.textContent()).toMatch(/Saldo di atas Rp15\.000\.000/);
    await expectNoAxeViolations(page);
    await shot(page, 'above-cap');
    await cap.getByRole('link', { name: 'Ajukan lewat Lapak Asik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lapak Asik' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/lapak-asik');
    await page.getByRole('heading', { level: 2, name: 'Yang perlu disiapkan' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Paklaring/);
    await expectNoAxeViolations(page);
    await shot(page, 'lapak-asik');
  });

  it('(c) a member who resigned months ago with data updated meets every condition', async () => {
    await signIn('dewi@demo.jmo.id');
    await openClaimFor(/CV Karya Mandiri Sejahtera/);
    await expect.poll(() => page.locator('.jc-condition--ok').count()).toBe(4);
    const submit = page.getByRole('link', { name: 'Ajukan Klaim' });
    await submit.waitFor();
    expect(await submit.getAttribute('href')).toMatch(/^\/klaim-jht\/\d{11}\/ajukan$/);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Dibayar ke .+\*+\d{4}/);
    await expectNoAxeViolations(page);
    await shot(page, 'eligible');
    // The claim itself is the wizard's (claims module): the button leads there.
    await submit.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/klaim-jht\/\d{11}\/ajukan$/);
    await page.getByRole('heading', { level: 1, name: 'Klaim JHT' }).waitFor({ state: 'attached' });
  });
});
