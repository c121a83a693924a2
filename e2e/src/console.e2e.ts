/**
 * The staff console in a real Chromium: the demo officer signs in at 360×740, finds a member by the
 * KPJ on her card, opens the record only after choosing a purpose, and the member, signed in on her
 * own browser, sees that read under "Siapa yang melihat data saya" on /keamanan. At a desk width the
 * supervisor sees the read in the branch's audit and approves a recovery request after confirming;
 * the admin's screen passes axe too, and the employer user lands in the employer portal.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

const STAFF_PASSWORD = 'demo-jmo-2026';
const MEMBER = { email: 'budi@demo.jmo.id', password: 'demo-jmo-2026' };
const DESK = { width: 1280, height: 900 };

/** What the member's card and KTP say, read from the server like the member reads them off the cards. */
async function personOf(server: Server, email: string) {
  const { db, pii } = server.deps;
  const row = await db
    .selectFrom('user_accounts as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .innerJoin('memberships as m', 'm.person_id', 'p.id')
    .select(['m.kpj', 'p.nik_enc', 'p.full_name', 'p.birth_date'])
    .where('u.email_index', '=', pii.blindIndex('email', email))
    .orderBy('m.kpj')
    .executeTakeFirstOrThrow();
  return { kpj: row.kpj, nik: pii.decrypt(row.nik_enc), fullName: row.full_name, birthDate: row.birth_date };
}

async function staffSignIn(page: Page, server: Server, email: string) {
  await page.goto(`${server.url}/console`);
  await page.getByRole('heading', { name: 'Masuk Konsol Petugas' }).waitFor();
  await page.getByLabel('Email Kantor').fill(email);
  await page.getByLabel('Kata Sandi', { exact: true }).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Konsol Petugas', exact: true }).waitFor();
}

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

describe.skipIf(!chromiumPath)('staff console (Chromium)', () => {
  let server: Server;
  let officer: Page;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page: officer, close } = await openPhone());
    browser = officer.context().browser()!;
  });
  afterAll(() => close?.());

  it('an officer opens a member record with a purpose, and the member sees who read it', async () => {
    const budi = await personOf(server, MEMBER.email);

    await staffSignIn(officer, server, 'petugas@demo.jmo.id');
    expect(new URL(officer.url()).pathname).toBe('/console');
    await expectNoAxeViolations(officer);
    await officer.screenshot({ path: path.join(ARTIFACTS, '30-console-officer-home.png'), fullPage: true });

    await officer.getByLabel('Nomor KPJ').fill(budi.kpj);
    await officer.getByRole('button', { name: 'Cari', exact: true }).click();
    await officer.getByText('1 peserta ditemukan.').waitFor();
    // Masked until a purpose is chosen: the full NIK is nowhere on the page.
    expect(await officer.getByText(budi.nik).count()).toBe(0);
    await officer.getByRole('button', { name: 'Buka Data Peserta' }).click();
    await officer.getByText('Pilih tujuan akses sebelum membuka data peserta.').waitFor();
    await officer.getByLabel('Tujuan akses').selectOption({ label: 'Permintaan peserta' });
    await expect
      .poll(() => officer.getByText('Akses ini dicatat dan dapat dilihat oleh peserta.').count())
      .toBe(1);
    await expectNoAxeViolations(officer);
    await officer.screenshot({ path: path.join(ARTIFACTS, '30-console-search.png'), fullPage: true });

    await officer.getByRole('button', { name: 'Buka Data Peserta' }).click();
    await officer.getByText(budi.nik, { exact: true }).waitFor();
    expect(new URL(officer.url()).search).toBe('?tujuan=member_request');
    await officer.getByText(MEMBER.email, { exact: true }).waitFor();
    await expectNoAxeViolations(officer);
    await officer.screenshot({ path: path.join(ARTIFACTS, '30-console-member-record.png'), fullPage: true });

    // The member, on her own phone.
    const member = await newPage(browser, { width: 360, height: 740 });
    await member.goto(`${server.url}/masuk`);
    await member.getByLabel('Email atau Nomor HP').fill(MEMBER.email);
    await member.getByLabel('Kata Sandi', { exact: true }).fill(MEMBER.password);
    await member.getByRole('button', { name: 'Masuk', exact: true }).click();
    await member.waitForURL(`${server.url}/`);
    await member.goto(`${server.url}/keamanan`);
    const section = member.locator('section', {
      has: member.getByRole('heading', { name: 'Siapa yang melihat data saya' }),
    });
    const read = section.getByRole('listitem').filter({ hasText: 'Rudi Hartono' });
    await read.waitFor();
    expect(await read.textContent()).toContain('Kantor Cabang Jakarta Salemba');
    expect(await read.textContent()).toContain('Permintaan Anda');
    await read.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(member);
    await member.screenshot({ path: path.join(ARTIFACTS, '30-console-member-sees-read.png') });

    // A member's session opens nothing of the console: its pages ask for a staff sign-in.
    await member.goto(`${server.url}/console`);
    await member.getByRole('heading', { name: 'Masuk Konsol Petugas' }).waitFor();
    await member.context().close();

    await officer.getByRole('button', { name: 'Keluar' }).first().click();
    await officer.getByRole('heading', { name: 'Masuk Konsol Petugas' }).waitFor();
  });

  it('at a desk, the supervisor sees the read in the audit and approves a recovery request after confirming', async () => {
    const siti = await personOf(server, 'siti@demo.jmo.id');
    const filed = await fetch(`${server.url}/api/v1/auth/account-recovery/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kpj: siti.kpj,
        nik: siti.nik,
        fullName: siti.fullName,
        birthDate: siti.birthDate,
        newEmail: 'siti.baru@contoh.id',
        newPhone: '081399990002',
        note: 'HP hilang dan e-mail lama sudah tidak bisa dibuka.',
      }),
    });
    expect(filed.status).toBe(201);
    const { reference } = (await filed.json()) as { reference: string };

    const desk = await newPage(browser, DESK);
    await staffSignIn(desk, server, 'penyelia@demo.jmo.id');
    const audit = desk.locator('section', {
      has: desk.getByRole('heading', { name: 'Catatan Akses Data Pribadi' }),
    });
    await audit.getByRole('listitem').filter({ hasText: 'Rudi Hartono' }).first().waitFor();
    const queued = desk.getByRole('link', { name: `Periksa permintaan ${reference}` });
    await queued.waitFor();
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ARTIFACTS, '30-console-supervisor-desk.png'), fullPage: true });

    await queued.click();
    await desk.getByText(siti.nik, { exact: true }).waitFor();
    await desk.getByRole('button', { name: 'Setujui', exact: true }).click();
    await desk.getByRole('heading', { name: 'Setujui permintaan ini?' }).waitFor();
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ARTIFACTS, '30-console-recovery-confirm.png'), fullPage: true });
    await desk.getByRole('button', { name: 'Ya, setujui dan pindahkan akun' }).click();
    await desk
      .getByText('Permintaan disetujui. Akun sudah dipindahkan ke email dan nomor HP baru.')
      .waitFor();
    await expectNoAxeViolations(desk);

    // The account moved: Siti signs in with the new e-mail.
    const signIn = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: 'siti.baru@contoh.id', password: 'demo-jmo-2026' }),
    });
    expect(signIn.status).toBe(200);
    await desk.context().close();
  });

  it("shows the admin's staff accounts at a desk, and sends the employer user to the employer portal", async () => {
    const desk = await newPage(browser, DESK);
    await staffSignIn(desk, server, 'admin@demo.jmo.id');
    await desk.getByRole('button', { name: 'Nonaktifkan Rudi Hartono' }).waitFor();
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ARTIFACTS, '30-console-admin.png'), fullPage: true });
    await desk.context().close();

    // An employer user signing in at the console works in the employer portal (employer.e2e.ts).
    const phone = await newPage(browser, { width: 360, height: 740 });
    await phone.goto(`${server.url}/console`);
    await phone.getByLabel('Email Kantor').fill('hrd@sinarjaya.demo.jmo.id');
    await phone.getByLabel('Kata Sandi', { exact: true }).fill(STAFF_PASSWORD);
    await phone.getByRole('button', { name: 'Masuk', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/employer');
    await expectNoAxeViolations(phone);
    await phone.screenshot({ path: path.join(ARTIFACTS, '30-console-employer.png') });
    await phone.context().close();
  });
});
