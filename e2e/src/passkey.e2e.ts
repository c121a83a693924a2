/**
 * Passkey sign-in in a real Chromium at 360×740 with a virtual platform authenticator (CDP
 * WebAuthn: CTAP2, internal, resident keys, the member verified): a demo member signs in with
 * their password, adds a passkey on the Security page, signs out, and signs in with the passkey
 * without typing anything. axe finds nothing on any page.
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { ARTIFACTS, openPhone, type Server } from './phone.ts';

describe.skipIf(!chromiumPath)('passkey sign-in (Chromium, 360×740)', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;
  let cdp: CDPSession;
  let authenticatorId: string;
  let site: string;

  beforeAll(async () => {
    ({ server, page, close } = await openPhone());
    // Passkeys belong to the site PUBLIC_URL names, and WebAuthn refuses IP addresses: the server
    // learns its port only when listening, so name it now, as localhost on that port.
    const url = new URL(server.url);
    url.hostname = 'localhost';
    site = url.origin;
    server.deps.config = { ...server.deps.config, publicUrl: site };

    cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    }));
  });
  afterAll(() => close?.());

  it('adds a passkey on the Security page, then signs in with it after signing out', async () => {
    await page.goto(`${site}/masuk`);
    await page.getByRole('button', { name: 'Masuk dengan passkey' }).waitFor();
    await page.getByLabel('Email atau Nomor HP').fill('siti@demo.jmo.id');
    await page.getByLabel('Kata Sandi', { exact: true }).fill('demo-jmo-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${site}/`);

    await page.getByRole('link', { name: 'Keamanan Akun' }).click();
    const passkeys = page.getByRole('region', { name: 'Passkey' });
    await passkeys.getByText(/Belum ada passkey/).waitFor();
    await passkeys.getByRole('button', { name: 'Tambah passkey di perangkat ini' }).click();
    await expect.poll(() => passkeys.getByRole('status').textContent()).toMatch(/Passkey sudah ditambahkan/);
    await expect.poll(() => passkeys.getByRole('listitem').count()).toBe(1);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '50-passkey-added.png'), fullPage: true });

    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page.waitForURL('**/masuk**');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '51-sign-in-with-passkey.png'), fullPage: true });

    await page.getByRole('button', { name: 'Masuk dengan passkey' }).click();
    await page.waitForURL(`${site}/`);
    await page.getByText('Siti Rahayu').first().waitFor();

    await page.getByRole('link', { name: 'Keamanan Akun' }).click();
    await expect.poll(() => passkeys.getByRole('listitem').first().textContent()).not.toMatch(/Belum pernah/);
    const history = page.getByRole('region', { name: 'Riwayat Masuk' });
    await expect.poll(() => history.textContent()).toMatch(/Passkey ditambahkan/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS, '52-security-after-passkey.png'), fullPage: true });
  });
});
