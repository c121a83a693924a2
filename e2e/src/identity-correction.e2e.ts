/**
 * A name corrected without a branch visit: the member (through the API, as the page calls it)
 * uploads a photo of the KTP and asks for the KTP's name; the officer, in Chromium at a desk width,
 * finds it in the console's identity-correction queue, opens it for its purpose, sees our data
 * beside the registry's and the requested name, the KTP photo, and approves after a confirmation.
 * The member's name is then the corrected one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { humanAssetsDir } from '@jmo/server/adapters/face/sample-faces';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

const PASSWORD = 'demo-jmo-2026';
const MEMBER = 'budi@demo.jmo.id';

type Json = Record<string, unknown>;

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
      json: (text ? JSON.parse(text) : {}) as Json,
      cookie: res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    };
  }
  const login = await call('POST', '/api/v1/auth/login', null, { identifier: email, password: PASSWORD });
  expect(login.status, JSON.stringify(login.json)).toBe(200);
  const cookie = login.cookie;
  const base = '/api/v1/me/identity-corrections';
  return {
    list: async () =>
      (await call('GET', base, cookie)).json as {
        current: { fullName: string; birthDate: string };
        requests: { status: string }[];
      },
    upload: (kind: 'ktp' | 'kk', image: Buffer) =>
      call('POST', `${base}/evidence?kind=${kind}`, cookie, undefined, image),
    ask: (body: unknown) => call('POST', base, cookie, body),
  };
}

describe.skipIf(!chromiumPath)('an identity correction reviewed in the console (Chromium)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
  });
  afterAll(() => close?.());

  it('goes to the officer queue, is approved with the KTP photo in view, and the name is corrected', async () => {
    const member = await memberSession(server, MEMBER);
    const before = await member.list();
    // The KTP prints names in capitals, and that is how the correction stores it.
    const corrected = `${before.current.fullName} Putra`.toUpperCase();
    // Any JPEG stands for the KTP photo: one of the face library's sample screenshots.
    const photo = await readFile(path.join(humanAssetsDir(), 'screenshot-facematch.jpg'));
    const upload = await member.upload('ktp', photo);
    expect(upload.status, JSON.stringify(upload.json)).toBe(201);
    const asked = await member.ask({
      fields: ['fullName'],
      values: { fullName: `${before.current.fullName} Putra` },
      explanation: `Di KTP saya tertulis ${corrected}.`,
      evidenceIds: [upload.json.id],
    });
    expect(asked.status, JSON.stringify(asked.json)).toBe(201);

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
    const open = officer.getByRole('link', { name: `Periksa koreksi identitas ${before.current.fullName}` });
    const item = officer.locator('li', { has: open });
    await item.getByText('Nama lengkap').waitFor();
    await expectNoAxeViolations(officer);
    await open.click();

    // Nothing personal until it is opened for its purpose.
    await officer.getByRole('button', { name: 'Buka Permohonan' }).click();
    const nameRow = officer.getByRole('row', { name: /Nama lengkap/ });
    await nameRow.getByText(corrected, { exact: true }).waitFor();
    const ktp = officer.getByRole('img', { name: /^KTP · foto 1/ });
    await ktp.waitFor();
    await expect.poll(() => ktp.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await ktp.getAttribute('src')).toMatch(/^blob:/);
    await officer.screenshot({ path: path.join(ARTIFACTS, 'identity-correction-case.png'), fullPage: true });
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Setujui koreksi', exact: true }).click();
    await officer.getByRole('button', { name: 'Ya, setujui koreksi' }).click();
    await officer
      .getByRole('status')
      .getByText(`Koreksi identitas ${corrected} disetujui. Data peserta sudah dikoreksi.`)
      .waitFor();
    await officer.getByText('Tidak ada permohonan koreksi identitas yang menunggu.').waitFor();
    await desk.close();

    const after = await member.list();
    expect(after.current.fullName).toBe(corrected);
    expect(after.requests[0]!.status).toBe('approved');
  });
});
