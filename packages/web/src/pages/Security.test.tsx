import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS, type Handler, ME, mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

const EVENTS = {
  events: [
    { kind: 'login_succeeded', at: '2026-11-23T10:15:00Z', ip: '10.1.x.x', device: 'Chrome di Android' },
    { kind: 'account_unblocked', at: '2026-11-23T09:58:00Z', ip: '10.1.x.x', device: 'Chrome di Android' },
    { kind: 'account_blocked', at: '2026-11-23T09:40:00Z', ip: '203.0.x.x', device: null },
    { kind: 'login_slowed_down', at: '2026-11-23T09:39:00Z', ip: '203.0.x.x', device: null },
    { kind: 'login_failed', at: '2026-11-23T09:38:00Z', ip: null, device: null },
    { kind: 'new_device', at: '2026-08-01T01:05:00Z', ip: '10.2.x.x', device: 'Firefox di Linux' },
    { kind: 'registered', at: '2026-01-02T00:00:00Z', ip: '10.2.x.x', device: 'Firefox di Linux' },
    { kind: 'password_reset', at: '2026-01-01T08:00:00Z', ip: '10.2.x.x', device: null },
    { kind: 'password_changed_someday', at: '2025-12-31T23:59:00Z', ip: null, device: null },
  ],
};

const THIS = '0192f3a0-0000-7000-8000-000000000001';
const FIREFOX = '0192f3a0-0000-7000-8000-000000000002';
const UNKNOWN = '0192f3a0-0000-7000-8000-000000000003';
const SESSIONS = {
  sessions: [
    {
      id: THIS,
      current: true,
      device: 'Chrome di Android',
      ip: '10.1.x.x',
      createdAt: '2026-11-20T01:00:00Z',
      lastSeenAt: '2026-11-23T10:15:00Z',
    },
    {
      id: FIREFOX,
      current: false,
      device: 'Firefox di Linux',
      ip: '10.2.x.x',
      createdAt: '2026-08-01T01:05:00Z',
      lastSeenAt: '2026-11-22T20:30:00Z',
    },
    {
      id: UNKNOWN,
      current: false,
      device: null,
      ip: null,
      createdAt: '2026-11-01T00:00:00Z',
      lastSeenAt: '2026-11-02T08:00:00Z',
    },
  ],
};
const ONLY_THIS = { sessions: SESSIONS.sessions.slice(0, 1) };

const sessionsOk: Handler = () => ({ status: 200, body: SESSIONS });
const eventsOk: Handler = () => ({ status: 200, body: { events: [] } });
const devicesSection = (name = 'Perangkat Masuk') => screen.getByRole('region', { name });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

/** The names of the devices listed, as shown. */
function deviceNames(): string[] {
  return within(devicesSection())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.device__name')?.firstElementChild?.textContent ?? '');
}

/** The text an element is described by (aria-describedby, in order). */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('account security page', () => {
  useCleanSlate();

  it('lists the sign-in history, newest first, with readable labels, times, IP and device', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/security-events': () => ({ status: 200, body: EVENTS }),
      'GET /api/v1/me/sessions': sessionsOk,
    });
    renderAt('/keamanan');
    expect(screen.getByRole('heading', { level: 1, name: 'Keamanan Akun' })).toBeTruthy();
    expect(document.title).toBe('Keamanan Akun — JMO');
    expect(within(screen.getByRole('region', { name: 'Riwayat Masuk' })).getByText('Memuat…')).toBeTruthy();
    expect(within(devicesSection()).getByText('Memuat…')).toBeTruthy();

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
      'Kata sandi diatur ulang',
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
    mockFetch({ 'GET /api/v1/me/security-events': eventsOk, 'GET /api/v1/me/sessions': sessionsOk });
    renderAt('/keamanan');
    expect(await screen.findByText('Belum ada riwayat masuk.')).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Riwayat Masuk' });
    expect(within(history).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('speaks English after the switch', async () => {
    mockFetch({
      'GET /api/v1/me/security-events': () => ({ status: 200, body: EVENTS }),
      'GET /api/v1/me/sessions': sessionsOk,
    });
    renderAt('/keamanan');
    await screen.findByText('Berhasil masuk');
    await within(devicesSection()).findByText('Firefox di Linux');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Account security' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sign-in history' })).toBeTruthy();
    expect(screen.getByText('Signed in')).toBeTruthy();
    expect(screen.getByText('Account temporarily blocked')).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Sign-in history' });
    expect(within(history).getByText('23 Nov 2026 10:15')).toBeTruthy();
    expect(within(history).getByText('1 Aug 2026 01:05')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Signed-in devices' })).toBeTruthy();
    expect(within(devicesSection('Signed-in devices')).getByText('22 Nov 2026 20:30')).toBeTruthy();
    expect(screen.getByText('This device')).toBeTruthy();
    expect(screen.getByText('Unknown device')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Sign out device' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Sign out all other devices' })).toBeTruthy();
  });

  it('sends a signed-out visitor to the sign-in page and back here afterwards', async () => {
    mockFetch({
      'GET /api/v1/me/security-events': () => problem(401, 'unauthenticated'),
      'GET /api/v1/me/sessions': () => problem(401, 'unauthenticated'),
    });
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
      'GET /api/v1/me/sessions': sessionsOk,
    });
    renderAt('/keamanan');
    const history = screen.getByRole('region', { name: 'Riwayat Masuk' });
    expect((await within(history).findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    reply = 'up';
    fireEvent.click(within(history).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Belum ada riwayat masuk.')).toBeTruthy();
  });

  it('is reached from the home screen', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
    });
    renderAt('/');
    const link = await screen.findByRole('link', { name: 'Keamanan Akun' });
    expect(link.getAttribute('href')).toBe('/keamanan');
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Keamanan Akun' })).toBeTruthy();
    expect(window.location.pathname).toBe('/keamanan');
  });
});

describe('signed-in devices on the security page', () => {
  useCleanSlate();

  it('lists the devices above the history: name, this device, last active, IP', async () => {
    mockFetch({ 'GET /api/v1/me/security-events': eventsOk, 'GET /api/v1/me/sessions': sessionsOk });
    renderAt('/keamanan');
    const section = devicesSection();
    expect(within(section).getByRole('heading', { level: 2, name: 'Perangkat Masuk' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Perangkat Masuk',
      'Ubah Kata Sandi',
      'Data Kontak',
      'Siapa yang melihat data saya',
      'Kunci pencairan',
      'Riwayat Masuk',
    ]);

    const items = await within(section).findAllByRole('listitem');
    expect(deviceNames()).toEqual(['Chrome di Android', 'Firefox di Linux', 'Perangkat tidak dikenal']);
    const [current, firefox, unknown] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(current).getByText('Perangkat ini')).toBeTruthy();
    expect(within(firefox).queryByText('Perangkat ini')).toBeNull();
    expect(current.textContent).toContain('Terakhir aktif23 Nov 2026 10.15');
    expect(current.textContent).toContain('IP10.1.x.x');
    const seen = within(firefox).getByText('22 Nov 2026 20.30');
    expect(seen.tagName).toBe('TIME');
    expect(seen.getAttribute('datetime')).toBe('2026-11-22T20:30:00Z');
    expect(unknown.textContent).not.toContain('IP');

    // This device cannot be signed out from here (the header's "Keluar" does that); the others can.
    expect(within(current).queryByRole('button')).toBeNull();
    const signOuts = within(section).getAllByRole('button', { name: 'Keluarkan' });
    expect(signOuts).toHaveLength(2);
    expect(descriptionOf(signOuts[0]!)).toBe('Firefox di Linux 22 Nov 2026 20.30');
    expect(descriptionOf(signOuts[1]!)).toBe('Perangkat tidak dikenal 2 Nov 2026 08.00');
    expect(within(section).getByRole('button', { name: 'Keluarkan semua perangkat lain' })).toBeTruthy();
  });

  it('signs one device out, removes it and says so', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
      [`DELETE /api/v1/me/sessions/${FIREFOX}`]: () => ({ status: 204 }),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    await within(section).findByText('Firefox di Linux');
    fireEvent.click(within(section).getAllByRole('button', { name: 'Keluarkan' })[0]!);

    const status = within(section).getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe('Firefox di Linux sudah dikeluarkan dari akun Anda.'),
    );
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'DELETE')!;
    expect(String(url)).toBe(`/api/v1/me/sessions/${FIREFOX}`);
    expect(init?.credentials).toBe('same-origin');
    expect(deviceNames()).toEqual(['Chrome di Android', 'Perangkat tidak dikenal']);
    // The pressed button is gone: focus stays in the section, at its heading.
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'Perangkat Masuk' }));
    expect(within(section).getAllByRole('button', { name: 'Keluarkan' })).toHaveLength(1);
  });

  it('signs all other devices out, leaving only this one', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
      'POST /api/v1/me/sessions/sign-out-others': () => ({ status: 204 }),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    await within(section).findByText('Firefox di Linux');
    fireEvent.click(button('Keluarkan semua perangkat lain'));

    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toBe(
        'Semua perangkat lain sudah dikeluarkan dari akun Anda.',
      ),
    );
    expect(
      fetchMock.mock.calls.some(([u, i]) => String(u).endsWith('/sign-out-others') && i?.method === 'POST'),
    ).toBe(true);
    expect(deviceNames()).toEqual(['Chrome di Android']);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).getByText('Hanya perangkat ini yang sedang masuk ke akun Anda.')).toBeTruthy();
  });

  it('offers nothing to sign out when only this device is signed in', async () => {
    mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': () => ({ status: 200, body: ONLY_THIS }),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    expect(
      await within(section).findByText('Hanya perangkat ini yang sedang masuk ke akun Anda.'),
    ).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('treats a device that had already gone as signed out', async () => {
    mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
      [`DELETE /api/v1/me/sessions/${UNKNOWN}`]: () => problem(404, 'session_not_found'),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    await within(section).findByText('Perangkat tidak dikenal');
    fireEvent.click(within(section).getAllByRole('button', { name: 'Keluarkan' })[1]!);
    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toBe(
        'Perangkat tidak dikenal sudah dikeluarkan dari akun Anda.',
      ),
    );
    expect(deviceNames()).toEqual(['Chrome di Android', 'Firefox di Linux']);
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('keeps the device and says why when signing it out fails', async () => {
    let reply: 'error' | 'network' = 'error';
    mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
      [`DELETE /api/v1/me/sessions/${FIREFOX}`]: () =>
        reply === 'error' ? problem(500, 'internal_error') : 'network-error',
      'POST /api/v1/me/sessions/sign-out-others': () => problem(503, 'service_unavailable'),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    await within(section).findByText('Firefox di Linux');
    fireEvent.click(within(section).getAllByRole('button', { name: 'Keluarkan' })[0]!);
    expect((await within(section).findByRole('alert')).textContent).toBe(
      errorMessage('internal_error', 'id'),
    );
    expect(deviceNames()).toHaveLength(3);
    expect(within(section).getByRole('status').textContent).toBe('');

    reply = 'network';
    fireEvent.click(within(section).getAllByRole('button', { name: 'Keluarkan' })[0]!);
    await waitFor(() =>
      expect(within(section).getByRole('alert').textContent).toMatch(/Tidak dapat terhubung/),
    );

    fireEvent.click(button('Keluarkan semua perangkat lain'));
    await waitFor(() =>
      expect(within(section).getByRole('alert').textContent).toBe(errorMessage('service_unavailable', 'id')),
    );
    expect(deviceNames()).toHaveLength(3);
  });

  it('goes to the sign-in page when the session ended meanwhile', async () => {
    mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': sessionsOk,
      [`DELETE /api/v1/me/sessions/${FIREFOX}`]: () => problem(401, 'unauthenticated'),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    await within(section).findByText('Firefox di Linux');
    fireEvent.click(within(section).getAllByRole('button', { name: 'Keluarkan' })[0]!);
    await waitFor(() => expect(window.location.pathname).toBe('/masuk'));
    expect(window.location.search).toBe('?lanjut=%2Fkeamanan');
  });

  it('offers to try again when the devices cannot be loaded', async () => {
    let reply: 'down' | 'up' = 'down';
    mockFetch({
      'GET /api/v1/me/security-events': eventsOk,
      'GET /api/v1/me/sessions': () => (reply === 'down' ? 'network-error' : { status: 200, body: SESSIONS }),
    });
    renderAt('/keamanan');
    const section = devicesSection();
    expect((await within(section).findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    reply = 'up';
    fireEvent.click(within(section).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(section).findByText('Firefox di Linux')).toBeTruthy();
  });
});
