import { errorMessage } from '@jmo/core/contracts/errors';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headersOf, ME, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const REGISTRATION_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const NOW = Date.parse('2026-11-23T03:00:00Z');

function pendingReply(now = Date.now()) {
  return {
    status: 201,
    body: {
      registrationId: REGISTRATION_ID,
      maskedEmail: 's***@e***.com',
      maskedPhone: '0812****7890',
      codesExpireAt: new Date(now + 300_000).toISOString(),
      resendAvailableAt: new Date(now + 60_000).toISOString(),
    },
  };
}

/** What step 2 leaves in sessionStorage, as if the member had just registered at `now`. */
function storePending(now = Date.now(), times = { expires: 300_000, resend: 60_000 }) {
  const channel = {
    expiresAt: new Date(now + times.expires).toISOString(),
    resendAt: new Date(now + times.resend).toISOString(),
  };
  window.sessionStorage.setItem(
    'jmo.daftar',
    JSON.stringify({
      registrationId: REGISTRATION_ID,
      segment: 'BPU',
      maskedEmail: 's***@e***.com',
      maskedPhone: '0812****7890',
      email: channel,
      sms: { ...channel },
    }),
  );
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });

function fillDetails() {
  type('NIK', '3174 0157 0890 0001');
  type('Nama Lengkap', 'Siti Rahayu');
  type('Tanggal Lahir', '1990-08-17');
  type('Email', 'siti@contoh.id');
  type('Nomor HP', '081234567890');
  type('Kata Sandi', 'kopi susu di pagi hari');
  fireEvent.click(screen.getByRole('checkbox', { name: /^Saya menyatakan/ }));
}

/** The error text an input is described by. */
function errorOf(element: HTMLElement): string | undefined {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? (document.getElementById(error)?.textContent ?? undefined) : undefined;
}

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

describe('registration, step 1: category', () => {
  useCleanSlate();

  it('is reached from the sign-in page and offers three named choices', async () => {
    mockFetch({});
    renderAt('/masuk');
    fireEvent.click(screen.getByRole('link', { name: 'Belum punya akun? Daftar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Pilih kategori' })).toBeTruthy();
    expect(window.location.pathname).toBe('/daftar');
    expect(screen.getByText('Langkah 1 dari 3')).toBeTruthy();
    expect(document.title).toBe('Daftar: Pilih kategori — JMO');
    const group = screen.getByRole('group', { name: /Pilih kategori yang paling sesuai/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /^Penerima Upah/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Bukan Penerima Upah/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Pekerja Migran Indonesia/ })).toBeTruthy();
    const pu = screen.getByRole('radio', { name: /^Penerima Upah/ });
    expect(document.getElementById(pu.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /pemberi kerja/,
    );
    expect(screen.getByRole('link', { name: 'Sudah punya akun? Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('asks for a choice, then moves to step 2 with focus on its heading', async () => {
    mockFetch({});
    renderAt('/daftar');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.getByText('Pilih salah satu kategori.')).toBeTruthy();
    const pu = screen.getByRole('radio', { name: /^Penerima Upah/ });
    expect(document.activeElement).toBe(pu);
    expect(pu.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('radio', { name: /^Bukan Penerima Upah/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Data diri' });
    expect(window.location.pathname + window.location.search).toBe('/daftar/data-diri?kategori=BPU');
    expect(screen.getByText('Langkah 2 dari 3')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Bukan Penerima Upah')).toBeTruthy();
  });

  it('switches to English with the rest of the app', async () => {
    mockFetch({});
    renderAt('/daftar');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a category' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Informal worker/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });

  it('sends a visitor who lands on a later step without its data back to step 1', async () => {
    mockFetch({});
    renderAt('/daftar/data-diri');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pilih kategori' })).toBeTruthy();
    expect(window.location.pathname).toBe('/daftar');

    renderAt('/daftar/verifikasi');
    await waitFor(() => expect(window.location.pathname).toBe('/daftar'));
  });
});

describe('registration, step 2: identity', () => {
  useCleanSlate();

  it('checks only that everything is there, without calling the server', () => {
    const fetchMock = mockFetch({});
    renderAt('/daftar/data-diri?kategori=PU');
    expect(input('NIK').getAttribute('inputmode')).toBe('numeric');
    expect(input('Nomor HP').getAttribute('inputmode')).toBe('tel');
    expect(input('Tanggal Lahir').type).toBe('date');
    expect(input('Kata Sandi').type).toBe('password');
    expect(input('Kata Sandi').getAttribute('autocomplete')).toBe('new-password');
    expect(errorOf(input('NIK'))).toBeUndefined();
    expect(document.getElementById(input('NIK').getAttribute('aria-describedby')!)?.textContent).toBe(
      '16 digit sesuai KTP',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));

    expect(errorOf(input('NIK'))).toBe('Isi NIK Anda.');
    expect(errorOf(input('Nama Lengkap'))).toBe('Isi nama lengkap Anda sesuai KTP.');
    expect(errorOf(input('Kata Sandi'))).toBe('Buat kata sandi Anda.');
    expect(errorOf(screen.getByRole('checkbox', { name: /^Saya menyatakan/ }))).toBe(
      'Centang pernyataan ini untuk melanjutkan.',
    );
    expect(input('NIK').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('NIK'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('strips spaces from the NIK, keeps 16 digits, and says how many are missing', () => {
    mockFetch({});
    renderAt('/daftar/data-diri?kategori=PU');
    type('NIK', '3174 0157 0890 0001 99');
    expect(input('NIK').value).toBe('3174015708900001');
    type('NIK', '3174 0157 0890 000');
    type('Kata Sandi', 'pendek');
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    expect(errorOf(input('NIK'))).toBe('NIK harus 16 digit. Yang terisi 15 digit.');
    expect(errorOf(input('Kata Sandi'))).toBe('Kata sandi minimal 8 karakter.');
  });

  it('shows and hides the password', () => {
    mockFetch({});
    renderAt('/daftar/data-diri?kategori=PU');
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(input('Kata Sandi').type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Sembunyikan' }));
    expect(input('Kata Sandi').type).toBe('password');
  });

  it("puts each of a problem's field errors under its field and focuses the first", async () => {
    mockFetch({
      'POST /api/v1/registrations': () =>
        problem(400, 'invalid_request', {
          errors: [
            { path: 'email', message: 'Alamat email ini tidak bisa dipakai.' },
            { path: 'password', message: 'Kata sandi ini terlalu umum dan mudah ditebak.' },
            { path: 'body.fullName', message: 'Too big: expected string to have <=120 characters' },
          ],
        }),
    });
    renderAt('/daftar/data-diri?kategori=PU');
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));

    await waitFor(() => expect(document.activeElement).toBe(input('Nama Lengkap')));
    // Schema messages are the validator's English: the app says it in its own words.
    expect(errorOf(input('Nama Lengkap'))).toBe('Periksa nama lengkap: tulis sesuai KTP.');
    expect(errorOf(input('Email'))).toBe('Alamat email ini tidak bisa dipakai.');
    expect(errorOf(input('Kata Sandi'))).toBe('Kata sandi ini terlalu umum dan mudah ditebak.');
    for (const label of ['Nama Lengkap', 'Email', 'Kata Sandi']) {
      expect(input(label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(input('NIK').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks the field the population registry disagrees with', async () => {
    mockFetch({ 'POST /api/v1/registrations': () => problem(422, 'registry_birth_date_mismatch') });
    renderAt('/daftar/data-diri?kategori=PU');
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await waitFor(() => expect(document.activeElement).toBe(input('Tanggal Lahir')));
    expect(errorOf(input('Tanggal Lahir'))).toBe(errorMessage('registry_birth_date_mismatch', 'id'));
  });

  it('offers to sign in when the NIK already has an account', async () => {
    mockFetch({ 'POST /api/v1/registrations': () => problem(409, 'nik_already_registered') });
    renderAt('/daftar/data-diri?kategori=PU');
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('nik_already_registered', 'id'));
    expect(within(alert).getByRole('link', { name: 'Masuk ke akun Anda' }).getAttribute('href')).toBe(
      '/masuk',
    );
  });

  it('says when to try again after too many registrations', async () => {
    const retryAt = new Date(Date.now() + 10 * 60_000);
    mockFetch({
      'POST /api/v1/registrations': () =>
        problem(429, 'too_many_requests', { retryAt: retryAt.toISOString() }),
    });
    renderAt('/daftar/data-diri?kategori=PU');
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    const alert = await screen.findByRole('alert');
    const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(retryAt);
    expect(alert.textContent).toBe(
      `${errorMessage('too_many_requests', 'id')} Coba lagi setelah pukul ${time}.`,
    );
  });

  it('is busy while sending, then shows step 3 and remembers the registration for a reload', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fetchMock = mockFetch({
      'POST /api/v1/registrations': async () => {
        await gate;
        return pendingReply();
      },
    });
    renderAt('/daftar/data-diri?kategori=PMI');
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    const busy = await screen.findByRole('button', { name: 'Sedang mendaftar…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    release();

    const heading = await screen.findByRole('heading', { level: 1, name: 'Verifikasi' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(window.location.pathname).toBe('/daftar/verifikasi');
    expect(
      screen.getByText(/Kami mengirim kode ke s\*\*\*@e\*\*\*\.com dan 0812\*\*\*\*7890\./),
    ).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('/api/v1/registrations');
    expect(headersOf(init)['Accept-Language']).toBe('id');
    expect(bodyOf(init)).toEqual({
      segment: 'PMI',
      nik: '3174015708900001',
      fullName: 'Siti Rahayu',
      birthDate: '1990-08-17',
      email: 'siti@contoh.id',
      phone: '081234567890',
      password: 'kopi susu di pagi hari',
      locale: 'id',
    });
    const stored = window.sessionStorage.getItem('jmo.daftar') ?? '';
    expect(JSON.parse(stored).registrationId).toBe(REGISTRATION_ID);
    expect(stored).not.toContain('3174015708900001');
    expect(stored).not.toContain('kopi');
  });
});

describe('registration, step 3: verification', () => {
  useCleanSlate();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('continues after a reload, with the code inputs phones can fill', () => {
    mockFetch({});
    storePending();
    renderAt('/daftar/verifikasi');
    expect(screen.getByRole('heading', { level: 1, name: 'Verifikasi' })).toBeTruthy();
    expect(screen.getByText('Langkah 3 dari 3')).toBeTruthy();
    const emailCode = input('Kode dari Email');
    const smsCode = input('Kode dari SMS');
    expect(emailCode.getAttribute('inputmode')).toBe('numeric');
    expect(smsCode.getAttribute('inputmode')).toBe('numeric');
    expect(smsCode.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.input(smsCode, { target: { value: '65 43-21 9' } });
    expect(smsCode.value).toBe('654321');
  });

  it('counts down to the resend and the expiry, then sends a new code on one channel', async () => {
    vi.useFakeTimers({ now: NOW });
    storePending(NOW);
    const fetchMock = mockFetch({
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/codes': () => ({
        status: 200,
        body: {
          codesExpireAt: new Date(Date.now() + 300_000).toISOString(),
          resendAvailableAt: new Date(Date.now() + 60_000).toISOString(),
        },
      }),
    });
    renderAt('/daftar/verifikasi');
    const resendEmail = () =>
      screen.getByRole('button', { name: 'Kirim ulang kode e-mail' }) as HTMLButtonElement;
    const resendSms = () => screen.getByRole('button', { name: 'Kirim ulang kode SMS' }) as HTMLButtonElement;

    expect(resendEmail().disabled).toBe(true);
    expect(resendSms().disabled).toBe(true);
    expect(document.getElementById(resendEmail().getAttribute('aria-describedby')!)?.textContent).toBe(
      'Bisa dikirim ulang dalam 60 detik.',
    );
    expect(document.getElementById('reg-emailCode-hint')?.textContent).toBe('Kode berlaku 5:00 lagi.');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(59_000);
    });
    expect(screen.getAllByText('Bisa dikirim ulang dalam 1 detik.')).toHaveLength(2);
    expect(document.getElementById('reg-smsCode-hint')?.textContent).toBe('Kode berlaku 4:01 lagi.');
    expect(resendEmail().disabled).toBe(true);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(resendEmail().disabled).toBe(false);
    expect(resendSms().disabled).toBe(false);
    expect(screen.queryByText(/Bisa dikirim ulang/)).toBeNull();

    fireEvent.click(resendEmail());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(bodyOf(fetchMock.mock.calls[0]![1])).toEqual({ channel: 'email' });
    expect(screen.getByRole('status').textContent).toBe('Kode baru sudah dikirim ke s***@e***.com.');
    expect(document.activeElement).toBe(input('Kode dari Email'));
    expect(resendEmail().disabled).toBe(true);
    expect(resendSms().disabled).toBe(false);
    expect(document.getElementById('reg-emailCode-hint')?.textContent).toBe('Kode berlaku 5:00 lagi.');
    expect(document.getElementById('reg-smsCode-hint')?.textContent).toBe('Kode berlaku 4:00 lagi.');
    // The new times survive a reload too.
    const stored = JSON.parse(window.sessionStorage.getItem('jmo.daftar')!);
    expect(stored.email.resendAt).toBe(new Date(NOW + 120_000).toISOString());

    await act(async () => {
      await vi.advanceTimersByTimeAsync(240_000);
    });
    expect(document.getElementById('reg-smsCode-hint')?.textContent).toBe(
      'Kode sudah kedaluwarsa. Kirim ulang kode.',
    );
  });

  it('waits as long as the server says when a resend is refused', async () => {
    const retryAt = new Date(Date.now() + 45 * 60_000).toISOString();
    mockFetch({
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/codes': () =>
        problem(429, 'code_send_limit_reached', { retryAt }),
    });
    storePending(Date.now(), { expires: 300_000, resend: -1_000 });
    renderAt('/daftar/verifikasi');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim ulang kode SMS' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('code_send_limit_reached', 'id'));
    expect(alert.textContent).toContain('Coba lagi setelah pukul');
    const sms = screen.getByRole('button', { name: 'Kirim ulang kode SMS' }) as HTMLButtonElement;
    expect(sms.disabled).toBe(true);
    expect(screen.getByText('Bisa dikirim ulang dalam 45 menit.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Kirim ulang kode e-mail' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('marks the wrong code with how many tries are left', async () => {
    mockFetch({
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/verify': () =>
        problem(422, 'code_invalid', {
          detail: 'Sisa 4 percobaan untuk kode SMS',
          errors: [{ path: 'smsCode', message: 'wrong code' }],
        }),
    });
    storePending();
    renderAt('/daftar/verifikasi');
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    expect(errorOf(input('Kode dari Email'))).toBe('Isi 6 angka kode.');
    expect(document.activeElement).toBe(input('Kode dari Email'));

    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));

    await waitFor(() => expect(document.activeElement).toBe(input('Kode dari SMS')));
    expect(errorOf(input('Kode dari SMS'))).toBe(
      `${errorMessage('code_invalid', 'id')} Sisa 4 percobaan untuk kode SMS`,
    );
    expect(input('Kode dari SMS').getAttribute('aria-invalid')).toBe('true');
    expect(input('Kode dari Email').getAttribute('aria-invalid')).toBeNull();
  });

  it('offers to sign in or change the details when the e-mail was taken meanwhile', async () => {
    mockFetch({
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/verify': () =>
        problem(409, 'email_already_used'),
    });
    storePending();
    renderAt('/daftar/verifikasi');
    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('email_already_used', 'id'));
    expect(within(alert).getByRole('link', { name: 'Masuk ke akun Anda' }).getAttribute('href')).toBe(
      '/masuk',
    );
    expect(within(alert).getByRole('link', { name: 'Ubah data diri' }).getAttribute('href')).toBe(
      '/daftar/data-diri?kategori=BPU',
    );
  });

  it('starts again from step 1 when the registration is gone', async () => {
    mockFetch({
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/verify': () =>
        problem(404, 'registration_not_found'),
    });
    storePending();
    renderAt('/daftar/verifikasi');
    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Pilih kategori' });
    expect(window.location.pathname).toBe('/daftar');
    expect(screen.getByRole('alert').textContent).toBe(errorMessage('registration_not_found', 'id'));
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(window.sessionStorage.getItem('jmo.daftar')).toBeNull();
  });
});

describe('registration, the whole way', () => {
  useCleanSlate();

  it('registers, verifies both codes and lands signed in on a home without cards', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/registrations': () => pendingReply(),
      'POST /api/v1/registrations/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/verify': () => ({
        status: 201,
        body: ME,
      }),
      'GET /api/v1/me/cards': () => ({
        status: 200,
        body: { asOf: '2026-11-23', totalJhtBalance: '0', cards: [] },
      }),
    });
    renderAt('/daftar');
    fireEvent.click(screen.getByRole('radio', { name: /^Penerima Upah/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    await screen.findByRole('heading', { level: 1, name: 'Data diri' });
    fillDetails();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await screen.findByRole('heading', { level: 1, name: 'Verifikasi' });
    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    expect(screen.getByText(/^Belum ada kartu peserta/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
    const verify = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/verify'))!;
    expect(bodyOf(verify[1])).toEqual({ emailCode: '123456', smsCode: '654321' });
    expect(bodyOf(fetchMock.mock.calls[0]![1])).toMatchObject({ segment: 'PU' });
    expect(window.sessionStorage.getItem('jmo.daftar')).toBeNull();
    // The member is known from the verification: no extra round trip for who they are.
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/v1/me')).toBe(false);
  });
});
