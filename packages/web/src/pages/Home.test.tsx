import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS, ME, mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

describe('home page', () => {
  useCleanSlate();

  it('greets the member and lists the cards with balances in rupiah', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
    });
    renderAt('/');
    expect(screen.getByText('Memuat…')).toBeTruthy();

    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
    const total = screen.getByRole('region', { name: 'Total Saldo JHT' });
    expect(within(total).getByText('Rp1.234.567')).toBeTruthy();
    expect(within(total).getByText('per 23 Nov 2026')).toBeTruthy();

    const first = screen.getByRole('link', { name: /23012345678/ });
    expect(first.getAttribute('href')).toBe('/kartu/23012345678');
    expect(first.textContent).toContain('Penerima Upah');
    expect(first.textContent).toContain('PT Sinar Maju Bersama');
    expect(first.textContent).toContain('Aktif');
    expect(first.textContent).toContain('Rp1.000.000');
    expect(first.textContent).toContain('Pembayaran terakhir: 15 Okt 2026');
    // Shown in readable groups; the link's accessible name carries the plain number.
    expect(within(first).getByText('230 1234 5678').getAttribute('aria-hidden')).toBe('true');

    const second = screen.getByRole('link', { name: /19087654321/ });
    expect(second.textContent).toContain('Bukan Penerima Upah');
    expect(second.textContent).toContain('Nonaktif');
    expect(second.textContent).toContain('Rp234.567');
    expect(second.textContent).toContain('Belum ada pembayaran');

    for (const [, init] of fetchMock.mock.calls) expect(init?.credentials).toBe('same-origin');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
  });

  it('explains what to expect when no card is linked yet (a new registration)', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({
        status: 200,
        body: { asOf: '2026-11-23', totalJhtBalance: '0', cards: [] },
      }),
    });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Kartu Peserta' });
    expect(within(section).getByText('Belum ada kartu peserta yang terhubung ke akun Anda.')).toBeTruthy();
    expect(section.textContent).toMatch(/pemberi kerja/);
    // No total of nothing.
    expect(screen.queryByRole('region', { name: 'Total Saldo JHT' })).toBeNull();
    expect(screen.queryAllByRole('link', { name: /\d{11}/ })).toHaveLength(0);
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    mockFetch({
      'GET /api/v1/me': () => problem(401, 'unauthenticated'),
      'GET /api/v1/me/cards': () => problem(401, 'unauthenticated'),
    });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
    expect(window.location.pathname).toBe('/masuk');
  });

  it('offers a retry when the network fails, and recovers', async () => {
    let online = false;
    mockFetch({
      'GET /api/v1/me': () => (online ? { status: 200, body: ME } : 'network-error'),
      'GET /api/v1/me/cards': () => (online ? { status: 200, body: CARDS } : 'network-error'),
    });
    renderAt('/');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Periksa koneksi internet/);
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
  });

  it('signs out and returns to the sign-in page', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    renderAt('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Keluar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/v1/auth/logout')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Keluar' })).toBeNull();
  });

  it('opens a card when its link is followed', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/23012345678/statement': () => problem(503, 'service_unavailable'),
    });
    renderAt('/');
    fireEvent.click(await screen.findByRole('link', { name: /23012345678/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Riwayat Saldo/ })).toBeTruthy();
    await waitFor(() => expect(window.location.pathname).toBe('/kartu/23012345678'));
  });
});
