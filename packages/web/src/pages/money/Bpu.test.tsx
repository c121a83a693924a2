import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const BRACKETS = [
  { income: '1000000', illustrative: false },
  { income: '1500000', illustrative: true },
  { income: '2000000', illustrative: true },
];

const INVOICE = {
  number: 'TAG-97000000011-202611',
  period: '2026-11',
  status: 'unpaid',
  issuedAt: '2026-11-05T03:00:00.000Z',
  dueOn: '2026-11-16',
  workers: 1,
  contributionsTotal: '16800',
  penaltiesTotal: '0',
  total: '16800',
  virtualAccount: { bankCode: '009', bankName: 'BNI', number: '8808970000000111' },
  paidAt: null,
  paidOn: null,
  overdue: false,
  monthsLate: 0,
  accruedPenalty: '0',
};

function membership(over: Record<string, unknown> = {}) {
  return {
    kpj: '97000000011',
    joinedOn: '2026-11-05',
    declaredIncome: '1000000',
    programs: ['JKK', 'JKM'],
    monthly: {
      items: [
        { program: 'JKK', amount: '10000', source: 'PP 44/2015 Pasal 15', illustrative: false },
        { program: 'JKM', amount: '6800', source: 'PP 44/2015 Pasal 18', illustrative: false },
      ],
      total: '16800',
    },
    coverage: {
      status: 'active',
      coveredUntil: null,
      monthsInArrears: 0,
      lapseAfterUnpaidMonths: 3,
      nextPeriod: '2026-11',
      nextDueDate: '2026-11-16',
      payAheadUntil: '2027-10',
    },
    openInvoice: null,
    paidInvoices: [],
    ...over,
  };
}

const response = (memberships: unknown[]) => ({
  status: 200,
  body: { asOf: '2026-11-05', memberships, brackets: BRACKETS },
});

describe('Iuran BPU', () => {
  useCleanSlate();

  it('shows the cover in words, the month to pay, the amounts with sources, and issues the bill', async () => {
    let issued = false;
    mockFetch({
      'GET /api/v1/me/bpu': () => response([membership(issued ? { openInvoice: INVOICE } : {})]),
      'POST /api/v1/me/bpu/97000000011/invoices': () => {
        issued = true;
        return { status: 200, body: INVOICE };
      },
      'HEAD /sandbox/payments': () => ({ status: 200 }),
    });
    renderAt('/iuran-bpu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Iuran BPU' })).toBeTruthy();
    const cover = await screen.findByRole('region', { name: 'Status perlindungan' });
    expect(cover.textContent).toContain('Status perlindungan: Terlindungi');
    expect(within(cover).getByText('Terlindungi sampai').nextElementSibling?.textContent).toBe(
      'Belum ada bulan yang dibayar',
    );
    expect(within(cover).getByText('Bulan yang harus dibayar').nextElementSibling?.textContent).toBe(
      'November 2026',
    );
    expect(within(cover).getByText('Jatuh tempo').nextElementSibling?.textContent).toBe('16 Nov 2026');
    const monthly = screen.getByRole('region', { name: 'Iuran per bulan' });
    expect(monthly.textContent).toContain('JKK — Jaminan Kecelakaan KerjaRp10.000');
    expect(monthly.textContent).toContain('Sumber: PP 44/2015 Pasal 18');
    expect(monthly.textContent).toContain('Jumlah per bulanRp16.800');

    fireEvent.click(screen.getByRole('button', { name: 'Bayar iuran November 2026' }));
    const va = await screen.findByTestId('virtual-account');
    expect(within(va).getByTestId('va-number').textContent).toBe('8808970000000111');
    expect(va.textContent).toContain('BNI');
    expect(va.textContent).toContain('Rp16.800');
    expect(await screen.findByRole('link', { name: /bank simulasi/ })).toBeTruthy();
    // A bill issued: the plan waits for it to be paid.
    expect(screen.getByRole('region', { name: 'Ubah penghasilan/program' }).textContent).toMatch(
      /Bayar dulu/,
    );
  });

  it('explains a lapsed cover and shows the paid months', async () => {
    mockFetch({
      'GET /api/v1/me/bpu': () =>
        response([
          membership({
            coverage: {
              status: 'lapsed',
              coveredUntil: '2026-12-31',
              monthsInArrears: 5,
              lapseAfterUnpaidMonths: 3,
              nextPeriod: '2027-05',
              nextDueDate: '2027-05-17',
              payAheadUntil: '2028-04',
            },
            paidInvoices: [
              {
                ...INVOICE,
                period: '2026-12',
                status: 'paid',
                paidAt: '2026-12-10T03:00:00.000Z',
                paidOn: '2026-12-10',
              },
            ],
          }),
        ]),
    });
    renderAt('/iuran-bpu');
    const cover = await screen.findByRole('region', { name: 'Status perlindungan' });
    expect(cover.getAttribute('data-status')).toBe('lapsed');
    expect(cover.textContent).toContain('Tidak terlindungi');
    expect(cover.textContent).toContain('Bayar iuran bulan ini agar Anda terlindungi lagi.');
    expect(within(cover).getByTestId('covered-until').textContent).toBe('31 Des 2026');
    const paid = screen.getByRole('region', { name: 'Bulan yang sudah dibayar' });
    expect(paid.textContent).toContain('Desember 2026');
    expect(paid.textContent).toContain('dibayar 10 Des 2026');
  });

  it('changes the income and programs from the next month, showing the new amount first', async () => {
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/me/bpu': () => response([membership()]),
      'PUT /api/v1/me/bpu/97000000011/plan': (_url, init) => {
        sent.push(JSON.parse(String(init.body)));
        return { status: 200, body: membership({ declaredIncome: '2000000' }) };
      },
    });
    renderAt('/iuran-bpu');
    const section = await screen.findByRole('region', { name: 'Ubah penghasilan/program' });
    expect(section.textContent).toContain('berlaku mulai iuran November 2026');
    fireEvent.click(within(section).getByRole('button', { name: 'Ubah penghasilan/program' }));
    fireEvent.change(within(section).getByLabelText('Golongan penghasilan per bulan'), {
      target: { value: '2000000' },
    });
    fireEvent.click(within(section).getByLabelText(/JHT — Jaminan Hari Tua/));
    // JKK 1% Rp20.000 + JKM Rp6.800 + JHT 2% Rp40.000, as core computes it.
    expect(within(section).getByTestId('plan-preview').textContent).toContain('Rp66.800');
    fireEvent.click(within(section).getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('Perubahan disimpan.'));
    expect(sent).toEqual([{ declaredIncome: '2000000', programs: ['JKK', 'JKM', 'JHT'] }]);
  });

  it('lets a member without a BPU card join with the minimum package, keeping the choice on a refusal', async () => {
    let joined = false;
    let attempts = 0;
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/me/bpu': () => response(joined ? [membership()] : []),
      'POST /api/v1/me/bpu': (_url, init) => {
        sent.push(JSON.parse(String(init.body)));
        attempts += 1;
        if (attempts === 1) return 'network-error';
        joined = true;
        return { status: 201, body: membership() };
      },
    });
    renderAt('/iuran-bpu');
    const join = await screen.findByRole('region', { name: 'Daftar BPU' });
    const income = within(join).getByLabelText('Golongan penghasilan per bulan') as HTMLSelectElement;
    expect(income.value).toBe('1000000');
    expect([...income.options].map((o) => o.textContent)).toEqual([
      'Rp1.000.000',
      'Rp1.500.000 (contoh)',
      'Rp2.000.000 (contoh)',
    ]);
    const fixed = within(join).getByLabelText(/JKK — Jaminan Kecelakaan Kerja/) as HTMLInputElement;
    expect(fixed.checked && fixed.disabled).toBe(true);
    expect(within(join).getByTestId('plan-preview').textContent).toBe(
      'Iuran per bulan dengan pilihan ini: Rp16.800',
    );

    fireEvent.click(within(join).getByRole('button', { name: 'Daftar dan lanjut ke pembayaran' }));
    expect((await within(join).findByRole('alert')).textContent).toMatch(/Tidak dapat terhubung/);
    expect(income.value).toBe('1000000');
    fireEvent.click(within(join).getByRole('button', { name: 'Daftar dan lanjut ke pembayaran' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]!.textContent).toBe(
        'Anda terdaftar. Kartu BPU Anda: 97000000011.',
      ),
    );
    expect(await screen.findByRole('button', { name: 'Bayar iuran November 2026' })).toBeTruthy();
    expect(sent).toEqual([
      { declaredIncome: '1000000', programs: ['JKK', 'JKM'] },
      { declaredIncome: '1000000', programs: ['JKK', 'JKM'] },
    ]);
  });

  it('shows the server’s words when a plan is refused', async () => {
    mockFetch({
      'GET /api/v1/me/bpu': () => response([]),
      'POST /api/v1/me/bpu': () => problem(409, 'bpu_already_member'),
    });
    renderAt('/iuran-bpu');
    const join = await screen.findByRole('region', { name: 'Daftar BPU' });
    fireEvent.click(within(join).getByRole('button', { name: 'Daftar dan lanjut ke pembayaran' }));
    expect((await within(join).findByRole('alert')).textContent).toMatch(/\S/);
  });
});
