/**
 * The employer portal in happy-dom against canned API answers: who may enter (an employer user,
 * by the one staff sign-in; an officer is pointed to the console, an employer user in the console
 * is sent here), the home page's arrears, and the forms: register a worker (every field's reason,
 * the registry's answers in HR's words, the KPJ and the programs, input kept, one request per
 * press), report a leaver (after a confirmation naming the JHT date) and report wages (per-line
 * reasons, drops). What each request sent is checked, as the server would read it.
 */
import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';
import { staff } from '../console/api.ts';
import { BUDI, HR, OFFICER, PROFILE, SITI, WORKERS } from './fixtures.ts';
import { registerDraft } from './RegisterWorker.tsx';

// The portal's routes are lazy: load the module once up front, so no test waits on its first import.
beforeAll(() => import('./Employer.tsx'));
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const posts = (fetchMock: ReturnType<typeof mockFetch>, path: string) =>
  fetchMock.mock.calls.filter(([url, init]) => init?.method === 'POST' && String(url) === `/api/v1${path}`);

/** The error text an input is described by. */
function errorOf(element: HTMLElement): string | undefined {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? (document.getElementById(error)?.textContent ?? undefined) : undefined;
}

/** A promise the test resolves when it wants the server to answer. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const signedInAsHr = { 'GET /api/v1/staff/me': () => ({ status: 200, body: HR }) };

describe('employer portal: who enters', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
  });

  it('sends a visitor to the portal sign-in, and the employer user back to Beranda with the arrears explained', async () => {
    let signedIn = false;
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () => (signedIn ? { status: 200, body: HR } : problem(401, 'unauthenticated')),
      'POST /api/v1/staff/login': () => {
        signedIn = true;
        return { status: 200, body: HR };
      },
      'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }),
    });
    renderAt('/employer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk Portal Pemberi Kerja' })).toBeTruthy();
    expect(window.location.pathname).toBe('/employer/masuk');
    type('Email Kantor', 'hrd@sinarjaya.demo.jmo.id');
    type('Kata Sandi', 'demo-jmo-2026');
    fireEvent.click(button('Masuk'));

    expect(await screen.findByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' })).toBeTruthy();
    expect(window.location.pathname).toBe('/employer');
    const login = posts(fetchMock, '/staff/login')[0]!;
    expect(bodyOf(login[1])).toEqual({ email: 'hrd@sinarjaya.demo.jmo.id', password: 'demo-jmo-2026' });
    expect(screen.getByText('10000001')).toBeTruthy();
    expect(screen.getByText('II — rendah')).toBeTruthy();
    expect(screen.getByText('1 tagihan lewat jatuh tempo')).toBeTruthy();
    expect(screen.getByText('Rp1.117.389')).toBeTruthy();
    expect(screen.getByText('Rp7.667')).toBeTruthy();
    expect(screen.getByText(/denda ditagihkan bersama tagihan berikutnya yang Anda terbitkan/)).toBeTruthy();
    expect(screen.getByText('Data per 10 Nov 2026.')).toBeTruthy();

    // The portal's own menu, nothing of the officer console.
    const nav = screen.getByRole('navigation', { name: 'Menu portal pemberi kerja' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Beranda', 'Pekerja', 'Lapor Upah', 'Tagihan', 'Permintaan Lapor']);
    expect(within(nav).getByRole('link', { name: 'Beranda' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('link', { name: 'Beranda Konsol' })).toBeNull();
    expect(document.title).toBe('Beranda — JMO');
  });

  it('sends an employer user who opens the console to the portal', async () => {
    mockFetch({ ...signedInAsHr, 'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }) });
    renderAt('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' })).toBeTruthy();
    expect(window.location.pathname).toBe('/employer');
    expect(screen.queryByRole('heading', { name: 'Cari Peserta' })).toBeNull();
  });

  it('shows an officer no employer screen, only the way to the console', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }) });
    renderAt('/employer/pekerja');
    expect(await screen.findByText(/Akun Anda bekerja di Konsol Petugas/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka Konsol Petugas' }).getAttribute('href')).toBe('/console');
    expect(screen.queryByRole('navigation', { name: 'Menu portal pemberi kerja' })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/staff/me']);
  });

  it('sends an employer user who signs in at the console sign-in to the portal', async () => {
    mockFetch({
      'GET /api/v1/staff/me': () => problem(401, 'unauthenticated'),
      'POST /api/v1/staff/login': () => ({ status: 200, body: HR }),
      'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }),
    });
    renderAt('/console/masuk');
    type('Email Kantor', 'hrd@sinarjaya.demo.jmo.id');
    type('Kata Sandi', 'demo-jmo-2026');
    fireEvent.click(button('Masuk'));
    expect(await screen.findByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' })).toBeTruthy();
    expect(window.location.pathname).toBe('/employer');
  });
});

describe('employer portal: workers', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
    registerDraft.value = { nik: '', fullName: '', birthDate: '', startedOn: '', wage: '' };
  });

  it('lists the workers with KPJ, masked NIK, programs and the latest wage, filtered by name or KPJ', async () => {
    mockFetch({ ...signedInAsHr, 'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }) });
    renderAt('/employer/pekerja');
    const budi = (await screen.findByRole('heading', { level: 2, name: /Budi Santoso/ })).closest('li')!;
    expect(within(budi).getByText('Rp7.250.000')).toBeTruthy();
    expect(within(budi).getByText('sejak Januari 2026')).toBeTruthy();
    expect(within(budi).getByText('317401********01')).toBeTruthy();
    expect(within(budi).getByText('JKP (Jaminan Kehilangan Pekerjaan)')).toBeTruthy();
    expect(
      within(budi).getByRole('link', { name: 'Laporkan berhenti — Budi Santoso' }).getAttribute('href'),
    ).toBe(`/employer/pekerja/${BUDI.kpj}/berhenti`);
    const agus = screen.getByRole('heading', { level: 2, name: /Agus Salim/ }).closest('li')!;
    expect(within(agus).getByText('Nonaktif')).toBeTruthy();
    expect(within(agus).getByText('30 Jun 2025 · Mengundurkan diri')).toBeTruthy();
    expect(within(agus).queryByRole('link', { name: /Laporkan berhenti/ })).toBeNull();

    type('Cari nama atau nomor KPJ', 'siti');
    expect(screen.getByText('Menampilkan 1 dari 3 pekerja.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Siti Rahmawati Aktif',
    ]);
    type('Cari nama atau nomor KPJ', '230 1234');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Budi Santoso Aktif',
    ]);
    type('Cari nama atau nomor KPJ', 'tidak ada');
    expect(screen.getByText('Tidak ada pekerja dengan nama atau KPJ itu.')).toBeTruthy();
  });

  it('registers a worker: reasons at the fields, the registry in HR words, input kept, one request, then the KPJ', async () => {
    const answers: (() => ReturnType<typeof problem> | Promise<ReturnType<typeof problem>>)[] = [
      () =>
        problem(400, 'invalid_request', {
          errors: [
            { path: 'nik', message: 'NIK: kode wilayah tidak dikenal.' },
            {
              path: 'startedOn',
              message: 'Daftarkan pekerja setelah mulai bekerja: tanggal mulai masih di masa depan.',
            },
            { path: 'body.wage', message: 'Invalid input' },
          ],
        }),
      () => problem(422, 'registry_name_mismatch'),
    ];
    const slow = deferred<ReturnType<typeof problem>>();
    const fetchMock = mockFetch({
      ...signedInAsHr,
      'POST /api/v1/employer/workers': () => {
        const next = answers.shift();
        return next ? next() : slow.promise;
      },
    });
    renderAt('/employer/pekerja/daftar');
    await screen.findByRole('heading', { level: 1, name: 'Daftarkan Pekerja' });

    // Nothing typed: every field says what is missing, the first one gets the focus.
    fireEvent.click(button('Daftarkan Pekerja'));
    expect(errorOf(input('NIK'))).toBe('Isi NIK pekerja.');
    expect(errorOf(input('Nama lengkap sesuai KTP'))).toBe('Isi nama lengkap pekerja.');
    expect(errorOf(input('Upah sebulan (Rp)'))).toBe('Isi upah sebulan.');
    expect(document.activeElement).toBe(input('NIK'));
    expect(posts(fetchMock, '/employer/workers')).toHaveLength(0);

    type('NIK', '3174 0155 0890 0001');
    type('Nama lengkap sesuai KTP', '  Siti Aminah ');
    type('Tanggal lahir', '1990-08-15');
    type('Hari pertama bekerja', '2027-01-01');
    type('Upah sebulan (Rp)', '12.000.000');
    expect(screen.getByText('Tertulis: Rp12.000.000')).toBeTruthy();
    fireEvent.click(button('Daftarkan Pekerja'));

    // The API's reason per field; a schema message (English) is replaced by the portal's words.
    await waitFor(() => expect(errorOf(input('NIK'))).toBe('NIK: kode wilayah tidak dikenal.'));
    expect(errorOf(input('Hari pertama bekerja'))).toBe(
      'Daftarkan pekerja setelah mulai bekerja: tanggal mulai masih di masa depan.',
    );
    expect(errorOf(input('Upah sebulan (Rp)'))).toBe('Periksa isian ini.');
    expect(screen.getByRole('alert').textContent).toBe('Periksa isian yang ditandai di bawah.');
    expect(document.activeElement).toBe(input('NIK'));
    expect(bodyOf(posts(fetchMock, '/employer/workers')[0]![1])).toEqual({
      nik: '3174015508900001',
      fullName: 'Siti Aminah',
      birthDate: '1990-08-15',
      startedOn: '2027-01-01',
      wage: '12000000',
    });

    // The registry does not know this name: said at the name, with what to do; nothing typed is lost.
    type('Hari pertama bekerja', '2026-10-01');
    fireEvent.click(button('Daftarkan Pekerja'));
    await waitFor(() =>
      expect(errorOf(input('Nama lengkap sesuai KTP'))).toBe(
        'Nama tidak sama dengan data kependudukan. Tulis nama lengkap persis seperti di KTP pekerja, tanpa gelar dan tanpa singkatan.',
      ),
    );
    expect(errorOf(input('NIK'))).toBeUndefined();
    expect(document.activeElement).toBe(input('Nama lengkap sesuai KTP'));
    expect(input('NIK').value).toBe('3174 0155 0890 0001');
    expect(input('Upah sebulan (Rp)').value).toBe('12.000.000');

    // Pressed twice while the request is on its way: one request, the button says it is working.
    type('Nama lengkap sesuai KTP', 'Siti Rahmawati');
    fireEvent.click(button('Daftarkan Pekerja'));
    const busy = await screen.findByRole('button', { name: 'Sedang mendaftarkan…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(busy.closest('form')!);
    expect(posts(fetchMock, '/employer/workers')).toHaveLength(3);
    slow.resolve({
      status: 201,
      body: { ...SITI, fullName: 'SITI RAHMAWATI', programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'] },
    } as never);

    expect(await screen.findByRole('heading', { level: 1, name: 'Pekerja Terdaftar' })).toBeTruthy();
    expect(
      screen.getByText('SITI RAHMAWATI sudah terdaftar. Berikan nomor KPJ ini kepada pekerja.'),
    ).toBeTruthy();
    expect(screen.getByText(SITI.kpj)).toBeTruthy();
    expect(screen.getByText('— Jaminan Kehilangan Pekerjaan', { exact: false })).toBeTruthy();
    expect(screen.getByText('Upah Rp12.000.000 berlaku sejak Oktober 2026.')).toBeTruthy();
    expect(registerDraft.value.nik).toBe('');
  });

  it('explains JP and JKP left out for an older worker, and that the registry does not know a NIK', async () => {
    const answers = [
      () => problem(422, 'registry_nik_not_found'),
      () => ({
        status: 201,
        body: { ...SITI, kpj: '97000000025', fullName: 'BAMBANG HARYONO', programs: ['JHT', 'JKK', 'JKM'] },
      }),
    ];
    mockFetch({ ...signedInAsHr, 'POST /api/v1/employer/workers': () => answers.shift()!() });
    renderAt('/employer/pekerja/daftar');
    await screen.findByRole('heading', { level: 1, name: 'Daftarkan Pekerja' });
    type('NIK', '3174011201660002');
    type('Nama lengkap sesuai KTP', 'Bambang Haryono');
    type('Tanggal lahir', '1966-01-12');
    type('Hari pertama bekerja', '2026-10-01');
    type('Upah sebulan (Rp)', '6000000');
    fireEvent.click(button('Daftarkan Pekerja'));
    await waitFor(() => expect(errorOf(input('NIK'))).toMatch(/^NIK ini tidak ada di data kependudukan/));
    expect(errorOf(input('NIK'))).toContain('minta pekerja memeriksa datanya di Dinas Dukcapil');

    fireEvent.click(button('Daftarkan Pekerja'));
    expect(await screen.findByText('97000000025')).toBeTruthy();
    expect(
      screen.getByText(
        'Jaminan Pensiun (JP) tidak diikuti: pada hari pertama bekerja pekerja berumur 60 tahun, sudah mencapai usia pensiun 59 tahun (PP 45/2015 pasal 15).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/Jaminan Kehilangan Pekerjaan \(JKP\) tidak diikuti: pekerja berumur 60 tahun/),
    ).toBeTruthy();
  });

  it('keeps what was typed while HR visits another page of the portal', async () => {
    mockFetch({ ...signedInAsHr, 'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }) });
    renderAt('/employer/pekerja/daftar');
    await screen.findByRole('heading', { level: 1, name: 'Daftarkan Pekerja' });
    type('NIK', '3174015508900001');
    type('Nama lengkap sesuai KTP', 'Siti Rahmawati');
    fireEvent.click(screen.getByRole('link', { name: 'Pekerja' }));
    await screen.findByRole('heading', { level: 1, name: 'Pekerja' });
    fireEvent.click(screen.getByRole('link', { name: 'Daftarkan pekerja' }));
    await screen.findByRole('heading', { level: 1, name: 'Daftarkan Pekerja' });
    expect(input('NIK').value).toBe('3174015508900001');
    expect(input('Nama lengkap sesuai KTP').value).toBe('Siti Rahmawati');
  });

  it('reports a leaver only after a confirmation that names the card and the first JHT claim day', async () => {
    const fetchMock = mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }),
      'POST /api/v1/employer/leavers': () => ({
        status: 200,
        body: { ...BUDI, status: 'nonactive', leftOn: '2026-10-31', leavingReason: 'terminated' },
      }),
    });
    renderAt(`/employer/pekerja/${BUDI.kpj}/berhenti`);
    await screen.findByRole('heading', { level: 1, name: 'Laporkan Pekerja Berhenti' });
    expect(await screen.findByText('Budi Santoso')).toBeTruthy();

    fireEvent.click(button('Lanjutkan'));
    expect(errorOf(input('Hari terakhir bekerja'))).toBe('Isi hari terakhir bekerja.');
    expect(screen.getByText('Pilih alasan berhenti.')).toBeTruthy();
    type('Hari terakhir bekerja', '2026-10-31');
    fireEvent.click(screen.getByRole('radio', { name: 'PHK' }));
    fireEvent.click(button('Lanjutkan'));

    const confirm = await screen.findByRole('heading', { level: 2, name: 'Laporkan berhenti?' });
    expect(document.activeElement).toBe(confirm);
    expect(
      screen.getByText(
        `Kartu peserta Budi Santoso (KPJ ${BUDI.kpj}) menjadi nonaktif sejak 31 Okt 2026. Iurannya tidak ditagihkan lagi mulai bulan berikutnya.`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Pekerja dapat mengajukan klaim JHT satu bulan setelah tanggal berhenti, yaitu mulai 30 Nov 2026.',
      ),
    ).toBeTruthy();
    // Cancelling goes back with the entries kept; nothing was sent.
    fireEvent.click(button('Batal, ubah isian'));
    expect(input('Hari terakhir bekerja').value).toBe('2026-10-31');
    expect(posts(fetchMock, '/employer/leavers')).toHaveLength(0);

    fireEvent.click(button('Lanjutkan'));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, laporkan berhenti' }));
    expect(
      await screen.findByText('Budi Santoso dilaporkan berhenti per 31 Okt 2026. Kartunya kini nonaktif.'),
    ).toBeTruthy();
    expect(screen.getByText('Pekerja dapat mengajukan klaim JHT mulai 30 Nov 2026.')).toBeTruthy();
    expect(bodyOf(posts(fetchMock, '/employer/leavers')[0]![1])).toEqual({
      kpj: BUDI.kpj,
      leftOn: '2026-10-31',
      reason: 'terminated',
    });
  });

  it('says so when the worker was already reported as having left', async () => {
    mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }),
      'POST /api/v1/employer/leavers': () => problem(409, 'worker_already_left'),
    });
    renderAt(`/employer/pekerja/${BUDI.kpj}/berhenti`);
    await screen.findByLabelText('Hari terakhir bekerja');
    type('Hari terakhir bekerja', '2026-10-31');
    fireEvent.click(screen.getByRole('radio', { name: 'Mengundurkan diri' }));
    fireEvent.click(button('Lanjutkan'));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, laporkan berhenti' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('worker_already_left', 'id'));
  });
});

describe('employer portal: wage report', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
  });

  it('prefills the wages of the period, shows each line the API refused, keeps the input, then the drops', async () => {
    let workers = WORKERS;
    const answers = [
      () =>
        problem(400, 'invalid_request', {
          errors: [
            {
              path: 'wages.1.wage',
              message: 'Upah di atas Rp1.000.000.000 sebulan: periksa kembali angkanya.',
            },
          ],
        }),
      () => {
        workers = { workers: [WORKERS.workers[0]!, { ...BUDI, wage: '6500000', wageFrom: '2026-11' }, SITI] };
        return {
          status: 200,
          body: {
            period: '2026-11',
            recorded: 1,
            unchanged: 1,
            drops: [{ kpj: BUDI.kpj, previous: '7250000', wage: '6500000' }],
          },
        };
      },
    ];
    const fetchMock = mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }),
      'GET /api/v1/employer/workers': () => ({ status: 200, body: workers }),
      'GET /api/v1/employer/invoices': () => ({ status: 200, body: { asOf: '2026-11-10', invoices: [] } }),
      'POST /api/v1/employer/wage-reports': () => answers.shift()!() as never,
    });
    renderAt('/employer/upah');
    await screen.findByRole('heading', { level: 1, name: 'Lapor Upah' });
    const period = screen.getByLabelText('Periode (berlaku mulai)') as HTMLSelectElement;
    expect(period.value).toBe('2026-11');
    expect([...period.options].slice(0, 3).map((o) => o.text)).toEqual([
      'November 2026',
      'Oktober 2026',
      'September 2026',
    ]);
    // Agus left in 2025: not on the November report.
    expect(screen.queryByLabelText('Upah Agus Salim')).toBeNull();
    expect(input('Upah Budi Santoso').value).toBe('7.250.000');
    expect(input('Upah Siti Rahmawati').value).toBe('12.000.000');
    expect(screen.getByText('2 pekerja dalam laporan, 0 upah berubah.')).toBeTruthy();

    type('Upah Siti Rahmawati', '12000000000');
    type('Upah Budi Santoso', '');
    fireEvent.click(button('Kirim Laporan Upah (2 pekerja)'));
    expect(errorOf(input('Upah Budi Santoso'))).toBe('Isi upah sebulan.');
    expect(document.activeElement).toBe(input('Upah Budi Santoso'));
    expect(posts(fetchMock, '/employer/wage-reports')).toHaveLength(0);

    type('Upah Budi Santoso', '6500000');
    expect(
      screen.getByText('Lebih rendah dari upah sekarang (Rp7.250.000). Pekerja akan diberi tahu.'),
    ).toBeTruthy();
    fireEvent.click(button('Kirim Laporan Upah (2 pekerja)'));
    // The API names line 1 (Siti): the reason is shown there; nothing typed is lost.
    await waitFor(() =>
      expect(errorOf(input('Upah Siti Rahmawati'))).toBe(
        'Upah di atas Rp1.000.000.000 sebulan: periksa kembali angkanya.',
      ),
    );
    expect(errorOf(input('Upah Budi Santoso'))).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toBe(
      'Laporan belum diterima: 1 baris perlu diperbaiki. Tidak ada upah yang dicatat.',
    );
    expect(document.activeElement).toBe(input('Upah Siti Rahmawati'));
    expect(input('Upah Budi Santoso').value).toBe('6.500.000');
    expect(bodyOf(posts(fetchMock, '/employer/wage-reports')[0]![1])).toEqual({
      period: '2026-11',
      wages: [
        { kpj: BUDI.kpj, wage: '6500000' },
        { kpj: SITI.kpj, wage: '12000000000' },
      ],
    });

    type('Upah Siti Rahmawati', '12.000.000');
    fireEvent.click(button('Kirim Laporan Upah (2 pekerja)'));
    const done = await screen.findByRole('heading', {
      level: 2,
      name: 'Laporan upah November 2026 diterima',
    });
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(
      screen.getByText('1 upah dicatat, 1 tidak berubah (sama dengan yang sudah dilaporkan).'),
    ).toBeTruthy();
    expect(screen.getByText('Upah 1 pekerja turun')).toBeTruthy();
    const drop = screen.getByText('Budi Santoso').closest('li')!;
    expect(drop.textContent).toContain('dari Rp7.250.000 menjadi Rp6.500.000');
    expect(screen.getByText(/Pekerja ini diberi tahu bahwa upahnya dilaporkan lebih rendah/)).toBeTruthy();
    // The list now shows the wage in force.
    await waitFor(() =>
      expect(screen.getByText(/Sekarang Rp6\.500\.000 \(sejak November 2026\)/)).toBeTruthy(),
    );
  });

  it('marks the periods already invoiced, and says why their wages cannot change', async () => {
    mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }),
      'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }),
      'GET /api/v1/employer/invoices': () => ({
        status: 200,
        body: { asOf: '2026-11-10', invoices: [{ period: '2026-10', number: 'TAG-10000001-202610' }] },
      }),
    });
    renderAt('/employer/upah');
    const period = (await screen.findByLabelText('Periode (berlaku mulai)')) as HTMLSelectElement;
    expect([...period.options].slice(0, 2).map((o) => o.text)).toEqual([
      'November 2026',
      'Oktober 2026 — sudah ditagih',
    ]);
    expect(screen.queryByText(/Tagihan periode ini sudah terbit/)).toBeNull();
    fireEvent.change(period, { target: { value: '2026-10' } });
    expect(
      screen.getByText(/Tagihan periode ini sudah terbit, jadi upahnya tidak dapat diubah lagi/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka tagihan periode ini' }).getAttribute('href')).toBe(
      '/employer/tagihan/TAG-10000001-202610',
    );
  });

  it('links to the invoice when the period is already invoiced, in English when chosen', async () => {
    setLang('en');
    mockFetch({
      ...signedInAsHr,
      'GET /api/v1/employer': () => ({ status: 200, body: PROFILE }),
      'GET /api/v1/employer/workers': () => ({ status: 200, body: WORKERS }),
      // The list does not know the invoice yet (issued meanwhile, elsewhere): the API refuses.
      'GET /api/v1/employer/invoices': () => ({ status: 200, body: { asOf: '2026-11-10', invoices: [] } }),
      'POST /api/v1/employer/wage-reports': () =>
        problem(409, 'wage_period_invoiced', { detail: 'TAG-10000001-202610' }),
    });
    renderAt('/employer/upah?periode=2026-10');
    await screen.findByRole('heading', { level: 1, name: 'Report Wages' });
    expect((screen.getByLabelText('Period (in force from)') as HTMLSelectElement).value).toBe('2026-10');
    fireEvent.click(button('Send Wage Report (2 workers)'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('wage_period_invoiced', 'en'));
    expect(within(alert).getByRole('link', { name: "Open this period's invoice" }).getAttribute('href')).toBe(
      '/employer/tagihan/TAG-10000001-202610',
    );
  });
});
