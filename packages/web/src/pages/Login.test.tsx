import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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
