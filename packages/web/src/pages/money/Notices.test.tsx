import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const NOTICES = {
  unread: 2,
  notifications: [
    {
      id: '0190a000-0000-7000-8000-000000000001',
      kind: 'employer_unpaid',
      detail: { kpj: '230****5678', period: '2026-08', employer: 'PT Sinar Jaya Abadi', dueOn: '2026-09-15' },
      createdAt: '2026-09-16T03:00:00.000Z',
      read: true,
    },
    {
      id: '0190a000-0000-7000-8000-000000000003',
      kind: 'wage_dropped',
      detail: { kpj: '230****5678', period: '2026-11', wage: 'Rp4.000.000', previous: 'Rp7.250.000' },
      createdAt: '2026-11-20T03:00:00.000Z',
      read: false,
    },
    {
      id: '0190a000-0000-7000-8000-000000000002',
      kind: 'employer_unpaid',
      detail: { kpj: '230****5678', period: '2026-10', employer: 'PT Sinar Jaya Abadi', dueOn: '2026-11-16' },
      createdAt: '2026-11-18T03:00:00.000Z',
      read: false,
    },
  ],
};

describe('notices page', () => {
  useCleanSlate();

  it('lists the notices newest first in words, marks the unread, and marks them read on the server', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/notifications': () => ({ status: 200, body: NOTICES }),
      'POST /api/v1/me/notifications/read': () => ({ status: 204 }),
    });
    renderAt('/notifikasi');
    expect(screen.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeTruthy();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual([
      'wage_dropped',
      'employer_unpaid',
      'employer_unpaid',
    ]);
    const [drop, unpaid, older] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(drop).getByRole('heading', { level: 2 }).textContent).toBe(
      'Upah yang dilaporkan turunBaru',
    );
    expect(drop.textContent).toContain(
      'mulai November 2026: Rp4.000.000, turun dari Rp7.250.000 (kartu 230****5678)',
    );
    expect(drop.textContent).toMatch(/HRD atau ajukan pengaduan/);
    expect(unpaid.textContent).toContain('Iuran Oktober 2026 belum dibayar');
    expect(unpaid.textContent).toContain('PT Sinar Jaya Abadi');
    expect(unpaid.textContent).toContain('jatuh tempo 16 Nov 2026');
    expect(within(older).queryByText('Baru')).toBeNull();
    expect(older.textContent).toContain('Iuran Agustus 2026 belum dibayar');
    expect(screen.getByText('2 belum dibaca')).toBeTruthy();
    await waitFor(() => expect(fetchMock.mock.calls.map(([, init]) => init?.method)).toContain('POST'));
  });

  it('does not mark anything when all are read, and speaks English on request', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/notifications': () => ({
        status: 200,
        body: { unread: 0, notifications: NOTICES.notifications.map((n) => ({ ...n, read: true })) },
      }),
    });
    setLang('en');
    renderAt('/notifikasi');
    expect(await screen.findByText('Your reported wage went down')).toBeTruthy();
    expect(screen.getByText(/Contribution for October 2026 not paid/)).toBeTruthy();
    expect(screen.queryByText('New')).toBeNull();
    expect(fetchMock.mock.calls.every(([, init]) => (init?.method ?? 'GET') === 'GET')).toBe(true);
  });

  it('says when there is nothing yet', async () => {
    mockFetch({
      'GET /api/v1/me/notifications': () => ({ status: 200, body: { unread: 0, notifications: [] } }),
    });
    renderAt('/notifikasi');
    expect(await screen.findByText('Belum ada notifikasi.')).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in and back here', async () => {
    mockFetch({ 'GET /api/v1/me/notifications': () => problem(401, 'unauthenticated') });
    renderAt('/notifikasi');
    await waitFor(() => expect(window.location.pathname).toBe('/masuk'));
    expect(new URLSearchParams(window.location.search).get('lanjut')).toBe('/notifikasi');
  });
});
