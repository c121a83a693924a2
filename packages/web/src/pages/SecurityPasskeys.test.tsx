/**
 * Passkeys on the Security page and the sign-in page, with the browser's WebAuthn API mocked
 * (`PublicKeyCredential`, `navigator.credentials`): shown only where the browser has it, the phone's
 * answers sent to the server, and the phone's refusals (cancelled, not supported) said in words.
 */
import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARDS, type Handler, ME, mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const bytesOf = (source: BufferSource) => [...new Uint8Array(source as ArrayBuffer)];
const CHALLENGE = 'AQIDBA'; // base64url of 1 2 3 4

/** A browser with WebAuthn whose phone answers `create` and `get` as the test says. */
function mockWebAuthn(phone: { create?: () => Promise<unknown>; get?: () => Promise<unknown> }) {
  const notExpected = () => Promise.reject(new Error('not expected'));
  const credentials = {
    create: vi.fn((_: CredentialCreationOptions) => (phone.create ?? notExpected)()),
    get: vi.fn((_: CredentialRequestOptions) => (phone.get ?? notExpected)()),
  };
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  Object.defineProperty(window.navigator, 'credentials', { value: credentials, configurable: true });
  return credentials;
}

const createdCredential = () =>
  Promise.resolve({
    id: 'BwgJ',
    rawId: bytes(7, 8, 9),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: {
      clientDataJSON: bytes(1),
      attestationObject: bytes(2),
      getTransports: () => ['internal', 'hybrid'],
    },
    getClientExtensionResults: () => ({}),
  });

const signedAssertion = () =>
  Promise.resolve({
    id: 'BwgJ',
    rawId: bytes(7, 8, 9),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: {
      clientDataJSON: bytes(1),
      authenticatorData: bytes(3),
      signature: bytes(4),
      userHandle: bytes(5),
    },
    getClientExtensionResults: () => ({}),
  });

const cancelled = () =>
  Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));

const PHONE = {
  id: '0192f3a0-0000-7000-8000-0000000000a1',
  device: 'Chrome · Android',
  createdAt: '2026-11-20T01:00:00Z',
  lastUsedAt: '2026-11-23T10:15:00Z',
};
const NEW = {
  id: '0192f3a0-0000-7000-8000-0000000000a2',
  device: 'Chrome · Linux',
  createdAt: '2026-11-23T11:00:00Z',
  lastUsedAt: null,
};

const securityPage = (passkeys: Handler, more: Record<string, Handler> = {}) =>
  mockFetch({
    'GET /api/v1/me/security-events': () => ({ status: 200, body: { events: [] } }),
    'GET /api/v1/me/sessions': () => ({ status: 200, body: { sessions: [] } }),
    'GET /api/v1/me/passkeys': passkeys,
    ...more,
  });
const section = () => screen.getByRole('region', { name: 'Passkey' });
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body));

describe('passkeys on the security page', () => {
  useCleanSlate();
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'credentials');
  });

  it('lists the passkeys and adds one kept by this device', async () => {
    const phone = mockWebAuthn({ create: createdCredential });
    const fetchMock = securityPage(() => ({ status: 200, body: { passkeys: [PHONE] } }), {
      'POST /api/v1/me/passkeys/options': () => ({
        status: 200,
        body: {
          challenge: CHALLENGE,
          rp: { id: 'localhost', name: 'JMO' },
          user: { id: 'AQID', name: 'siti@demo.jmo.id', displayName: 'Siti Rahayu' },
          pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
          excludeCredentials: [{ id: 'CgsM', type: 'public-key', transports: ['internal'] }],
          authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
          attestation: 'none',
        },
      }),
      'POST /api/v1/me/passkeys': () => ({ status: 201, body: NEW }),
    });
    renderAt('/keamanan');
    const item = (await within(section()).findAllByRole('listitem'))[0]!;
    expect(item.textContent).toContain('Chrome · Android');
    expect(item.textContent).toContain('Ditambahkan20 Nov 2026 01.00');
    expect(item.textContent).toContain('Terakhir dipakai23 Nov 2026 10.15');

    fireEvent.click(within(section()).getByRole('button', { name: 'Tambah passkey di perangkat ini' }));
    await waitFor(() =>
      expect(within(section()).getByRole('status').textContent).toBe(
        'Passkey sudah ditambahkan. Lain kali Anda bisa masuk dengan passkey.',
      ),
    );
    // The phone got the challenge and the passkey it already holds as bytes.
    const { publicKey } = phone.create.mock.calls[0]![0];
    expect(bytesOf(publicKey!.challenge)).toEqual([1, 2, 3, 4]);
    expect(bytesOf(publicKey!.excludeCredentials![0]!.id)).toEqual([10, 11, 12]);
    const [, init] = fetchMock.mock.calls.find(
      ([url, i]) => String(url) === '/api/v1/me/passkeys' && i?.method === 'POST',
    )!;
    expect(bodyOf(init)).toMatchObject({
      id: 'BwgJ',
      rawId: 'BwgJ',
      type: 'public-key',
      response: { clientDataJSON: 'AQ', attestationObject: 'Ag', transports: ['internal', 'hybrid'] },
    });
    const names = within(section())
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.device__name')?.textContent);
    expect(names).toEqual(['Chrome · Linux', 'Chrome · Android']);
    expect(within(section()).getAllByRole('listitem')[0]!.textContent).toContain(
      'Terakhir dipakaiBelum pernah',
    );
  });

  it('says so when the member cancels on the phone, and saves nothing', async () => {
    mockWebAuthn({ create: cancelled });
    const fetchMock = securityPage(() => ({ status: 200, body: { passkeys: [] } }), {
      'POST /api/v1/me/passkeys/options': () => ({
        status: 200,
        body: {
          challenge: CHALLENGE,
          rp: { id: 'localhost', name: 'JMO' },
          user: { id: 'AQID', name: 'siti@demo.jmo.id', displayName: 'Siti Rahayu' },
          pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        },
      }),
    });
    renderAt('/keamanan');
    expect(await within(section()).findByText(/Belum ada passkey/)).toBeTruthy();
    fireEvent.click(within(section()).getByRole('button', { name: 'Tambah passkey di perangkat ini' }));
    expect((await within(section()).findByRole('alert')).textContent).toBe(
      'Passkey dibatalkan atau waktunya habis. Coba lagi bila Anda siap.',
    );
    const saved = fetchMock.mock.calls.filter(
      ([url, i]) => String(url) === '/api/v1/me/passkeys' && i?.method === 'POST',
    );
    expect(saved).toEqual([]);
  });

  it('removes a passkey and says which', async () => {
    mockWebAuthn({});
    const fetchMock = securityPage(() => ({ status: 200, body: { passkeys: [PHONE] } }), {
      [`DELETE /api/v1/me/passkeys/${PHONE.id}`]: () => ({ status: 204 }),
    });
    renderAt('/keamanan');
    const remove = await within(section()).findByRole('button', { name: 'Hapus' });
    expect(remove.getAttribute('aria-describedby')).toBe(
      `passkey-${PHONE.id}-name passkey-${PHONE.id}-added`,
    );
    fireEvent.click(remove);
    await waitFor(() =>
      expect(within(section()).getByRole('status').textContent).toBe(
        'Passkey Chrome · Android sudah dihapus dan tidak bisa dipakai untuk masuk lagi.',
      ),
    );
    expect(within(section()).queryByRole('listitem')).toBeNull();
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'DELETE')).toBe(true);
  });

  it('is not offered where the browser has no WebAuthn', async () => {
    const fetchMock = securityPage(() => ({ status: 200, body: { passkeys: [PHONE] } }));
    renderAt('/keamanan');
    await screen.findByText('Belum ada riwayat masuk.');
    expect(screen.queryByRole('region', { name: 'Passkey' })).toBeNull();
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/v1/me/passkeys')).toBe(false);
  });
});

describe('signing in with a passkey', () => {
  useCleanSlate();
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'credentials');
  });
  const options: Handler = () => ({
    status: 200,
    body: { challenge: CHALLENGE, rpId: 'localhost', userVerification: 'required' },
  });
  const passkeyButton = () => screen.getByRole('button', { name: 'Masuk dengan passkey' });

  it('signs in with the passkey the phone offers, then goes home', async () => {
    const phone = mockWebAuthn({ get: signedAssertion });
    const fetchMock = mockFetch({
      'POST /api/v1/auth/passkey/options': options,
      'POST /api/v1/auth/passkey': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
    });
    renderAt('/masuk');
    fireEvent.click(passkeyButton());
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(bytesOf(phone.get.mock.calls[0]![0].publicKey!.challenge)).toEqual([1, 2, 3, 4]);
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url) === '/api/v1/auth/passkey')!;
    expect(bodyOf(init)).toMatchObject({
      rawId: 'BwgJ',
      response: { clientDataJSON: 'AQ', authenticatorData: 'Aw', signature: 'BA', userHandle: 'BQ' },
    });
  });

  it("says the server's words for a passkey it does not know, and the phone's for a cancel", async () => {
    let phoneAnswer = signedAssertion;
    mockWebAuthn({ get: () => phoneAnswer() });
    mockFetch({
      'POST /api/v1/auth/passkey/options': options,
      'POST /api/v1/auth/passkey': () => problem(401, 'passkey_not_recognised'),
    });
    renderAt('/masuk');
    fireEvent.click(passkeyButton());
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('passkey_not_recognised', 'id'));
    phoneAnswer = cancelled;
    fireEvent.click(passkeyButton());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Passkey dibatalkan atau waktunya habis. Coba lagi bila Anda siap.',
      ),
    );
    expect(window.location.pathname).toBe('/masuk');
  });

  it('is not offered where the browser has no WebAuthn', () => {
    mockFetch({});
    renderAt('/masuk');
    expect(screen.getByRole('button', { name: 'Masuk' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Masuk dengan passkey' })).toBeNull();
  });
});
