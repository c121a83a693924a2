import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { CARDS, ME, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const KPJ = '23012345678';
const BASE = `/api/v1/me/cards/${KPJ}/data-update`;
const ORDER = ['membership', 'confirm', 'face', 'contact', 'tax_bank', 'population', 'additional', 'review'];

const EMPTY_ENTRIES = { contact: null, taxBank: null, population: null, additional: null };

/** The server's view with `current` as the step to resume at. */
function viewAt(current: string, extra: Record<string, unknown> = {}) {
  const at = ORDER.indexOf(current);
  return {
    kpj: KPJ,
    status: 'draft',
    round: 1,
    currentStep: current,
    steps: ORDER.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? 'current' : 'todo' })),
    checks: { face: at > 2 ? 'passed' : null, contact: null, bank: null },
    membership: {
      kpj: KPJ,
      fullName: 'BUDI SANTOSO',
      maskedNik: '317401**********',
      birthDate: '1990-05-17',
      sex: 'M',
      segment: 'PU',
      status: 'active',
      employer: { npp: 'AA010001', name: 'PT Sinar Maju Bersama' },
      joinedOn: '2019-03-01',
    },
    region: {
      provinceCode: '31',
      provinceName: 'DKI Jakarta',
      regencyCode: '3174',
      regencyName: 'Kota Jakarta Selatan',
      districtCode: '317401',
      districtName: 'Tebet',
    },
    current: {
      phone: '+6281234567890',
      email: 'budi@contoh.id',
      npwp: null,
      bank: null,
      familyCardNumber: null,
      address: null,
      maritalStatus: null,
      mothersMaidenName: null,
      emergencyContact: null,
    },
    entered: EMPTY_ENTRIES,
    offered: null,
    contactVerification: [],
    face: { maxAttemptsPerDay: 3, failedToday: 0, attemptsLeft: 3, last: null },
    review: null,
    returned: null,
    completedAt: null,
    noNpwpNote: 'Tanpa NPWP, pajak atas manfaat JHT dipotong dengan tarif lebih tinggi.',
    ...extra,
  };
}

const BANK = {
  code: '002',
  bankName: 'Bank Rakyat Indonesia',
  isStateOwned: true,
  accountNumber: '0123456789012',
  holderName: 'BUDI SANTOSO',
};

function signedIn(routes: Parameters<typeof mockFetch>[0]) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: ME }),
    ...routes,
  });
}

describe('pengkinian data wizard', () => {
  useCleanSlate();

  it('resumes at the server’s current step with its own address and "Langkah n dari N"', async () => {
    signedIn({ [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('tax_bank') }) });
    renderAt(`/kartu/${KPJ}/pengkinian`);
    // The first test of the file loads the lazy chunk: more than findBy's 1 s on two busy cores.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'NPWP dan rekening bank' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(window.location.pathname).toBe(`/kartu/${KPJ}/pengkinian/npwp-rekening`);
    expect(screen.getByText('Langkah 5 dari 8')).toBeTruthy();
    // Himbara banks are marked in the list; the no-NPWP rule is shown while NPWP is empty.
    const bank = screen.getByLabelText('Bank') as HTMLSelectElement;
    expect([...bank.options].some((o) => o.text === 'Bank Rakyat Indonesia (Himbara)')).toBe(true);
    expect(screen.getByText(/pajak atas manfaat JHT/)).toBeTruthy();
  });

  it('sends a step that is not reached yet back to the current one', async () => {
    signedIn({ [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('contact') }) });
    renderAt(`/kartu/${KPJ}/pengkinian/periksa`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Data kontak' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/kartu/${KPJ}/pengkinian/kontak`);
    expect((screen.getByLabelText('Nomor HP') as HTMLInputElement).value).toBe('+6281234567890');
  });

  it('shows each field’s problem beside it and keeps what was typed; a bank outage says try later', async () => {
    let calls = 0;
    const fetchMock = signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('tax_bank') }),
      [`PUT ${BASE}/steps/tax_bank`]: () => {
        calls++;
        return calls === 1
          ? problem(422, 'data_update_step_invalid', {
              errors: [
                { path: 'npwp', message: 'NPWP harus 15 atau 16 angka.' },
                { path: 'accountNumber', message: 'Nomor rekening BRI terdiri dari 10–15 angka.' },
              ],
            })
          : problem(503, 'bank_unavailable');
      },
    });
    renderAt(`/kartu/${KPJ}/pengkinian/npwp-rekening`);
    fireEvent.change(await screen.findByLabelText('Bank'), { target: { value: '002' } });
    fireEvent.input(screen.getByLabelText('Nomor rekening'), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('NPWP (tidak wajib)'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    const account = screen.getByLabelText('Nomor rekening') as HTMLInputElement;
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(account.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent,
    ).toBe('Nomor rekening BRI terdiri dari 10–15 angka.');
    expect(screen.getByText('NPWP harus 15 atau 16 angka.')).toBeTruthy();
    // The first field with a problem has focus.
    await waitFor(() => expect(document.activeElement).toBe(account));
    const body = JSON.parse(String(fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT')?.[1]?.body));
    expect(body).toEqual({ bankCode: '002', accountNumber: '12', npwp: '123' });

    fireEvent.input(account, { target: { value: '0123456789012' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByText(/Bank belum bisa memeriksa rekening saat ini/)).toBeTruthy();
    expect((screen.getByLabelText('Nomor rekening') as HTMLInputElement).value).toBe('0123456789012');
  });

  it('shows the holder name the bank returned, then moves on to the next step', async () => {
    const after = viewAt('population', {
      entered: { ...EMPTY_ENTRIES, taxBank: { npwp: null, bank: BANK, verified: true } },
    });
    signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('tax_bank') }),
      [`PUT ${BASE}/steps/tax_bank`]: () => ({ status: 200, body: after }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/npwp-rekening`);
    fireEvent.change(await screen.findByLabelText('Bank'), { target: { value: '002' } });
    fireEvent.input(screen.getByLabelText('Nomor rekening'), { target: { value: '0123456789012' } });
    fireEvent.click(screen.getByLabelText('Saya tidak punya NPWP'));
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByText('BUDI SANTOSO')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Data kependudukan' })).toBeTruthy();
    // The NIK's region is the address's default.
    expect(screen.getByText('Kota Jakarta Selatan')).toBeTruthy();
    expect(screen.getByText('Tebet')).toBeTruthy();
  });

  it('offers what the other card entered with one tap instead of retyping', async () => {
    const offered = {
      fromKpj: '19087654321',
      entries: {
        ...EMPTY_ENTRIES,
        additional: {
          maritalStatus: 'married',
          mothersMaidenName: 'SITI AMINAH',
          emergencyContact: { name: 'Rina', relation: 'spouse', phone: '+6281298765432' },
        },
      },
    };
    const fetchMock = signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('additional', { offered }) }),
      [`PUT ${BASE}/steps/additional`]: () => ({ status: 200, body: viewAt('review') }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/data-tambahan`);
    fireEvent.click(await screen.findByRole('button', { name: 'Gunakan data dari kartu 19087654321' }));
    expect((screen.getByLabelText('Nama ibu kandung') as HTMLInputElement).value).toBe('SITI AMINAH');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Periksa semua data' })).toBeTruthy();
    const body = JSON.parse(String(fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT')?.[1]?.body));
    expect(body).toEqual({
      maritalStatus: 'married',
      mothersMaidenName: 'SITI AMINAH',
      emergencyContact: { name: 'Rina', relation: 'spouse', phone: '+6281298765432' },
    });
  });

  it('asks for the code sent to a changed phone before going on', async () => {
    const changeId = '0190a000-0000-7000-8000-0000000000c1';
    const waiting = viewAt('contact', {
      contactVerification: [
        { channel: 'sms', changeId, sentTo: '+62 812-****-1111', expiresAt: '2026-12-02T10:00:00Z' },
      ],
    });
    const fetchMock = signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('contact') }),
      [`PUT ${BASE}/steps/contact`]: () => ({ status: 202, body: waiting }),
      [`POST ${BASE}/contact/verify`]: () => ({ status: 200, body: viewAt('tax_bank') }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/kontak`);
    fireEvent.input(await screen.findByLabelText('Nomor HP'), { target: { value: '081200001111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByText(/dikirim lewat SMS ke \+62 812-\*\*\*\*-1111/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Kode dari SMS'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi kode' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'NPWP dan rekening bank' })).toBeTruthy();
    const verify = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/contact/verify'));
    expect(JSON.parse(String(verify?.[1]?.body))).toEqual({ changeId, code: '123456' });
  });

  it('on a failed face check gives the advice for its cause and the attempts left (file fallback without a camera)', async () => {
    const fetchMock = signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('face') }),
      [`POST ${BASE}/face`]: () =>
        problem(422, 'face_not_matching', { detail: 'Sisa 2 percobaan hari ini.' }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/wajah`);
    expect(await screen.findByText(/Kamera tidak bisa dibuka/)).toBeTruthy();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('user');
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'selfie.jpg', { type: 'image/jpeg' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wajah belum berhasil diverifikasi');
    expect(alert.textContent).toContain('lepas kacamata');
    expect(alert.textContent).toContain('Sisa 2 percobaan hari ini.');
    const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/face'));
    expect((call?.[1]?.headers ?? {}) as Record<string, string>).toMatchObject({
      'Content-Type': 'image/jpeg',
    });
  });

  it('after the last attempt shows the human path: who holds it and until when, and lets the member go on', async () => {
    const referred = {
      ...viewAt('contact'),
      checks: { face: 'referred', contact: null, bank: null },
      review: {
        kind: 'face_check',
        openedAt: '2026-12-02T03:00:00Z',
        dueOn: '2026-12-04',
        slaWorkingDays: 2,
        slaSource: 'JMO',
        slaIllustrative: true,
        holder: { kind: 'queue' },
      },
    };
    signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('face') }),
      [`POST ${BASE}/face`]: () => ({ status: 202, body: { outcome: 'referred', dataUpdate: referred } }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/wajah`);
    await screen.findByText(/Kamera tidak bisa dibuka/);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([new Uint8Array([1])], 'a.jpg', { type: 'image/jpeg' })] },
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sedang diverifikasi petugas' }),
    ).toBeTruthy();
    expect(screen.getByText('Menunggu petugas berikutnya')).toBeTruthy();
    expect(screen.getByText(/4 Des 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan langkah berikutnya' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Data kontak' })).toBeTruthy();
  });

  it('reviews everything with "Ubah" per section; Konfirmasi ends with "Data berhasil diperbarui"', async () => {
    const ready = viewAt('review', {
      entered: { ...EMPTY_ENTRIES, taxBank: { npwp: null, bank: BANK, verified: true } },
    });
    signedIn({
      [`GET ${BASE}`]: () => ({ status: 200, body: ready }),
      [`POST ${BASE}/confirm`]: () => ({
        status: 200,
        body: { ...ready, status: 'updated', currentStep: null, completedAt: '2026-12-02T04:00:00Z' },
      }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Periksa semua data' })).toBeTruthy();
    const bank = screen.getByRole('region', { name: 'NPWP dan rekening bank' });
    expect(within(bank).getByText('BUDI SANTOSO')).toBeTruthy();
    expect(within(bank).getByRole('link', { name: 'Ubah NPWP dan rekening bank' }).getAttribute('href')).toBe(
      `/kartu/${KPJ}/pengkinian/npwp-rekening`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Data berhasil diperbarui' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/kartu/${KPJ}/pengkinian/hasil`);
  });

  it('shows "Sedang diverifikasi" with the SLA date and holder', async () => {
    signedIn({
      [`GET ${BASE}`]: () => ({
        status: 200,
        body: viewAt('review', {
          status: 'in_review',
          review: {
            kind: 'data_update',
            openedAt: '2026-12-02T03:00:00Z',
            dueOn: '2026-12-07',
            slaWorkingDays: 3,
            slaSource: 'JMO',
            slaIllustrative: false,
            holder: { kind: 'officer', name: 'Dewi Lestari', branch: 'Jakarta Salemba' },
          },
        }),
      }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian/kontak`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sedang diverifikasi' })).toBeTruthy();
    expect(screen.getByText('Dewi Lestari, Jakarta Salemba')).toBeTruthy();
    expect(screen.getByText(/7 Des 2026/)).toBeTruthy();
  });

  it('a returned update shows the officer’s reasons and leads to the step to fix', async () => {
    signedIn({
      [`GET ${BASE}`]: () => ({
        status: 200,
        body: viewAt('tax_bank', {
          status: 'returned',
          returned: {
            at: '2026-12-03T03:00:00Z',
            reasons: [
              { code: 'bank_document', step: 'tax_bank', message: 'Rekening tidak sesuai buku tabungan.' },
            ],
            note: 'Mohon cek nomor rekening.',
          },
        }),
      }),
    });
    renderAt(`/kartu/${KPJ}/pengkinian`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Data perlu diperbaiki' })).toBeTruthy();
    expect(screen.getByText(/Rekening tidak sesuai buku tabungan/)).toBeTruthy();
    expect(screen.getByText(/Mohon cek nomor rekening/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Perbaiki' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'NPWP dan rekening bank' })).toBeTruthy();
  });

  it('speaks English on request', async () => {
    signedIn({ [`GET ${BASE}`]: () => ({ status: 200, body: viewAt('membership') }) });
    setLang('en');
    renderAt(`/kartu/${KPJ}/pengkinian`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Membership data' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 8')).toBeTruthy();
  });
});

describe('Beranda prompt', () => {
  useCleanSlate();

  it('shows a banner for each card whose data update is required, leading to its wizard', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/found': () => ({ status: 200, body: { cards: [] } }),
      'GET /api/v1/me/notifications': () => ({ status: 200, body: { unread: 0, notifications: [] } }),
    });
    renderAt('/');
    const prompts = await screen.findAllByTestId('data-update-prompt');
    expect(prompts).toHaveLength(1);
    const prompt = prompts[0] as HTMLElement;
    expect(prompt.textContent).toContain('Perbarui data Anda sebelum mengajukan klaim');
    expect(within(prompt).getByRole('link', { name: 'Perbarui data' }).getAttribute('href')).toBe(
      '/kartu/19087654321/pengkinian',
    );
    expect(screen.getByRole('link', { name: 'Ahli waris' }).getAttribute('href')).toBe('/ahli-waris');
  });

  it('puts every card still due in one banner, each with its own button', async () => {
    const due = CARDS.cards[1]!;
    const second = { ...due, kpj: '19087654339', dataUpdate: { status: 'returned', required: true } };
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: { ...CARDS, cards: [due, second] } }),
      'GET /api/v1/me/cards/found': () => ({ status: 200, body: { cards: [] } }),
      'GET /api/v1/me/notifications': () => ({ status: 200, body: { unread: 0, notifications: [] } }),
    });
    renderAt('/');
    const prompts = await screen.findAllByTestId('data-update-prompt');
    expect(prompts).toHaveLength(1);
    const prompt = prompts[0] as HTMLElement;
    expect(prompt.textContent).toContain('Pengkinian data kartu 19087654339 perlu diperbaiki.');
    expect(
      within(prompt)
        .getByRole('link', { name: `Perbarui data kartu ${due.kpj}` })
        .getAttribute('href'),
    ).toBe(`/kartu/${due.kpj}/pengkinian`);
    expect(
      within(prompt).getByRole('link', { name: 'Perbarui data kartu 19087654339' }).getAttribute('href'),
    ).toBe('/kartu/19087654339/pengkinian');
  });
});

describe('ahli waris', () => {
  useCleanSlate();

  it('says the shares must total 100% before saving, then saves the whole list', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/beneficiaries': () => ({ status: 200, body: { beneficiaries: [], updatedAt: null } }),
      'PUT /api/v1/me/beneficiaries': () => ({
        status: 200,
        body: {
          beneficiaries: [
            { fullName: 'RINA', maskedNik: '3174************', relation: 'spouse', shareBp: 6000 },
            { fullName: 'ANDI', maskedNik: '3174************', relation: 'child', shareBp: 4000 },
          ],
          updatedAt: '2026-12-02T04:00:00Z',
        },
      }),
    });
    renderAt('/ahli-waris');
    expect(await screen.findByText('Belum ada ahli waris yang ditunjuk.')).toBeTruthy();
    const add = screen.getByRole('button', { name: '+ Tambah ahli waris' });
    fireEvent.click(add);
    fireEvent.click(add);
    const names = screen.getAllByLabelText('Nama lengkap sesuai KTP');
    const niks = screen.getAllByLabelText('NIK');
    const relations = screen.getAllByLabelText('Hubungan');
    const shares = screen.getAllByLabelText('Bagian (%)');
    fireEvent.input(names[0] as HTMLElement, { target: { value: 'RINA' } });
    fireEvent.input(niks[0] as HTMLElement, { target: { value: '3174014107900002' } });
    fireEvent.change(relations[0] as HTMLElement, { target: { value: 'spouse' } });
    fireEvent.input(shares[0] as HTMLElement, { target: { value: '60' } });
    fireEvent.input(names[1] as HTMLElement, { target: { value: 'ANDI' } });
    fireEvent.input(niks[1] as HTMLElement, { target: { value: '3174010101150003' } });
    fireEvent.change(relations[1] as HTMLElement, { target: { value: 'child' } });
    fireEvent.input(shares[1] as HTMLElement, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan daftar ahli waris' }));
    expect(await screen.findByText(/harus tepat 100%, sekarang 90%/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(false);

    fireEvent.input(shares[1] as HTMLElement, { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan daftar ahli waris' }));
    expect(await screen.findByText('Daftar ahli waris tersimpan.')).toBeTruthy();
    const put = fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body)).beneficiaries).toEqual([
      { fullName: 'RINA', nik: '3174014107900002', relation: 'spouse', shareBp: 6000 },
      { fullName: 'ANDI', nik: '3174010101150003', relation: 'child', shareBp: 4000 },
    ]);
    expect(screen.getAllByText(/Ketik ulang NIK lengkap/)).toHaveLength(2);
  });
});
