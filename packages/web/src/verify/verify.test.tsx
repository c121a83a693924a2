/**
 * The verify page's own parts, with real Ed25519 signatures (made with jose): the JavaScript
 * fallback verifies exactly what WebCrypto does (so phones without WebCrypto Ed25519 agree); the
 * keys and revocation list fall back to the copy kept on the device and say so; the page reads the
 * token from the URL fragment and shows the verdict, the card and the offline notice.
 */
import type { CardCredentialPayload } from '@jmo/core/card-credential/payload';
import type { CardPublicKey } from '@jmo/core/card-credential/verify';
import { cleanup, render, screen } from '@testing-library/preact';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkWithJavaScript, checkWithWebCrypto } from './signature.ts';
import { loadTrust, type Trust } from './trust.ts';
import { VerifyApp } from './VerifyApp.tsx';

let key: CardPublicKey;
let token: string;
const NOW = new Date('2026-12-02T03:00:00Z');
const payload: CardCredentialPayload = {
  v: 1,
  jti: '0190b3a4-7c1e-7d2a-8f00-000000000abc',
  iat: NOW.getTime() / 1000 - 60,
  exp: NOW.getTime() / 1000 + 365 * 86_400,
  kpj: '23012345678',
  name: 'Budi Santoso',
  nik: '************0001',
  segment: 'PU',
  status: 'active',
  programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
  employer: 'PT Sinar Jaya Abadi',
};

beforeAll(async () => {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(pair.publicKey);
  key = { kty: 'OKP', crv: 'Ed25519', x: jwk.x!, kid: 'card-2026', alg: 'EdDSA', use: 'sig' };
  token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: 'card-2026', typ: 'jmo-card+jwt' })
    .sign(pair.privateKey);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});

const altered = () => {
  const [h, , s] = token.split('.');
  const body = btoa(JSON.stringify({ ...payload, name: 'Budi Palsu' }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `${h}.${body}.${s}`;
};

describe('signature checks in the browser', () => {
  it('agree between WebCrypto (jose) and the JavaScript fallback', async () => {
    expect(await checkWithWebCrypto(token, key)).toBe(true);
    expect(checkWithJavaScript(token, key)).toBe(true);
    expect(await checkWithWebCrypto(altered(), key)).toBe(false);
    expect(checkWithJavaScript(altered(), key)).toBe(false);
    expect(checkWithJavaScript(`${token.split('.').slice(0, 2).join('.')}.AAAA`, key)).toBe(false);
  });
});

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });
const lists = (generatedAt: string, offline = false) => {
  const headers: Record<string, string> = offline ? { 'x-jmo-offline': '1' } : {};
  return (async (url: string) =>
    String(url).endsWith('/keys')
      ? json({ keys: [key] }, headers)
      : json({ generatedAt, revoked: [{ id: 'x', revokedAt: generatedAt }] }, headers)) as typeof fetch;
};

describe('keys and revocation list', () => {
  it('are fresh online, kept on the device, and marked offline when they come from a copy', async () => {
    const online = await loadTrust(lists('2026-12-02T03:00:00.000Z'));
    expect(online).toMatchObject({ offline: false, revocationsAsOf: '2026-12-02T03:00:00.000Z' });
    expect(online?.revoked.get('x')).toBe('2026-12-02T03:00:00.000Z');

    const fromWorker = await loadTrust(lists('2026-12-01T00:00:00.000Z', true));
    // The service worker's copy is older than the one kept in storage: the newer one wins.
    expect(fromWorker).toMatchObject({ offline: true, revocationsAsOf: '2026-12-02T03:00:00.000Z' });

    const noNetwork = await loadTrust((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(noNetwork).toMatchObject({ offline: true, keys: [key] });
    localStorage.clear();
    expect(
      await loadTrust((async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch),
    ).toBeNull();
  });
});

describe('the verify page', () => {
  const trust = (offline: boolean): Trust => ({
    keys: [key],
    revoked: new Map(),
    revocationsAsOf: '2026-12-02T02:00:00.000Z',
    offline,
  });

  it('reads the token from the fragment and shows a valid card with what a clinic needs', async () => {
    window.location.hash = token;
    render(
      <VerifyApp
        load={async () => trust(false)}
        checkSignature={async (t, k) => checkWithJavaScript(t, k)}
        now={() => NOW}
      />,
    );
    expect(await screen.findByRole('heading', { name: 'Kartu sah' })).toBeTruthy();
    expect(screen.getByText('Budi Santoso')).toBeTruthy();
    expect(screen.getByText('0001')).toBeTruthy();
    expect(screen.getByTestId('trust').textContent).toMatch(/^Kunci dan daftar pencabutan terbaru/);
  });

  it('says a tampered card is forged, and that it works from revocations as of a time when offline', async () => {
    window.location.hash = altered();
    render(
      <VerifyApp
        load={async () => trust(true)}
        checkSignature={async (t, k) => checkWithJavaScript(t, k)}
        now={() => NOW}
      />,
    );
    expect(await screen.findByRole('heading', { name: /palsu atau diubah/ })).toBeTruthy();
    expect(screen.getByTestId('trust').textContent).toMatch(
      /^Offline: daftar pencabutan per 2 Desember 2026/,
    );
  });

  it('asks to go online once when it never had the keys', async () => {
    window.location.hash = token;
    render(<VerifyApp load={async () => null} now={() => NOW} />);
    expect((await screen.findByText(/belum pernah dimuat/)).textContent).toMatch(/Sambungkan ke internet/);
  });
});
