import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS, mockFetch, problem, renderAt, statement, useCleanSlate } from '../test/helpers.tsx';

describe('card history page', () => {
  useCleanSlate();

  it('shows the card, the yearly summary and a stacked list of months', async () => {
    mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/23012345678/statement': (url) => ({
        status: 200,
        body: statement(Number(url.searchParams.get('year') ?? 2024)),
      }),
    });
    renderAt('/kartu/23012345678');
    expect(screen.getByRole('heading', { level: 1, name: /Riwayat Saldo/ })).toBeTruthy();

    const summary = await screen.findByRole('region', { name: 'Ringkasan 2024' });
    expect(within(summary).getByText('Rp812.345')).toBeTruthy();
    expect(screen.getByText('Penerima Upah')).toBeTruthy();

    const months = screen.getByRole('region', { name: 'Rincian per Bulan' });
    const items = within(months).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const january = items[0]!;
    expect(within(january).getByRole('heading', { level: 3, name: 'Januari 2024' })).toBeTruthy();
    const row = (label: string) => within(january).getByText(label).nextElementSibling?.textContent;
    expect(row('Saldo Awal')).toBe('Rp500.000');
    expect(row('Iuran')).toBe('Rp150.000');
    expect(row('Hasil Pengembangan')).toBe('Rp2.500');
    expect(row('Saldo Akhir')).toBe('Rp652.500');
    expect(row('Upah Dilaporkan')).toBe('Rp5.000.000');
    expect(row('Tanggal Bayar Terakhir')).toBe('14 Feb 2024');
    const february = items[1]!;
    expect(within(february).getByRole('heading', { name: 'Februari 2024' })).toBeTruthy();
    expect(within(february).getByText('Upah Dilaporkan').nextElementSibling?.textContent).toContain(
      'Tidak ada',
    );
  });

  it('loads another year from the picker', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/23012345678/statement': (url) => ({
        status: 200,
        body: statement(Number(url.searchParams.get('year') ?? 2026)),
      }),
    });
    renderAt('/kartu/23012345678');
    const picker = (await screen.findByLabelText('Tahun')) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['2026', '2025', '2024']);
    expect(picker.value).toBe('2026');

    fireEvent.change(picker, { target: { value: '2025' } });
    expect(await screen.findByRole('heading', { level: 3, name: 'Januari 2025' })).toBeTruthy();
    expect(window.location.search).toBe('?tahun=2025');
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toContain('/api/v1/me/cards/23012345678/statement?year=2025');
    // The card list was fetched once; the year change asked only for the statement.
    expect(urls.filter((u) => u === '/api/v1/me/cards')).toHaveLength(1);
  });

  it('says so when the card is not in the account', async () => {
    mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/99999999999/statement': () => problem(404, 'card_not_found'),
    });
    renderAt('/kartu/99999999999');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Kartu peserta (KPJ) tidak ditemukan di akun Anda.',
    );
    expect(screen.getByRole('link', { name: /Kembali ke Beranda/ })).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in and back here', async () => {
    mockFetch({
      'GET /api/v1/me/cards': () => problem(401, 'unauthenticated'),
      'GET /api/v1/me/cards/23012345678/statement': () => problem(401, 'unauthenticated'),
    });
    renderAt('/kartu/23012345678?tahun=2025');
    await waitFor(() => expect(window.location.pathname).toBe('/masuk'));
    expect(new URLSearchParams(window.location.search).get('lanjut')).toBe('/kartu/23012345678?tahun=2025');
  });

  it('offers a retry when the statement cannot be loaded', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/23012345678/statement': () =>
        fail ? 'network-error' : { status: 200, body: statement(2024) },
    });
    renderAt('/kartu/23012345678');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: 'Januari 2024' })).toBeTruthy();
  });
});
