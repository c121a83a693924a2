/**
 * A failed face check reaches an officer: the member (through the API, as the wizard calls it)
 * shows the camera someone else until the day's attempts run out; the officer, in Chromium at a
 * desk width, finds the case in the console's data-update queue, opens it for its purpose, sees the
 * selfie beside the registry photo and the scores under the threshold, and approves. The member's
 * face check then counts as approved, and finishing the wizard updates the data at once.
 */
import path from 'node:path';
import { sampleFace } from '@jmo/server/adapters/face/sample-faces';
import { DEMO_BANK_ACCOUNTS } from '@jmo/server/demo/bank-accounts';
import { personaFace } from '@jmo/server/demo/persona-faces';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

const PASSWORD = 'demo-jmo-2026';
const MEMBER = 'siti@demo.jmo.id';

type Reply = { status: number; json: Record<string, unknown> & { [k: string]: unknown } };

/** The member's side over HTTP, with the session cookie the app would hold. */
async function memberSession(server: Server, email: string) {
  async function call(method: string, url: string, cookie: string | null, body?: unknown, image?: Buffer) {
    const headers: Record<string, string> = { accept: 'application/json', origin: server.url };
    if (cookie) headers.cookie = cookie;
    if (image) headers['content-type'] = 'image/jpeg';
    else if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers,
      body: image ? new Uint8Array(image) : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      json: (text ? JSON.parse(text) : {}) as Reply['json'],
      cookie: res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    };
  }
  const login = await call('POST', '/api/v1/auth/login', null, { identifier: email, password: PASSWORD });
  expect(login.status, JSON.stringify(login.json)).toBe(200);
  const cookie = login.cookie;
  const cards = (await call('GET', '/api/v1/me/cards', cookie)).json as { cards: { kpj: string }[] };
  const kpj = cards.cards[0]!.kpj;
  const at = `/api/v1/me/cards/${kpj}/data-update`;
  return {
    kpj,
    view: async () => (await call('GET', at, cookie)).json as DataUpdate,
    step: (step: string, body: unknown = {}) => call('PUT', `${at}/steps/${step}`, cookie, body),
    face: (image: Buffer) => call('POST', `${at}/face`, cookie, undefined, image),
    confirm: () => call('POST', `${at}/confirm`, cookie),
    versions: async () =>
      (await call('GET', '/api/v1/me/data-versions', cookie)).json as {
        versions: { author: { kind: string; name: string | null } }[];
      },
  };
}

type DataUpdate = {
  status: string;
  currentStep: string | null;
  checks: { face: string | null };
  membership: { fullName: string; maskedNik: string };
  region: { districtCode: string };
  current: { phone: string | null; email: string | null };
  review: { holder: { kind: string; name?: string } } | null;
};

describe.skipIf(!chromiumPath)('a failed face check reviewed in the console (Chromium)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('goes to the officer queue, is approved with both photos in view, and the update completes', async () => {
    const member = await memberSession(server, MEMBER);
    expect((await member.step('membership')).status).toBe(200);
    expect((await member.step('confirm', { dataCorrect: true })).status).toBe(200);
    // Someone else in front of the camera: refused each time, then referred to an officer.
    const stranger = await sampleFace(personaFace(MEMBER).stranger);
    let referred = false;
    for (let i = 0; i < 6 && !referred; i++) {
      const res = await member.face(stranger);
      expect([422, 202], JSON.stringify(res.json)).toContain(res.status);
      referred = res.status === 202;
    }
    expect(referred).toBe(true);
    const waiting = await member.view();
    expect(waiting.review?.holder.kind).toBe('queue');
    const name = waiting.membership.fullName;

    // The officer at a desk.
    const desk = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const officer = await desk.newPage();
    officer.setDefaultTimeout(20_000);
    await officer.goto(`${server.url}/console`);
    await officer.getByLabel('Email Kantor').fill('petugas@demo.jmo.id');
    await officer.getByLabel('Kata Sandi', { exact: true }).fill(PASSWORD);
    await officer.getByRole('button', { name: 'Masuk', exact: true }).click();
    const open = officer.getByRole('link', { name: `Periksa verifikasi wajah ${name}` });
    const item = officer.locator('li', { has: open });
    await item.getByText(waiting.membership.maskedNik).waitFor();
    await item.getByText('Wajah tidak cocok dengan foto kependudukan').waitFor();
    await expectNoAxeViolations(officer);
    await open.click();

    // Nothing personal until it is opened for its purpose.
    await officer.getByRole('button', { name: 'Buka Kasus' }).click();
    const selfie = officer.getByRole('img', { name: /^Swafoto / });
    const reference = officer.getByRole('img', { name: 'Foto kependudukan (Dukcapil)' });
    for (const img of [selfie, reference]) {
      await img.waitFor();
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute('src')).toMatch(/^blob:/);
    }
    const threshold = server.deps.config.face.matchThreshold.toLocaleString('id-ID', {
      minimumFractionDigits: 2,
    });
    const below = officer.getByText(new RegExp(`^\\d,\\d\\d — di bawah ambang ${threshold}$`));
    await below.first().waitFor();
    expect(await below.count()).toBeGreaterThanOrEqual(2);
    await officer.screenshot({ path: path.join(ARTIFACTS, 'data-update-review-case.png'), fullPage: true });
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Setujui', exact: true }).click();
    await officer.getByRole('button', { name: 'Ya, setujui' }).click();
    await officer
      .getByRole('status')
      .getByText(`Verifikasi wajah ${name} disetujui. Peserta dapat melanjutkan pengkinian data.`)
      .waitFor();
    await officer.getByText('Tidak ada pengkinian data yang menunggu.').waitFor();
    await desk.close();

    // The member goes on from the next step; the approved face check counts, so Konfirmasi updates.
    const approved = await member.view();
    expect(approved.checks.face).toBe('approved');
    expect(approved.review).toBeNull();
    expect(approved.currentStep).toBe('contact');
    const bank = DEMO_BANK_ACCOUNTS.find((a) => a.forLogin === MEMBER && a.status === 'active')!;
    const steps: [string, unknown][] = [
      ['contact', { phone: approved.current.phone, email: approved.current.email }],
      ['tax_bank', { npwp: null, bankCode: bank.bankCode, accountNumber: bank.accountNumber }],
      [
        'population',
        {
          familyCardNumber: `${approved.region.districtCode}0101200001`,
          address: {
            street: 'Jl. Melati No. 5',
            rt: '4',
            rw: '12',
            village: 'Tebet Timur',
            postalCode: '12820',
          },
        },
      ],
      [
        'additional',
        {
          maritalStatus: 'single',
          mothersMaidenName: 'Aminah',
          emergencyContact: { name: 'Rahmat Hidayat', relation: 'sibling', phone: '0813-1111-2222' },
        },
      ],
    ];
    for (const [step, body] of steps) {
      const res = await member.step(step, body);
      expect(res.status, `${step}: ${JSON.stringify(res.json)}`).toBe(200);
    }
    const done = await member.confirm();
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    expect(done.json.status).toBe('updated');
    expect((await member.view()).status).toBe('updated');
    expect((await member.versions()).versions.length).toBeGreaterThan(0);
  });
});
