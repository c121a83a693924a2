/**
 * The employer portal in a real Chromium at 360×740, against a real server with the demo data: the
 * demo HR user of PT Sinar Jaya Abadi signs in, registers a citizen of the sandbox registry (after
 * a name the registry does not confirm) and gets a KPJ, reports the month's wages with one lower,
 * issues the invoice of the first period not yet invoiced, pays it at the sandbox bank ("Bayar"),
 * and sees it "Lunas" in the portal; then reports the new worker as having left. axe finds nothing
 * on any page, the sandbox bank's included.
 */
import path from 'node:path';
import { dateInZone } from '@jmo/core/time/period';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

const HR = { email: 'hrd@sinarjaya.demo.jmo.id', password: 'demo-jmo-2026' };
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

type Citizen = { nik: string; fullName: string; birthDate: string; isMember: boolean; kpjs: string[] };

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(ARTIFACTS, `60-employer-${name}.png`), fullPage });

/** 'YYYY-MM' → 'November 2026', as the portal names periods. */
const periodName = (period: string) => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;

describe.skipIf(!chromiumPath)('employer portal (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;
  /** The invoice the first test issued and paid. */
  let paidInvoice = '';

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('registers a worker, reports wages, issues the invoice, pays it at the sandbox bank and sees it paid', {
    timeout: 180_000,
  }, async () => {
    // "Today" as the server sees it (JMO_TIME_ZONE defaults to Asia/Jakarta).
    const today = dateInZone(new Date(), server.deps.config.timeZone);
    const registry = (await (await fetch(`${server.url}/api/v1/sandbox/registry`)).json()) as {
      citizens: Citizen[];
    };
    // A citizen with no card yet: the registry knows them, JMO does not.
    const citizen = registry.citizens.find((c) => !c.isMember && c.kpjs.length === 0);
    expect(citizen, 'the sandbox registry has a citizen without a card').toBeDefined();
    const worker = citizen!;

    // Sign in: the portal's own page, the one staff sign-in behind it.
    await page.goto(`${server.url}/employer`);
    await page.getByRole('heading', { level: 1, name: 'Masuk Portal Pemberi Kerja' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/employer/masuk');
    await expectNoAxeViolations(page);
    await page.getByLabel('Email Kantor').fill(HR.email);
    await page.getByLabel('Kata Sandi', { exact: true }).fill(HR.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/employer');
    await page.getByText('10000001', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tunggakan' }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'home', true);

    // Pekerja: the list, then the registration form.
    const nav = page.getByRole('navigation', { name: 'Menu portal pemberi kerja' });
    await nav.getByRole('link', { name: 'Pekerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pekerja' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Budi Santoso/ }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'workers');

    await page.getByRole('link', { name: 'Daftarkan pekerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftarkan Pekerja' }).waitFor();
    await page.getByLabel('NIK', { exact: true }).fill(worker.nik);
    await page.getByLabel('Nama lengkap sesuai KTP').fill(`${worker.fullName} Putra`);
    await page.getByLabel('Tanggal lahir').fill(worker.birthDate);
    await page.getByLabel('Hari pertama bekerja').fill(`${today.slice(0, 7)}-01`);
    await page.getByLabel('Upah sebulan (Rp)').fill('5500000');
    await page.getByRole('button', { name: 'Daftarkan Pekerja' }).click();
    // The registry does not confirm that name: said at the name, in HR's words, nothing lost.
    await page.getByText(/^Nama tidak sama dengan data kependudukan/).waitFor();
    expect(await page.getByLabel('NIK', { exact: true }).inputValue()).toBe(worker.nik);
    await expectNoAxeViolations(page);
    await shot(page, 'register-error', true);

    await page.getByLabel('Nama lengkap sesuai KTP').fill(worker.fullName);
    await page.getByRole('button', { name: 'Daftarkan Pekerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pekerja Terdaftar' }).waitFor();
    const kpj = (await page.locator('.employer-kpj__number .sr-only').textContent()) ?? '';
    expect(kpj).toMatch(/^\d{11}$/);
    await page.getByText('Program yang diikuti').waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'registered', true);

    // Lapor upah: every worker of the month, prefilled; one wage lower.
    await nav.getByRole('link', { name: 'Lapor Upah' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lapor Upah' }).waitFor();
    const period = today.slice(0, 7);
    expect(await page.getByLabel('Periode (berlaku mulai)').inputValue()).toBe(period);
    expect(await page.getByLabel(`Upah ${worker.fullName}`).inputValue()).toBe('5.500.000');
    // A worker without any wage reported yet must get one: the report is all or nothing.
    for (const empty of await page.locator('.wage-line input').all()) {
      if ((await empty.inputValue()) === '') await empty.fill('5000000');
    }
    const budi = page.getByLabel('Upah Budi Santoso');
    const budiWage = Number((await budi.inputValue()).replace(/\./g, ''));
    await budi.fill(String(budiWage - 250_000));
    await page.getByText(/Lebih rendah dari upah sekarang/).waitFor();
    await page.getByRole('button', { name: /^Kirim Laporan Upah/ }).click();
    await page
      .getByRole('heading', { level: 2, name: `Laporan upah ${periodName(period)} diterima` })
      .waitFor();
    await page.getByText('Upah 1 pekerja turun').waitFor();
    await page.getByText(/Pekerja ini diberi tahu bahwa upahnya dilaporkan lebih rendah/).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'wages');

    // Tagihan: issue the first period not invoiced yet. The heading shows before the invoice list
    // has loaded, the form only with it: wait for the form, or its options are read as none.
    await nav.getByRole('link', { name: 'Tagihan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tagihan' }).waitFor();
    const periodSelect = page.getByLabel('Periode', { exact: true });
    await periodSelect.waitFor();
    const options = await periodSelect
      .locator('option')
      .evaluateAll((all) => (all as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.text })));
    expect(options.length, 'the periods offered').toBe(12);
    const open = options.find((o) => !o.text.includes('sudah terbit'));
    expect(open, 'a period to invoice').toBeDefined();
    // The demo invoices nothing, and the current month can be invoiced from its first day to its
    // last: it is offered first and chosen, whatever the day of the month.
    expect(open).toEqual({ value: period, text: periodName(period) });
    expect(await periodSelect.inputValue()).toBe(period);
    await periodSelect.selectOption(open!.value);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Terbitkan Tagihan' }).click();
    await page.getByRole('heading', { level: 1, name: `Tagihan ${periodName(open!.value)}` }).waitFor();
    await page.getByText('Tagihan terbit. Bayar ke virtual account di bawah sebelum jatuh tempo.').waitFor();
    const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    paidInvoice = number;
    const va = (await page.locator('.employer-va__number .sr-only').textContent()) ?? '';
    expect(va).toMatch(/^\d{16}$/);
    await page.getByRole('heading', { level: 3, name: /^JHT/ }).waitFor();
    // The new worker is on it, with the programs billed.
    const line = page.locator('.employer-line', { hasText: worker.fullName });
    await line.locator('summary').click();
    await line.getByRole('table').waitFor();
    await expectNoAxeViolations(page);
    await line.screenshot({ path: path.join(ARTIFACTS, '60-employer-invoice-line.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'invoice');
    await shot(page, 'invoice-full', true);

    // Pay at the sandbox bank, as the payer's bank would.
    const [bank] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Bayar di bank simulasi (sandbox)' }).click(),
    ]);
    await bank.waitForLoadState();
    expect(new URL(bank.url()).pathname).toBe('/sandbox/payments');
    const row = bank.getByRole('row').filter({ hasText: va });
    await row.getByText(number).waitFor();
    await expectNoAxeViolations(bank);
    await row.getByRole('button', { name: /^Bayar/ }).click();
    await bank.getByText('Pembayaran diterima JMO dan iuran dibukukan.').waitFor();
    await expectNoAxeViolations(bank);
    await shot(bank, 'sandbox-bank');
    await bank.close();

    // Back in the portal: the invoice is paid.
    await page.reload();
    await page.getByText(/^Lunas pada \d{1,2} \w{3} \d{4}\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Salin nomor' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Bayar di bank simulasi (sandbox)' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await shot(page, 'invoice-paid');

    await page.getByRole('link', { name: /Kembali ke daftar tagihan/ }).click();
    const listed = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: new RegExp(`Tagihan ${periodName(open!.value)}`) }),
    });
    await listed.getByText('Lunas', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'invoices', true);

    // The new worker leaves: a confirmation first, naming the first day a JHT claim is possible.
    await nav.getByRole('link', { name: 'Pekerja' }).click();
    await page.getByLabel('Cari nama atau nomor KPJ').fill(kpj);
    await page.getByRole('link', { name: `Laporkan berhenti — ${worker.fullName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporkan Pekerja Berhenti' }).waitFor();
    await page.getByLabel('Hari terakhir bekerja').fill(today);
    await page.getByRole('radio', { name: 'Mengundurkan diri' }).check();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Laporkan berhenti?' }).waitFor();
    await page.getByText(/Pekerja dapat mengajukan klaim JHT satu bulan setelah tanggal berhenti/).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'leaver-confirm', true);
    await page.getByRole('button', { name: 'Ya, laporkan berhenti' }).click();
    await page.getByText(/dilaporkan berhenti per .* Kartunya kini nonaktif\./).waitFor();
    await expectNoAxeViolations(page);

    // Signing out ends the staff session: the portal asks to sign in again.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Masuk Portal Pemberi Kerja' }).waitFor();
  });

  it('works at a desk too: the wage report and the paid invoice, axe clean', async () => {
    expect(paidInvoice, 'the first test issued an invoice').not.toBe('');
    const desk = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const wide = await desk.newPage();
    wide.setDefaultTimeout(15_000);
    await wide.goto(`${server.url}/employer/masuk?lanjut=${encodeURIComponent('/employer/upah')}`);
    await wide.getByLabel('Email Kantor').fill(HR.email);
    await wide.getByLabel('Kata Sandi', { exact: true }).fill(HR.password);
    await wide.getByRole('button', { name: 'Masuk', exact: true }).click();
    await wide.getByRole('heading', { level: 1, name: 'Lapor Upah' }).waitFor();
    await wide.getByLabel('Upah Budi Santoso').waitFor();
    await expectNoAxeViolations(wide);
    await wide.screenshot({ path: path.join(ARTIFACTS, '60-employer-desk-wages.png'), fullPage: true });

    await wide.goto(`${server.url}/employer/tagihan/${encodeURIComponent(paidInvoice)}`);
    await wide.getByText(/^Lunas pada /).waitFor();
    await expectNoAxeViolations(wide);
    await wide.screenshot({ path: path.join(ARTIFACTS, '60-employer-desk-invoice.png'), fullPage: true });
    await desk.close();
  });
});
