/**
 * Simulasi Iuran in a real Chromium at a cheap phone's size (360×740): a demo member finds it on the
 * home screen, simulates a wage earner's month (Rp12.000.000, June 2024, risk group III) and an
 * informal worker's minimum (Rp16.800) with an illustrative bracket, and the figures on screen are
 * those the public API answers for the same input. axe-core must find no violations on the page,
 * before and after a result is shown.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('Simulasi Iuran (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  const api = async (body: unknown) => {
    const res = await fetch(`${server.url}/api/v1/simulations/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      total: string;
      employerTotal: string;
      workerTotal: string;
      items: { program: string; employer: string; worker: string }[];
    };
  };
  const rp = (digits: string) => `Rp${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

  it('is on the home screen, computes PU and BPU months, and agrees with the API', async () => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill('budi@demo.jmo.id');
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Simulasi Iuran' }).click();
    await page.waitForURL('**/simulasi/iuran');
    await page.getByRole('heading', { level: 1, name: 'Simulasi Iuran' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Periode iuran (bulan)').fill('2024-06');
    await page.getByLabel('Upah sebulan (Rp)').fill('12000000');
    await page.getByLabel('Kelompok risiko JKK perusahaan').selectOption('3');
    await page.getByRole('button', { name: 'Hitung Iuran' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rincian iuran Juni 2024' }).waitFor();
    const fromApi = await api({ segment: 'PU', period: '2024-06', wage: '12000000', jkkRiskGroup: 3 });
    const totals = page.getByRole('region', { name: 'Jumlah sebulan' });
    await expect.poll(() => totals.textContent()).toContain(rp(fromApi.employerTotal));
    expect(await totals.textContent()).toContain(rp(fromApi.workerTotal));
    expect(await totals.textContent()).toContain(rp(fromApi.total));
    expect(fromApi.total).toBe('1128069');
    const jp = page.locator('li', { has: page.getByRole('heading', { level: 3, name: /^JP / }) });
    expect(await jp.textContent()).toContain('Rp200.846');
    expect(await jp.textContent()).toContain('Rp100.423');
    expect(await jp.textContent()).toContain('dibatasi Rp10.042.300');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulation-pu.png'), fullPage: true });

    await page.getByRole('radio', { name: 'Bukan Penerima Upah (BPU)' }).check();
    await page.getByLabel('Periode iuran (bulan)').fill('2026-01');
    await page.getByRole('button', { name: 'Hitung Iuran' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rincian iuran Januari 2026' }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Jumlah sebulan' }).textContent())
      .toMatch(/Total iuranRp16\.800/);

    await page.getByLabel('Penghasilan sebulan yang dilaporkan').selectOption('3000000');
    await page.getByRole('checkbox', { name: /JHT/ }).check();
    await page.getByRole('button', { name: 'Hitung Iuran' }).click();
    const bpu = await api({
      segment: 'BPU',
      period: '2026-01',
      declaredIncome: 3_000_000,
      programs: ['JKK', 'JKM', 'JHT'],
    });
    await expect
      .poll(() => page.getByRole('region', { name: 'Jumlah sebulan' }).textContent())
      .toContain(`Total iuran${rp(bpu.total)}`);
    expect(await page.getByText('Ilustratif', { exact: true }).count()).toBe(2); // JHT and JKK on this bracket
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulation-bpu.png'), fullPage: true });

    // No horizontal scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
