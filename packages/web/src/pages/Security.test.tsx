import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS, ME, mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

const EVENTS = {
  events: [
    { kind: 'login_succeeded', at: '2026-11-23T10:15:00Z', ip: '10.1.x.x', device: 'Chrome di Android' },
    { kind: 'account_unblocked', at: '2026-11-23T09:58:00Z', ip: '10.1.x.x', device: 'Chrome di Android' },
    { kind: 'account_blocked', at: '2026-11-23T09:40:00Z', ip: '203.0.x.x', device: null },
    { kind: 'login_slowed_down', at: '2026-11-23T09:39:00Z', ip: '203.0.x.x', device: null },
    { kind: 'login_failed', at: '2026-11-23T09:38:00Z', ip: null, device: null },
    { kind: 'new_device', at: '2026-08-01T01:05:00Z', ip: '10.2.x.x', device: 'Firefox di Linux' },
    { kind: 'registered', at: '2026-01-02T00:00:00Z', ip: '10.2.x.x', device: 'Firefox di Linux' },
    { kind: 'password_changed_someday', at: '2025-12-31T23:59:00Z', ip: null, device: null },
  ],
};

describe('account security page', () => {
  useCleanSlate();

  it('lists the sign-in history, newest first, with readable labels, times, IP and device', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/me/security-events': () => ({ status: 200, body: EVENTS }) });
    renderAt('/keamanan');
    expect(screen.getByRole('heading', { level: 1, name: 'Keamanan Akun' })).toBeTruthy();
    expect(document.title).toBe('Keamanan Akun — JMO');
    expect(screen.getByText('Memuat…')).toBeTruthy();

    const section = screen.getByRole('region', { name: 'Riwayat Masuk' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Riwayat Masuk' })).toBeTruthy();
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.event__kind')?.textContent)).toEqual([
      'Berhasil masuk',
      'Blokir akun dibuka',
      'Akun diblokir sementara',
      'Percobaan masuk diperlambat',
      'Percobaan masuk gagal',
      'Masuk dari perangkat baru',
      'Akun dibuat',
      'Aktivitas akun',
    ]);
    // Tests run in UTC; a phone shows its own time zone.
    const first = items[0]!;
    const time = within(first).getByText('23 Nov 2026 10.15');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2026-11-23T10:15:00Z');
    expect(first.textContent).toContain('IP10.1.x.x');
    expect(within(first).getByText('Perangkat')).toBeTruthy();
    expect(within(first).getByText('Chrome di Android')).toBeTruthy();
    expect(items[5]!.textContent).toContain('1 Agu 2026 01.05');
    // Missing IP and device are left out, not shown as blanks.
    expect(items[4]!.querySelector('dl')).toBeNull();
    expect(items[2]!.textContent).not.toContain('Perangkat');
    // Things worth a second look are marked (and named in words).
    expect(items[2]!.classList.contains('event--notable')).toBe(true);
    expect(items[0]!.classList.contains('event--notable')).toBe(false);

    expect(screen.getByRole('link', { name: 'Kembali ke Beranda' }).getAttribute('href')).toBe('/');
    expect(fetchMock.mock.calls[0]![1]?.credentials).toBe('same-origin');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
  });

  it('says so when there is no history yet', async () => {
    mockFetch({ 'GET /api/v1/me/security-events': () => ({ status: 200, body: { events: [] } }) });
    renderAt('/keamanan');
    expect(await screen.findByText('Belum ada riwayat masuk.')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('speaks English after the switch', async () => {
    mockFetch({ 'GET /api/v1/me/security-events': () => ({ status: 200, body: EVENTS }) });
    renderAt('/keamanan');
    await screen.findByText('Berhasil masuk');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Account security' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sign-in history' })).toBeTruthy();
    expect(screen.getByText('Signed in')).toBeTruthy();
    expect(screen.getByText('Account temporarily blocked')).toBeTruthy();
    expect(screen.getByText('23 Nov 2026 10:15')).toBeTruthy();
    expect(screen.getByText('1 Aug 2026 01:05')).toBeTruthy();
  });

  it('sends a signed-out visitor to the sign-in page and back here afterwards', async () => {
    mockFetch({ 'GET /api/v1/me/security-events': () => problem(401, 'unauthenticated') });
    renderAt('/keamanan');
    await waitFor(() => expect(window.location.pathname).toBe('/masuk'));
    expect(window.location.search).toBe('?lanjut=%2Fkeamanan');
    expect(screen.getByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
  });

  it('offers to try again when the history cannot be loaded', async () => {
    let reply: 'down' | 'up' = 'down';
    mockFetch({
      'GET /api/v1/me/security-events': () =>
        reply === 'down' ? 'network-error' : { status: 200, body: { events: [] } },
    });
    renderAt('/keamanan');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    reply = 'up';
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Belum ada riwayat masuk.')).toBeTruthy();
  });

  it('is reached from the home screen', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/security-events': () => ({ status: 200, body: { events: [] } }),
    });
    renderAt('/');
    const link = await screen.findByRole('link', { name: 'Keamanan Akun' });
    expect(link.getAttribute('href')).toBe('/keamanan');
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Keamanan Akun' })).toBeTruthy();
    expect(window.location.pathname).toBe('/keamanan');
  });
});
