import type { StatementResponse } from '@jmo/core/contracts/cards';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { CARDS, ME, mockFetch, problem, renderAt, statement, useCleanSlate } from '../../test/helpers.tsx';

/** A statement whose February carries a merge transfer and a lower reported wage. */
function explained(year: number) {
  const s: StatementResponse = statement(year);
  s.months[1] = {
    ...s.months[1]!,
    other: '234567',
    reportedWage: '4000000',
    wageChange: 'down',
    explanation: {
      id: ['Upah dilaporkan Rp4.000.000, turun dari Rp5.000.000.', 'Pindahan saldo Rp234.567.'],
      en: ['Reported wage Rp4.000.000, down from Rp5.000.000.', 'Transferred Rp234.567.'],
    },
  };
  return s;
}

const routes = (extra = {}) => ({
  'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
  'GET /api/v1/me/cards/23012345678/statement': () => ({ status: 200, body: explained(2024) }),
  ...extra,
});

describe('card history explained', () => {
  useCleanSlate();

  it('draws the closings as a chart with a table for screen readers, and states the year’s rate', async () => {
    mockFetch(routes());
    renderAt('/kartu/23012345678');
    const chart = await screen.findByRole('figure', { name: 'Saldo JHT sepanjang 2024' });
    const svg = within(chart).getByTestId('balance-chart');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
    const table = within(chart).getByRole('table', { name: 'Saldo akhir per bulan' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'BulanSaldo Akhir',
      'Januari 2024Rp652.500',
      'Februari 2024Rp812.345',
    ]);
    const summary = screen.getByRole('region', { name: 'Ringkasan 2024' });
    expect(summary.textContent).toContain('Tingkat hasil pengembangan 2024: 5,5% setahun');
    expect(within(summary).getByText('ilustratif')).toBeTruthy();
    expect(summary.textContent).toContain('Sumber: Contoh JMO');
  });

  it('shows the transfer column, flags a wage drop with what to do, and explains a month on request', async () => {
    mockFetch(routes());
    renderAt('/kartu/23012345678');
    const february = (await screen.findByRole('heading', { level: 3, name: 'Februari 2024' })).closest('li')!;
    const january = screen.getByRole('heading', { level: 3, name: 'Januari 2024' }).closest('li')!;
    // The transfer row only where money moved between cards.
    expect(within(february).getByText('Pindahan saldo (gabung kartu)').nextElementSibling?.textContent).toBe(
      'Rp234.567',
    );
    expect(within(january).queryByText('Pindahan saldo (gabung kartu)')).toBeNull();
    // The drop is said, with the way out.
    const note = within(february).getByRole('note');
    expect(note.textContent).toContain('Upah yang dilaporkan turun');
    expect(note.textContent).toMatch(/HRD/);
    expect(note.textContent).toMatch(/pengaduan/);
    expect(within(january).queryByRole('note')).toBeNull();
    // The words are collapsed until "Lihat rincian".
    const details = february.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(within(february).getByText('Lihat rincian'));
    await waitFor(() => expect(details.open).toBe(true));
    expect(details.textContent).toContain('Upah dilaporkan Rp4.000.000, turun dari Rp5.000.000.');
  });

  it('explains the months in English when the member reads English', async () => {
    mockFetch(routes());
    setLang('en');
    renderAt('/kartu/23012345678');
    const february = (await screen.findByRole('heading', { level: 3, name: 'February 2024' })).closest('li')!;
    expect(february.querySelector('details')!.textContent).toContain('Transferred Rp234.567.');
    expect(within(february).getByRole('note').textContent).toContain('The reported wage went down');
    expect(screen.getByText('illustrative')).toBeTruthy();
  });

  it('offers no merge on an active card', async () => {
    mockFetch(routes());
    renderAt('/kartu/23012345678');
    await screen.findByRole('heading', { level: 3, name: 'Januari 2024' });
    expect(screen.queryByRole('region', { name: 'Pindahkan saldo ke kartu lain' })).toBeNull();
  });
});

describe('moving a non-active card’s balance (penggabungan saldo)', () => {
  useCleanSlate();

  const nonactive = '19087654321';
  const merged = {
    fromKpj: nonactive,
    intoKpj: '23012345678',
    jhtMoved: '234567',
    jpMoved: '0',
    replayed: false,
  };

  it('says exactly what moves, sends one idempotency key and reuses it on a retry, then shows the result', async () => {
    let attempts = 0;
    const bodies: { fromKpj: string; intoKpj: string; idempotencyKey: string }[] = [];
    mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      [`GET /api/v1/me/cards/${nonactive}/statement`]: () => ({
        status: 200,
        body: { ...statement(2024), kpj: nonactive },
      }),
      'POST /api/v1/me/cards/merge': (_url, init) => {
        bodies.push(JSON.parse(String(init.body)));
        attempts += 1;
        return attempts === 1 ? 'network-error' : { status: 200, body: merged };
      },
    });
    renderAt(`/kartu/${nonactive}`);
    const section = await screen.findByRole('region', { name: 'Pindahkan saldo ke kartu lain' });
    const select = within(section).getByLabelText('Kartu penerima') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['23012345678']);
    fireEvent.click(within(section).getByRole('button', { name: 'Lanjut' }));

    expect(section.textContent).toContain('Saldo JHT Rp234.567 pindah ke kartu 23012345678.');
    expect(section.textContent).toContain(`kartu ${nonactive} menunjukkan saldo Rp0`);
    fireEvent.click(within(section).getByRole('button', { name: 'Ya, pindahkan saldo' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    expect(section.textContent).toContain('saldo tidak akan pindah dua kali');

    fireEvent.click(within(section).getByRole('button', { name: 'Coba lagi' }));
    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toBe(
        'Saldo sudah pindah: JHT Rp234.567 dan JP Rp0 kini ada di kartu 23012345678.',
      ),
    );
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({ fromKpj: nonactive, intoKpj: '23012345678' });
    expect(bodies[0]!.idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(bodies[1]!.idempotencyKey).toBe(bodies[0]!.idempotencyKey);
    expect(within(section).getByRole('link', { name: 'Lihat kartu penerima' }).getAttribute('href')).toBe(
      '/kartu/23012345678',
    );
  });

  it('starts a new attempt with a new key after cancelling, and shows the server’s refusal', async () => {
    const keys: string[] = [];
    mockFetch({
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      [`GET /api/v1/me/cards/${nonactive}/statement`]: () => ({
        status: 200,
        body: { ...statement(2024), kpj: nonactive },
      }),
      'POST /api/v1/me/cards/merge': (_url, init) => {
        keys.push(JSON.parse(String(init.body)).idempotencyKey);
        return problem(422, 'nothing_to_merge');
      },
    });
    renderAt(`/kartu/${nonactive}`);
    const section = await screen.findByRole('region', { name: 'Pindahkan saldo ke kartu lain' });
    fireEvent.click(within(section).getByRole('button', { name: 'Lanjut' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Batal' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Lanjut' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Ya, pindahkan saldo' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/\S/);
    expect(keys).toHaveLength(1);
  });
});

describe('home: programs, JP and links', () => {
  useCleanSlate();

  it('labels each card’s programs, shows JP beside JHT when non-zero, and the unread notices', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/found': () => ({ status: 200, body: { cards: [] } }),
      'GET /api/v1/me/notifications': () => ({ status: 200, body: { unread: 2, notifications: [] } }),
    });
    renderAt('/');
    const first = await screen.findByRole('link', { name: /23012345678/ });
    const labels = within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(labels).toEqual([
      'JHT (Jaminan Hari Tua)',
      'JKK (Jaminan Kecelakaan Kerja)',
      'JKM (Jaminan Kematian)',
      'JP (Jaminan Pensiun)',
      'JKP (Jaminan Kehilangan Pekerjaan)',
    ]);
    expect(first.textContent).toContain('Saldo JP Rp450.000');
    const second = screen.getByRole('link', { name: /19087654321/ });
    expect(second.textContent).not.toContain('Saldo JP');
    const notices = await screen.findByRole('link', { name: /^Notifikasi.*2 belum dibaca$/ });
    expect(notices.getAttribute('href')).toBe('/notifikasi');
    expect(screen.getByRole('link', { name: /Iuran BPU/ }).getAttribute('href')).toBe('/iuran-bpu');
  });
});
