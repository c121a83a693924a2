/**
 * The member's money screens in a real Chromium at 360×740, axe on every page:
 * (a) Budi opens a card: the balance chart and a month's explanation;
 * (b) Ayu (BPU) opens Iuran BPU, issues the month's bill, pays it at the sandbox bank ("Bayar"),
 *     comes back and sees it paid, covered until the end of the month;
 * (c) a member without a BPU card joins with the minimum package (Rp16.800);
 * (d) after the employer reports a lower wage for Budi, Notifikasi shows the drop, newest first.
 */
import path from 'node:path';
import { createMember } from '@jmo/server/testing/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, homeCardLinks, openPhone, type Server } from './phone.ts';

const PASSWORD = 'demo-jmo-2026';

/** This month in Jakarta, as 'YYYY-MM' (the period the employer reports and BPU pays). */
function currentPeriod(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

function lastDayOf(period: string): number {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

describe.skipIf(!chromiumPath)('member money screens (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  async function signIn(identifier: string, password = PASSWORD) {
    await page.context().clearCookies();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email atau Nomor HP').fill(identifier);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
  }

  it('(a) Budi opens a card and sees the balance chart and a month explained', async () => {
    await signIn('budi@demo.jmo.id');
    // Home: each card with its programs.
    const cards = homeCardLinks(page);
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => cards.first().textContent()).toMatch(/JHT.*JKK.*JKM/);
    await expectNoAxeViolations(page);

    await cards.first().click();
    await page.getByRole('heading', { name: /Riwayat Saldo/ }).waitFor();
    const chart = page.getByRole('figure', { name: /Saldo JHT sepanjang \d{4}/ });
    await chart.waitFor();
    await expect.poll(() => chart.locator('svg circle').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.rate').textContent()).toMatch(/Tingkat hasil pengembangan/);
    const firstMonth = page.locator('li.month').first();
    const details = firstMonth.locator('details');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await firstMonth.getByText('Lihat rincian').click();
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await expect.poll(() => details.textContent()).toMatch(/Saldo (awal|akhir) Rp/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'card-explained.png'), fullPage: true });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'card-chart.png') });
  });

  it('(b) Ayu issues the month’s BPU bill, pays it at the sandbox bank, and is covered to the month’s end', async () => {
    await signIn('ayu@demo.jmo.id');
    await page.getByRole('link', { name: /Iuran BPU/ }).click();
    await page.getByRole('heading', { name: 'Iuran BPU', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Status perlindungan' }).waitFor();
    await expectNoAxeViolations(page);

    const va = page.getByTestId('va-number');
    const pay = page.getByRole('button', { name: /^Bayar iuran / });
    await expect.poll(async () => (await va.count()) + (await pay.count())).toBeGreaterThan(0);
    let period = '';
    if ((await va.count()) === 0) {
      const label = (await pay.textContent()) ?? '';
      period = label.replace('Bayar iuran ', '');
      await pay.click();
    }
    await va.waitFor();
    const vaNumber = ((await va.textContent()) ?? '').trim();
    expect(vaNumber).toMatch(/^\d{10,20}$/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'bpu-virtual-account.png'), fullPage: true });

    // The sandbox bank plays Ayu's m-banking.
    await page.getByRole('link', { name: /bank simulasi/ }).click();
    await page.waitForURL('**/sandbox/payments');
    const row = page.locator('tr', { hasText: vaNumber });
    await row.getByRole('button', { name: /^Bayar/ }).click();
    await page.waitForURL('**/sandbox/payments?notice=*');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/dibukukan/);

    await page.goto(`${server.url}/iuran-bpu`);
    const paid = page.getByTestId('paid-months');
    await paid.waitFor();
    if (period) await expect.poll(() => paid.textContent()).toContain(period);
    const cover = page.getByRole('region', { name: 'Status perlindungan' });
    await expect.poll(() => cover.getAttribute('data-status')).toBe('active');
    // Covered until the last day of the month just paid.
    const until = (await page.getByTestId('covered-until').textContent()) ?? '';
    if (period) {
      const [name, year] = period.split(' ') as [string, string];
      const month = MONTHS.indexOf(name) + 1;
      expect(month).toBeGreaterThan(0);
      expect(until).toBe(
        `${lastDayOf(`${year}-${String(month).padStart(2, '0')}`)} ${MONTHS_SHORT[month - 1]} ${year}`,
      );
    } else {
      expect(until).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    }
    await expectNoAxeViolations(page);
  });

  it('(c) a member without a BPU card joins with the minimum package (Rp16.800)', async () => {
    const member = await createMember(server.deps, { password: 'correct horse battery staple' });
    await signIn(member.email, member.password);
    await page.goto(`${server.url}/iuran-bpu`);
    const join = page.getByRole('region', { name: 'Daftar BPU' });
    await join.waitFor();
    await expect
      .poll(() => join.getByTestId('plan-preview').textContent())
      .toBe('Iuran per bulan dengan pilihan ini: Rp16.800');
    await expectNoAxeViolations(page);
    await join.getByRole('button', { name: 'Daftar dan lanjut ke pembayaran' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Anda terdaftar/);
    const monthly = page.getByRole('region', { name: 'Iuran per bulan' });
    await expect.poll(() => monthly.textContent()).toContain('Jumlah per bulanRp16.800');
    await page.getByRole('button', { name: /^Bayar iuran / }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'bpu-joined.png'), fullPage: true });
  });

  it('(d) the employer reports a lower wage for Budi and Notifikasi shows it', async () => {
    const login = await fetch(`${server.url}/api/v1/staff/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'hrd@sinarjaya.demo.jmo.id', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const workers = (await (
      await fetch(`${server.url}/api/v1/employer/workers`, { headers: { cookie } })
    ).json()) as { workers: { kpj: string; fullName: string; status: string; wage: string | null }[] };
    const budi = workers.workers.find((w) => /budi santoso/i.test(w.fullName) && w.status === 'active');
    expect(budi).toBeDefined();
    const lower = String(BigInt(budi!.wage ?? '7250000') - 1_000_000n);
    const report = await fetch(`${server.url}/api/v1/employer/wage-reports`, {
      method: 'POST',
      headers: { cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ period: currentPeriod(), wages: [{ kpj: budi!.kpj, wage: lower }] }),
    });
    const reported = (await report.json()) as { drops?: unknown[] };
    expect(report.status, JSON.stringify(reported)).toBe(200);
    expect(reported.drops).toHaveLength(1);

    await signIn('budi@demo.jmo.id');
    const link = page.getByTestId('notices-link');
    await expect.poll(() => link.textContent()).toMatch(/belum dibaca/);
    await link.click();
    await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    const first = page.locator('li.notice').first();
    await expect.poll(() => first.getAttribute('data-kind')).toBe('wage_dropped');
    await expect.poll(() => first.textContent()).toMatch(/Upah yang dilaporkan turun.*Baru/);
    await expect.poll(() => first.textContent()).toMatch(/turun dari Rp/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'notices.png'), fullPage: true });

    // Opening the page read them: back home, no unread count.
    await page.goto(`${server.url}/`);
    await page.getByTestId('notices-link').waitFor();
    await expect.poll(() => page.getByTestId('notices-link').textContent()).toBe('Notifikasi');
  });
});
