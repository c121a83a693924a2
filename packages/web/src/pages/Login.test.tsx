import { errorMessage } from '@jmo/core/contracts/errors';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARDS, headersOf, ME, mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

function fillAndSubmit(identifier: string, password: string) {
  fireEvent.input(screen.getByLabelText('Email atau Nomor HP'), { target: { value: identifier } });
  fireEvent.input(screen.getByLabelText('Kata Sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('login page', () => {
  useCleanSlate();

  it('shows the message for the problem code, in Indonesian, as an alert', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/auth/login': () => problem(401, 'invalid_credentials') });
    renderAt('/masuk');
    expect(screen.getByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();

    fillAndSubmit(' siti@demo.jmo.id ', 'salah-sekali');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessage('invalid_credentials', 'id'));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('/api/v1/auth/login');
    expect(init?.credentials).toBe('same-origin');
    expect(headersOf(init)['Accept-Language']).toBe('id');
    expect(JSON.parse(String(init?.body))).toEqual({
      identifier: 'siti@demo.jmo.id',
      password: 'salah-sekali',
    });
    expect(window.location.pathname).toBe('/masuk');
  });

  it('shows the problem message in English after switching language', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/auth/login': () => problem(429, 'too_many_requests') });
    renderAt('/masuk');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));

    fireEvent.input(screen.getByLabelText('E-mail or mobile number'), { target: { value: '081234567890' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'whatever' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('too_many_requests', 'en'));
    expect(headersOf(fetchMock.mock.calls[0]![1])['Accept-Language']).toBe('en');
  });

  it('falls back to a general message for an unknown code and explains a network failure', async () => {
    let reply: 'unknown' | 'network' = 'unknown';
    mockFetch({
      'POST /api/v1/auth/login': () =>
        reply === 'unknown' ? problem(500, 'brand_new_code') : 'network-error',
    });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'x');
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('internal_error', 'id'));

    reply = 'network';
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Tidak dapat terhubung/));
  });

  it('asks for missing fields without calling the server', () => {
    const fetchMock = mockFetch({});
    renderAt('/masuk');
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(screen.getByText('Isi email atau nomor HP Anda.')).toBeTruthy();
    expect(screen.getByText('Isi kata sandi Anda.')).toBeTruthy();
    expect(screen.getByLabelText('Email atau Nomor HP').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('identifier');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows and hides the password', () => {
    mockFetch({});
    renderAt('/masuk');
    const password = screen.getByLabelText('Kata Sandi') as HTMLInputElement;
    expect(password.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect((screen.getByLabelText('Kata Sandi') as HTMLInputElement).type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Sembunyikan' }));
    expect((screen.getByLabelText('Kata Sandi') as HTMLInputElement).type).toBe('password');
  });

  it('is busy while signing in, then goes home', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    mockFetch({
      'POST /api/v1/auth/login': async () => {
        await gate;
        return { status: 200, body: ME };
      },
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
    });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'benar');

    const busy = await screen.findByRole('button', { name: 'Sedang masuk…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });

  it('returns to the page that asked for a sign-in, but never to another site', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
    });
    renderAt('/masuk?lanjut=%2F%2Fevil.example');
    fillAndSubmit('siti@demo.jmo.id', 'benar');
    await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' });
    expect(window.location.pathname).toBe('/');
  });
});

describe('login page: throttled and blocked accounts', () => {
  useCleanSlate();
  afterEach(() => {
    vi.useRealTimers();
  });

  const NOW = Date.parse('2026-11-23T03:00:00Z');
  const submitButton = () => screen.getByRole('button', { name: 'Masuk' }) as HTMLButtonElement;
  /** What the alert shows (the ticking text; screen readers get the first value once). */
  const shown = (alert: HTMLElement) => alert.querySelector('[aria-hidden="true"]')?.textContent;
  const spoken = (alert: HTMLElement) => alert.querySelector('.sr-only')?.textContent;

  async function flush(ms = 0) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  }

  it('counts down a slowed-down account and keeps the button disabled until then', async () => {
    vi.useFakeTimers({ now: NOW });
    const fetchMock = mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, 'login_slowed_down', { retryAt: new Date(NOW + 30_000).toISOString() }),
    });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'salah-lagi');
    await flush();

    const alert = screen.getByRole('alert');
    expect(shown(alert)).toBe('Terlalu banyak percobaan salah. Coba lagi dalam 30 detik.');
    expect(spoken(alert)).toBe('Terlalu banyak percobaan salah. Coba lagi dalam 30 detik.');
    expect(submitButton().disabled).toBe(true);

    await flush(1_000);
    expect(shown(screen.getByRole('alert'))).toBe(
      'Terlalu banyak percobaan salah. Coba lagi dalam 29 detik.',
    );
    // Said once, not every second.
    expect(spoken(screen.getByRole('alert'))).toBe(
      'Terlalu banyak percobaan salah. Coba lagi dalam 30 detik.',
    );
    fireEvent.submit(submitButton().form!);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await flush(28_000);
    expect(shown(screen.getByRole('alert'))).toBe('Terlalu banyak percobaan salah. Coba lagi dalam 1 detik.');
    expect(submitButton().disabled).toBe(true);

    await flush(1_000);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(submitButton().disabled).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Silakan coba masuk lagi.');
    fireEvent.click(submitButton());
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says longer waits in minutes and seconds, and lets another account try', async () => {
    vi.useFakeTimers({ now: NOW });
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, 'login_slowed_down', { retryAt: new Date(NOW + 90_000).toISOString() }),
    });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'salah-lagi');
    await flush();
    expect(shown(screen.getByRole('alert'))).toBe(
      'Terlalu banyak percobaan salah. Coba lagi dalam 1 menit 30 detik.',
    );
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(shown(screen.getByRole('alert'))).toBe(
      'Too many wrong attempts. Try again in 1 minute 30 seconds.',
    );
    fireEvent.click(screen.getByRole('button', { name: /Bahasa Indonesia/ }));

    // The wait belongs to the account that was tried.
    fireEvent.input(screen.getByLabelText('Email atau Nomor HP'), { target: { value: '081234567890' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(submitButton().disabled).toBe(false);
    fireEvent.input(screen.getByLabelText('Email atau Nomor HP'), { target: { value: 'siti@demo.jmo.id' } });
    expect(submitButton().disabled).toBe(true);
  });

  it('explains a temporary block until when, and links to unblocking that account', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => problem(423, 'account_blocked', { retryAt: '2026-11-23T03:15:00Z' }),
    });
    renderAt('/masuk');
    fillAndSubmit(' siti@demo.jmo.id ', 'salah-terus');

    const alert = await screen.findByRole('alert');
    // The tests run in UTC; a phone shows its own time zone.
    expect(alert.textContent).toContain(
      'Akun diblokir sementara sampai pukul 03.15 (23 Nov 2026) karena terlalu banyak percobaan masuk yang salah.',
    );
    const link = within(alert).getByRole('link', { name: 'Buka blokir sekarang' });
    expect(link.getAttribute('href')).toBe('/buka-blokir?akun=siti%40demo.jmo.id');

    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('alert').textContent).toContain(
      'The account is temporarily blocked until 03:15 (23 Nov 2026)',
    );
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Unblock now' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Bahasa Indonesia/ }));

    fireEvent.click(screen.getByRole('link', { name: 'Buka blokir sekarang' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Buka Blokir Akun' })).toBeTruthy();
    expect((screen.getByLabelText('Email atau Nomor HP') as HTMLInputElement).value).toBe('siti@demo.jmo.id');
  });

  it('still offers unblocking when the server does not say until when', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => problem(423, 'account_blocked') });
    renderAt('/masuk');
    fillAndSubmit('081234567890', 'salah-terus');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Akun diblokir sementara karena terlalu banyak percobaan');
    expect(within(alert).getByRole('link', { name: 'Buka blokir sekarang' }).getAttribute('href')).toBe(
      '/buka-blokir?akun=081234567890',
    );
  });

  it('moves the wait onto the phone clock when it is set wrong', async () => {
    vi.useFakeTimers({ now: NOW });
    mockFetch({
      'POST /api/v1/auth/login': () => ({
        ...(problem(429, 'login_slowed_down', {
          retryAt: new Date(NOW - 600_000 + 20_000).toISOString(),
        }) as {
          status: number;
          body: unknown;
        }),
        // The server's clock is ten minutes behind this phone's.
        headers: { Date: new Date(NOW - 600_000).toUTCString() },
      }),
    });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'salah-lagi');
    await flush();
    expect(shown(screen.getByRole('alert'))).toBe(
      'Terlalu banyak percobaan salah. Coba lagi dalam 20 detik.',
    );
  });

  it("says core's words when the server gives no time to wait for", async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => problem(429, 'login_slowed_down') });
    renderAt('/masuk');
    fillAndSubmit('siti@demo.jmo.id', 'salah-lagi');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessage('login_slowed_down', 'id'));
    // Nothing to wait for: the button stays usable.
    expect(submitButton().disabled).toBe(false);
  });
});
