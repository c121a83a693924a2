/**
 * Simulasi Iuran as a member uses it, offline (no request is made): a wage earner's month
 * (Rp12.000.000, June 2024, risk group III) shows each program with who pays what, the JP cap with
 * its date, the part of JKK/JKM booked to JKP, totals and sources; an informal worker's minimum is
 * Rp16.800, an in-between income bracket is flagged illustrative; wrong inputs are said at the field;
 * a period too far ahead is refused against the phone's date; and the page follows the English
 * switch. The figures are those of core's simulation, the function behind the API.
 */
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n.ts';
import { mockFetch, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const typeInto = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const calculate = () => fireEvent.click(screen.getByRole('button', { name: 'Hitung Iuran' }));
const item = (program: string) =>
  screen.getByRole('heading', { level: 3, name: new RegExp(`^${program} `) }).closest('li')!;

describe('Simulasi Iuran', () => {
  useCleanSlate();
  // The route is lazy: load the module once up front, so no test waits on its first import.
  beforeAll(() => import('./ContributionSimulation.tsx'), 30_000);
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T03:00:00Z'), toFake: ['Date'] });
    // Offline: the page must not call the API.
    mockFetch({});
  });
  afterEach(() => vi.useRealTimers());

  it("shows a wage earner's month program by program, with who pays, the JP cap, JKP and sources", async () => {
    renderAt('/simulasi/iuran');
    expect(await screen.findByRole('heading', { level: 1, name: 'Simulasi Iuran' })).toBeTruthy();
    expect((screen.getByLabelText('Periode iuran (bulan)') as HTMLInputElement).value).toBe('2026-11');
    typeInto('Periode iuran (bulan)', '2024-06');
    typeInto('Upah sebulan (Rp)', '12.000.000');
    fireEvent.change(screen.getByLabelText('Kelompok risiko JKK perusahaan'), { target: { value: '3' } });
    calculate();

    const heading = await screen.findByRole('heading', { level: 2, name: 'Rincian iuran Juni 2024' });
    expect(document.activeElement).toBe(heading);
    expect(item('JHT').textContent).toMatch(/Pemberi kerja 3,7%Rp444\.000/);
    expect(item('JHT').textContent).toMatch(/Pekerja 2%Rp240\.000/);
    expect(item('JHT').textContent).toContain('Sumber: PP 46/2015 art. 16');
    expect(item('JP').textContent).toMatch(/Rp10\.042\.300dibatasi Rp10\.042\.300, berlaku sejak 1 Mar 2024/);
    expect(item('JP').textContent).toMatch(/Pemberi kerja 2%Rp200\.846.*Pekerja 1%Rp100\.423/);
    expect(item('JKK').textContent).toMatch(/Pemberi kerja 0,89%Rp106\.800/);
    expect(item('JKK').textContent).toMatch(/Dibukukan ke JKP \(bukan tambahan\) 0,14%Rp7\.000/);
    expect(item('JKP').textContent).toMatch(
      /Tidak ada iuran tambahan.*Pemerintah Pusat 0,22%Rp11\.000.*JKP 0,46%Rp23\.000/,
    );
    const totals = screen.getByRole('region', { name: 'Jumlah sebulan' });
    expect(totals.textContent).toMatch(/Dibayar pemberi kerjaRp787\.646/);
    expect(totals.textContent).toMatch(/Dipotong dari upah pekerjaRp340\.423/);
    expect(totals.textContent).toMatch(/Total iuranRp1\.128\.069/);
    expect(screen.queryByText('Ilustratif')).toBeNull();
    const explanation = screen.getByText('Penjelasan perhitungan').closest('details')!;
    expect(explanation.textContent).toMatch(/setengah ke atas/);
  });

  it("shows an informal worker's minimum of Rp16.800 and flags an illustrative bracket", async () => {
    renderAt('/simulasi/iuran');
    fireEvent.click(await screen.findByRole('radio', { name: 'Bukan Penerima Upah (BPU)' }));
    const income = screen.getByLabelText('Penghasilan sebulan yang dilaporkan') as HTMLSelectElement;
    expect(income.options.length).toBe(41);
    expect(income.options[0]!.textContent).toBe('Rp1.000.000');
    expect(income.options[1]!.textContent).toBe('Rp1.500.000 (ilustratif)');
    expect((screen.getByRole('checkbox', { name: /JKK .*wajib/ }) as HTMLInputElement).disabled).toBe(true);
    calculate();
    await screen.findByRole('heading', { level: 2, name: 'Rincian iuran November 2026' });
    expect(item('JKK').textContent).toMatch(/Peserta 1%Rp10\.000/);
    expect(item('JKM').textContent).toMatch(/Peserta \(tetap sebulan\)Rp6\.800/);
    expect(item('JKM').textContent).not.toContain('Dasar perhitungan');
    expect(screen.getByRole('region', { name: 'Jumlah sebulan' }).textContent).toMatch(
      /Dibayar pesertaRp16\.800.*Total iuranRp16\.800/,
    );

    fireEvent.change(income, { target: { value: '3000000' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /JHT .*pilihan/ }));
    calculate();
    await screen.findByRole('heading', { level: 2, name: 'Rincian iuran November 2026' });
    expect(within(item('JHT')).getByText('Ilustratif')).toBeTruthy();
    expect(item('JHT').textContent).toMatch(/Peserta 2%Rp60\.000/);
    expect(within(item('JKM')).queryByText('Ilustratif')).toBeNull();
    expect(screen.getByRole('region', { name: 'Jumlah sebulan' }).textContent).toMatch(
      /Total iuranRp96\.800/,
    );
  });

  it('says at the field what is wrong', async () => {
    renderAt('/simulasi/iuran');
    await screen.findByRole('heading', { level: 1, name: 'Simulasi Iuran' });
    calculate();
    expect(await screen.findByText('Isi upah sebulan dalam rupiah.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Upah sebulan (Rp)'));
    typeInto('Upah sebulan (Rp)', '5jt');
    calculate();
    expect(await screen.findByText('Tulis upah dengan angka saja, misalnya 5000000.')).toBeTruthy();
    typeInto('Upah sebulan (Rp)', '-5000');
    calculate();
    expect(await screen.findByText(/Upah tidak boleh negatif/)).toBeTruthy();
    typeInto('Upah sebulan (Rp)', '5000000');
    typeInto('Periode iuran (bulan)', '2027-12');
    calculate();
    expect(await screen.findByText(/Periode terlalu jauh ke depan/)).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    typeInto('Periode iuran (bulan)', '2027-11');
    calculate();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Rincian iuran November 2027' }),
    ).toBeTruthy();
  });

  it('follows the English switch, explanation included', async () => {
    setLang('en');
    renderAt('/simulasi/iuran');
    await screen.findByRole('heading', { level: 1, name: 'Contribution simulator' });
    typeInto('Monthly wage (Rp)', '5000000');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    await screen.findByRole('heading', { level: 2, name: 'Contributions for November 2026' });
    const explanation = screen.getByText('How it was calculated').closest('details')!;
    expect(explanation.textContent).toMatch(/Rounding: each party's share/);
    expect(item('JHT').textContent).toMatch(/Employer 3\.7%Rp185\.000/);
  });
});
