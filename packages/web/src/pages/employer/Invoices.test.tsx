/**
 * Invoices in the employer portal (happy-dom, canned API answers): the list with status, due date
 * and an overdue invoice's months late and fine; issuing a period, with each refusal turned into
 * the way forward (already issued → its invoice, wages missing → the workers and the wage report,
 * no workers → registration); and the invoice itself: the virtual account to copy, the amount and
 * due date, totals per program with their rules, each worker's lines (JKP explained as not billed),
 * fines billed with it, and the sandbox bank where there is one.
 */
import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n.ts';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';
import { staff } from '../console/api.ts';
import { HR, INVOICES, OCTOBER, SITI } from './fixtures.ts';

// The portal's routes are lazy: load the module once up front, so no test waits on its first import.
beforeAll(() => import('./Employer.tsx'));
const signedInAsHr = { 'GET /api/v1/staff/me': () => ({ status: 200, body: HR }) };
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const noSandbox = { 'HEAD /sandbox/payments': () => ({ status: 404 }) };
/** The cells' text of a table part, row by row, spaces collapsed. */
const cellsOf = (table: HTMLElement, part: 'tbody' | 'tfoot') =>
  Array.from(table.querySelectorAll(`${part} tr`)).map((r) =>
    Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
const detailOf = (body: unknown) => ({
  [`GET /api/v1/employer/invoices/${OCTOBER.number}`]: () => ({ status: 200, body }),
});

describe('employer portal: invoices', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
  });

  it('lists the invoices with status, due date, and an overdue one with months late and its fine', async () => {
    mockFetch({ ...signedInAsHr, 'GET /api/v1/employer/invoices': () => ({ status: 200, body: INVOICES }) });
    renderAt('/employer/tagihan');
    const october = (await screen.findByRole('heading', { level: 3, name: /Tagihan Oktober 2026/ })).closest(
      'li',
    )!;
    expect(within(october).getByText('Belum lunas')).toBeTruthy();
    expect(within(october).getByText('Rp1.121.389')).toBeTruthy();
    expect(within(october).getByText('16 Nov 2026')).toBeTruthy();
    expect(within(october).queryByText(/Terlambat/)).toBeNull();
    expect(
      within(october).getByRole('link', { name: 'Rincian tagihan Oktober 2026' }).getAttribute('href'),
    ).toBe(`/employer/tagihan/${OCTOBER.number}`);

    const september = screen
      .getByRole('heading', { level: 3, name: /Tagihan September 2026/ })
      .closest('li')!;
    expect(within(september).getByText('Terlambat 1 bulan')).toBeTruthy();
    expect(within(september).getByText('Rp7.667')).toBeTruthy();
    expect(within(september).getByText(/Ditagihkan bersama tagihan berikutnya/)).toBeTruthy();

    // Periods already issued say so where one picks the period.
    // The latest period not issued yet is chosen.
    const period = screen.getByLabelText('Periode') as HTMLSelectElement;
    expect(period.value).toBe('2026-11');
    expect([...period.options].slice(0, 3).map((o) => o.text)).toEqual([
      'November 2026',
      'Oktober 2026 — sudah terbit',
      'September 2026 — sudah terbit',
    ]);
  });

  it('chooses the latest period not issued yet', async () => {
    mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer/invoices': () => ({
        status: 200,
        body: {
          ...INVOICES,
          invoices: [{ ...INVOICES.invoices[0]!, period: '2026-11', number: 'TAG-10000001-202611' }],
        },
      }),
    });
    renderAt('/employer/tagihan');
    expect(((await screen.findByLabelText('Periode')) as HTMLSelectElement).value).toBe('2026-10');
  });

  it('turns each refusal to issue into the way forward, then opens the invoice issued', async () => {
    const answers = [
      () => problem(409, 'invoice_already_issued', { detail: OCTOBER.number }),
      () =>
        problem(422, 'wages_missing', {
          errors: [{ path: `wages.${SITI.kpj}`, message: 'SITI RAHMAWATI' }],
        }),
      () => problem(422, 'no_workers_to_invoice'),
      () => ({ status: 201, body: OCTOBER }),
    ];
    const fetchMock = mockFetch({
      ...signedInAsHr,
      ...noSandbox,
      ...detailOf(OCTOBER),
      'GET /api/v1/employer/invoices': () => ({ status: 200, body: INVOICES }),
      'POST /api/v1/employer/invoices': () => answers.shift()!() as never,
    });
    renderAt('/employer/tagihan');
    const period = (await screen.findByLabelText('Periode')) as HTMLSelectElement;

    fireEvent.change(period, { target: { value: '2026-10' } });
    fireEvent.click(button('Terbitkan Tagihan'));
    let alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('invoice_already_issued', 'id'));
    expect(
      within(alert)
        .getByRole('link', { name: `Buka tagihan ${OCTOBER.number}` })
        .getAttribute('href'),
    ).toBe(`/employer/tagihan/${OCTOBER.number}`);

    fireEvent.change(period, { target: { value: '2026-11' } });
    fireEvent.click(button('Terbitkan Tagihan'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('SITI RAHMAWATI (97000000017)'),
    );
    alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(errorMessage('wages_missing', 'id'));
    expect(within(alert).getByRole('link', { name: 'Lapor upah mereka' }).getAttribute('href')).toBe(
      '/employer/upah?periode=2026-11',
    );

    fireEvent.click(button('Terbitkan Tagihan'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(errorMessage('no_workers_to_invoice', 'id')),
    );
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Daftarkan pekerja' }).getAttribute('href'),
    ).toBe('/employer/pekerja/daftar');

    fireEvent.click(button('Terbitkan Tagihan'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tagihan Oktober 2026' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/employer/tagihan/${OCTOBER.number}`);
    expect(
      screen.getByText('Tagihan terbit. Bayar ke virtual account di bawah sebelum jatuh tempo.'),
    ).toBeTruthy();
    const issued = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(issued.map(([, init]) => JSON.parse(String(init?.body)))).toEqual([
      { period: '2026-10' },
      { period: '2026-11' },
      { period: '2026-11' },
      { period: '2026-11' },
    ]);
  });
});

describe('employer portal: invoice detail', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
  });

  it('shows the virtual account to copy, the amount, due date and status, and the sandbox bank', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mockFetch({
      ...signedInAsHr,
      ...detailOf(OCTOBER),
      'HEAD /sandbox/payments': () => ({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
    });
    renderAt(`/employer/tagihan/${OCTOBER.number}`);
    const va = (await screen.findByRole('heading', { level: 2, name: 'Bayar ke virtual account' })).closest(
      'section',
    )!;
    expect(within(va).getByText('BNI')).toBeTruthy();
    expect(va.querySelector('.employer-va__number [aria-hidden]')?.textContent).toBe(
      '9880\u00a00123\u00a04567\u00a08901',
    );
    expect(within(va).getByText('9880012345678901')).toBeTruthy();
    expect(within(va).getByText('Rp1.121.389')).toBeTruthy();
    expect(within(va).getByText('16 Nov 2026')).toBeTruthy();
    expect(within(va).getByText('Belum lunas')).toBeTruthy();
    expect(
      within(va).getByText('Bayar tepat sebesar jumlah ini; virtual account menerima satu kali pembayaran.'),
    ).toBeTruthy();

    fireEvent.click(within(va).getByRole('button', { name: 'Salin nomor' }));
    await waitFor(() =>
      expect(within(va).getByRole('status').textContent).toBe('Nomor virtual account disalin.'),
    );
    expect(writeText).toHaveBeenCalledWith('9880012345678901');

    const sandbox = await within(va).findByRole('link', { name: 'Bayar di bank simulasi (sandbox)' });
    expect(sandbox.getAttribute('href')).toBe('/sandbox/payments');
  });

  it('explains every rupiah: programs with their rules, each worker, JKP not billed, fines of late invoices', async () => {
    mockFetch({ ...signedInAsHr, ...noSandbox, ...detailOf(OCTOBER) });
    renderAt(`/employer/tagihan/${OCTOBER.number}`);
    const programs = (await screen.findByRole('heading', { level: 2, name: 'Iuran per Program' })).closest(
      'section',
    )!;
    const jht = within(programs).getByRole('heading', { level: 3, name: /^JHT/ }).closest('li')!;
    expect(jht.textContent?.replace(/\s+/g, ' ')).toBe(
      'JHT Jaminan Hari TuaPemberi kerjaRp444.000PekerjaRp240.000JumlahRp684.000Dasar aturan: PP 46/2015 art. 16',
    );
    const jkp = within(programs).getByRole('heading', { level: 3, name: /^JKP/ }).closest('li')!;
    expect(within(jkp).getByText('Dasar aturan: PP 6/2025 art. 11')).toBeTruthy();
    expect(
      within(jkp).getByText(/JKP Rp0: iuran JKP dibayar pemerintah pusat dan dari rekomposisi/),
    ).toBeTruthy();
    expect(within(programs).getByText('Total tagihan').closest('div')!.textContent).toBe(
      'Total tagihanRp1.121.389',
    );
    expect(within(programs).getByText('Denda tagihan terlambat').closest('div')!.textContent).toBe(
      'Denda tagihan terlambatRp4.000',
    );

    // Each worker: wage, then per program the base, the employer's and the worker's share.
    const line = screen.getByRole('table', { name: 'SITI RAHMAWATI' });
    expect(cellsOf(line, 'tbody')).toEqual([
      ['JHT Dasar iuran Rp12.000.000', 'Rp444.000', 'Rp240.000'],
      ['JP Dasar iuran Rp11.086.300', 'Rp221.726', 'Rp110.863'],
      ['JKK Dasar iuran Rp12.000.000', 'Rp64.800', 'Rp0'],
      ['JKM Dasar iuran Rp12.000.000', 'Rp36.000', 'Rp0'],
      ['JKP Dasar iuran Rp5.000.000', 'Rp0', 'Rp0'],
    ]);
    expect(cellsOf(line, 'tfoot')).toEqual([['Jumlah', 'Rp766.526', 'Rp350.863']]);
    const worker = line.closest('details')!;
    expect(within(worker).getByText(/^Upah:/).textContent).toBe('Upah: Rp12.000.000');
    expect(within(worker).getByText(/Bagian JKK\/JKM yang dialihkan ke JKP: Rp16\.800\./)).toBeTruthy();

    // Fines billed with this invoice: for which late invoice, how late, under which rule.
    const fines = screen
      .getByRole('heading', { level: 2, name: 'Denda yang Ditagihkan' })
      .closest('section')!;
    const fine = within(fines)
      .getByRole('heading', { level: 3, name: 'JP · terlambat 1 bulan' })
      .closest('li')!;
    expect(within(fine).getByRole('link', { name: 'TAG-10000001-202609' }).getAttribute('href')).toBe(
      '/employer/tagihan/TAG-10000001-202609',
    );
    expect(within(fine).getByText('Iuran').closest('div')!.textContent).toBe('IuranRp200.000');
    expect(within(fine).getByText('Denda').closest('div')!.textContent).toBe('DendaRp4.000');
    expect(within(fine).getByText('Dasar aturan: PP 45/2015 art. 38')).toBeTruthy();
    // No sandbox bank on this server: no link to it.
    await waitFor(() => expect(screen.queryByRole('link', { name: /bank simulasi/ })).toBeNull());
  });

  it('shows a paid invoice as such, and an overdue one with the fine billed next time, in English', async () => {
    setLang('en');
    mockFetch({
      ...signedInAsHr,
      ...noSandbox,
      ...detailOf({ ...OCTOBER, status: 'paid', paidOn: '2026-11-12', paidAt: '2026-11-12T03:00:00.000Z' }),
    });
    renderAt(`/employer/tagihan/${OCTOBER.number}`);
    expect(await screen.findByText('Paid on 12 Nov 2026.')).toBeTruthy();
    expect(screen.getAllByText('Paid').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /simulated bank/ })).toBeNull();
  });

  it('warns on an overdue invoice that the fine comes with the next invoice', async () => {
    mockFetch({
      ...signedInAsHr,
      ...noSandbox,
      ...detailOf({ ...OCTOBER, overdue: true, monthsLate: 2, accruedPenalty: '44347' }),
    });
    renderAt(`/employer/tagihan/${OCTOBER.number}`);
    expect(
      await screen.findByText(
        'Tagihan ini lewat jatuh tempo, terlambat 2 bulan. Denda berjalan Rp44.347 tidak dibayar ke virtual account ini: denda ditagihkan bersama tagihan berikutnya.',
      ),
    ).toBeTruthy();
    expect(screen.getAllByText('Terlambat 2 bulan').length).toBeGreaterThan(0);
  });

  it('says an invoice of another company is not found, without offering to retry', async () => {
    mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer/invoices/TAG-99999999-202610': () => problem(404, 'invoice_not_found'),
    });
    renderAt('/employer/tagihan/TAG-99999999-202610');
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('invoice_not_found', 'id'));
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
    expect(screen.getByRole('link', { name: /Kembali ke daftar tagihan/ }).getAttribute('href')).toBe(
      '/employer/tagihan',
    );
  });
});
