import { errorMessage } from '@jmo/core/contracts/errors';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headersOf, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const NOW = Date.parse('2026-11-23T03:00:00Z');
const KPJ = '23012345678';
const NIK = '3174015708900001';
const PASSWORD = 'kopi susu di pagi hari';
const CHANNELS = {
  status: 200,
  body: {
    channels: [
      { channel: 'email', masked: 's***i@demo.jmo.id' },
      { channel: 'sms', masked: '+62812****0002' },
    ],
  },
};
const SENT = {
  status: 202,
  body: {
    channel: 'email',
    masked: 's***i@demo.jmo.id',
    codeExpiresAt: new Date(NOW + 300_000).toISOString(),
    resendAvailableAt: new Date(NOW + 60_000).toISOString(),
  },
};
const IDENTIFIERS = {
  status: 200,
  body: { email: 'siti@demo.jmo.id', phone: '+62812****0002', shownInFull: 'email' },
};

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));

/** The error text an input is described by. */
function errorOf(element: HTMLElement): string | undefined {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? (document.getElementById(error)?.textContent ?? undefined) : undefined;
}

async function flush(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function fillIdentity() {
  type('Nomor KPJ', '230-1234-5678');
  type('NIK', NIK);
}

describe('forgot account', () => {
  useCleanSlate();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is linked from the sign-in page and from forgot password', async () => {
    mockFetch({});
    renderAt('/masuk');
    fireEvent.click(screen.getByRole('link', { name: 'Lupa akun?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lupa Akun' })).toBeTruthy();
    expect(document.title).toBe('Lupa Akun — JMO');
    expect(screen.getByText('Langkah 1 dari 4')).toBeTruthy();

    renderAt('/lupa-password');
    expect(screen.getAllByRole('link', { name: 'Lupa Akun' })[0]!.getAttribute('href')).toBe('/lupa-akun');
  });

  it('finds the account, sends a code to the chosen address, shows how to sign in, saves a new password', async () => {
    vi.useFakeTimers({ now: NOW });
    const fetchMock = mockFetch({
      'POST /api/v1/auth/account-recovery': () => CHANNELS,
      'POST /api/v1/auth/account-recovery/code': () => SENT,
      'POST /api/v1/auth/account-recovery/verify': () => IDENTIFIERS,
      'POST /api/v1/auth/account-recovery/password': () => ({ status: 204 }),
    });
    renderAt('/lupa-akun');
    fillIdentity();
    expect(input('Nomor KPJ').value).toBe(KPJ);
    fireEvent.click(button('Cari Akun'));
    await flush();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('/api/v1/auth/account-recovery');
    expect(headersOf(init)['Accept-Language']).toBe('id');
    expect(bodyOf(init)).toEqual({ kpj: KPJ, nik: NIK });

    expect(screen.getByRole('heading', { level: 1, name: 'Pilih tujuan kode' })).toBeTruthy();
    expect(window.location.pathname).toBe('/lupa-akun/tujuan');
    expect(screen.getByText('Langkah 2 dari 4')).toBeTruthy();
    // Nothing in the address bar says which KPJ or NIK was typed.
    expect(window.location.href).not.toContain(NIK);
    fireEvent.click(button('Kirim Kode'));
    expect(errorOf(radio('Email'))).toBe('Pilih tujuan kode.');
    expect(radio('SMS ke nomor HP').getAttribute('aria-describedby')).toContain('channel-sms-help');
    expect(screen.getByText('+62812****0002')).toBeTruthy();
    fireEvent.click(radio('Email'));
    fireEvent.click(button('Kirim Kode'));
    await flush();
    expect(bodyOf(fetchMock.mock.calls[1]![1])).toEqual({ kpj: KPJ, nik: NIK, channel: 'email' });

    expect(screen.getByRole('heading', { level: 1, name: 'Masukkan kode' })).toBeTruthy();
    expect(screen.getByText('Kami mengirim kode 6 angka ke s***i@demo.jmo.id.')).toBeTruthy();
    expect(button('Kirim ulang kode').disabled).toBe(true);
    await flush(60_000);
    fireEvent.click(button('Kirim ulang kode'));
    await flush();
    expect(screen.getByRole('status').textContent).toBe('Kode baru sudah dikirim ke s***i@demo.jmo.id.');
    type('Kode dari Email', '65 43 21');
    fireEvent.click(button('Lanjut'));
    await flush();
    expect(bodyOf(fetchMock.mock.calls[3]![1])).toEqual({
      kpj: KPJ,
      nik: NIK,
      channel: 'email',
      code: '654321',
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Akun Anda' })).toBeTruthy();
    expect(screen.getByText('Langkah 4 dari 4')).toBeTruthy();
    expect(screen.getByText('siti@demo.jmo.id')).toBeTruthy();
    expect(screen.getByText('+62812****0002')).toBeTruthy();
    expect(screen.getByText(/^Yang disamarkan tidak kami tampilkan utuh/)).toBeTruthy();
    fireEvent.click(button('Simpan Kata Sandi'));
    expect(errorOf(input('Kata Sandi Baru'))).toBe('Isi kata sandi baru.');
    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    await flush();
    expect(bodyOf(fetchMock.mock.calls[4]![1])).toEqual({
      kpj: KPJ,
      nik: NIK,
      channel: 'email',
      code: '654321',
      newPassword: PASSWORD,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Akun Anda sudah dipulihkan' })).toBeTruthy();
    expect(window.location.pathname).toBe('/lupa-akun/selesai');
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('checks the numbers before asking the server', () => {
    const fetchMock = mockFetch({});
    renderAt('/lupa-akun');
    fireEvent.click(button('Cari Akun'));
    expect(errorOf(input('Nomor KPJ'))).toBe('Isi nomor KPJ Anda.');
    expect(errorOf(input('NIK'))).toBe('Isi NIK Anda.');
    expect(document.activeElement).toBe(input('Nomor KPJ'));
    type('Nomor KPJ', '1234');
    type('NIK', '3174');
    fireEvent.click(button('Cari Akun'));
    expect(errorOf(input('Nomor KPJ'))).toBe('Nomor KPJ harus 11 digit. Yang terisi 4 digit.');
    expect(errorOf(input('NIK'))).toBe('NIK harus 16 digit. Yang terisi 4 digit.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the details do not match, and when to try again after too many', async () => {
    const retryAt = new Date(Date.now() + 40 * 60_000);
    let reply = problem(422, 'recovery_data_mismatch');
    mockFetch({ 'POST /api/v1/auth/account-recovery': () => reply });
    renderAt('/lupa-akun');
    fillIdentity();
    fireEvent.click(button('Cari Akun'));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('recovery_data_mismatch', 'id'));
    expect(window.location.pathname).toBe('/lupa-akun');

    reply = problem(429, 'recovery_attempts_limited', { retryAt: retryAt.toISOString() });
    fireEvent.click(button('Cari Akun'));
    const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(retryAt);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        `${errorMessage('recovery_attempts_limited', 'id')} Coba lagi setelah pukul ${time}.`,
      ),
    );
  });

  it('marks a wrong code, and offers a new one when it expired before the password was saved', async () => {
    let verify = problem(422, 'code_invalid', {
      detail: 'Sisa 4 percobaan untuk kode SMS',
      errors: [{ path: 'code', message: 'SMS' }],
    });
    mockFetch({
      'POST /api/v1/auth/account-recovery': () => CHANNELS,
      'POST /api/v1/auth/account-recovery/code': () => ({ ...SENT, body: { ...SENT.body, channel: 'sms' } }),
      'POST /api/v1/auth/account-recovery/verify': () => verify,
      'POST /api/v1/auth/account-recovery/password': () => problem(410, 'code_expired'),
    });
    renderAt('/lupa-akun');
    fillIdentity();
    fireEvent.click(button('Cari Akun'));
    fireEvent.click(await screen.findByRole('radio', { name: 'SMS ke nomor HP' }));
    fireEvent.click(button('Kirim Kode'));
    await screen.findByLabelText('Kode dari SMS');
    type('Kode dari SMS', '123456');
    fireEvent.click(button('Lanjut'));
    await waitFor(() =>
      expect(errorOf(input('Kode dari SMS'))).toBe(
        `${errorMessage('code_invalid', 'id')} Sisa 4 percobaan untuk kode SMS`,
      ),
    );
    expect(document.activeElement).toBe(input('Kode dari SMS'));

    verify = {
      status: 200,
      body: { email: 's***i@demo.jmo.id', phone: '+6281200000002', shownInFull: 'sms' },
    };
    fireEvent.click(button('Lanjut'));
    expect(await screen.findByText('+6281200000002')).toBeTruthy();
    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessage('code_expired', 'id'));
    const again = screen.getByRole('link', { name: 'Minta kode baru' });
    expect(again.getAttribute('href')).toBe('/lupa-akun/tujuan');
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  it('takes a request when e-mail and phone are both lost, and shows its reference', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/auth/account-recovery/requests': () => ({
        status: 201,
        body: { reference: 'LA-20261123-7K3QXM', dueOn: '2026-11-26', maskedEmail: 'r***u@mail.id' },
      }),
    });
    renderAt('/lupa-akun');
    fillIdentity();
    fireEvent.click(screen.getByRole('link', { name: 'Ajukan permintaan pemulihan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Permintaan Pemulihan Akun' })).toBeTruthy();
    expect(input('Nomor KPJ').value).toBe(KPJ);
    fireEvent.click(button('Kirim Permintaan'));
    expect(errorOf(input('Nama Lengkap'))).toBe('Isi nama lengkap Anda sesuai KTP.');
    expect(errorOf(input('Apa yang terjadi?'))).toBe('Ceritakan singkat apa yang terjadi.');
    expect(document.activeElement).toBe(input('Nama Lengkap'));
    expect(fetchMock).not.toHaveBeenCalled();

    type('Nama Lengkap', 'Rina Kartika');
    type('Tanggal Lahir', '1990-08-15');
    type('Email Baru', 'rina.baru@mail.id');
    type('Nomor HP Baru', '081399990001');
    type('Apa yang terjadi?', 'HP hilang.');
    fireEvent.click(button('Kirim Permintaan'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Permintaan diterima' })).toBeTruthy();
    expect(bodyOf(fetchMock.mock.calls[0]![1])).toEqual({
      kpj: KPJ,
      nik: NIK,
      fullName: 'Rina Kartika',
      birthDate: '1990-08-15',
      newEmail: 'rina.baru@mail.id',
      newPhone: '081399990001',
      note: 'HP hilang.',
    });
    expect(screen.getByText('LA-20261123-7K3QXM')).toBeTruthy();
    expect(screen.getByText('26 Nov 2026')).toBeTruthy();
    expect(screen.getByText(/kami juga mengirimnya ke r\*\*\*u@mail\.id/)).toBeTruthy();
  });

  it("puts the server's words under the request's inputs", async () => {
    mockFetch({
      'POST /api/v1/auth/account-recovery/requests': () =>
        problem(400, 'invalid_request', {
          errors: [
            { path: 'newPhone', message: 'Nomor HP harus diawali 08 atau +628.' },
            { path: 'body.note', message: 'Too big' },
          ],
        }),
    });
    renderAt('/lupa-akun/permintaan');
    fillIdentity();
    type('Nama Lengkap', 'Rina Kartika');
    type('Tanggal Lahir', '1990-08-15');
    type('Email Baru', 'rina.baru@mail.id');
    type('Nomor HP Baru', '12345678');
    type('Apa yang terjadi?', 'HP hilang.');
    fireEvent.click(button('Kirim Permintaan'));
    await waitFor(() => expect(errorOf(input('Nomor HP Baru'))).toBe('Nomor HP harus diawali 08 atau +628.'));
    expect(errorOf(input('Apa yang terjadi?'))).toBe('Ceritakan singkat, paling banyak 500 karakter.');
    expect(document.activeElement).toBe(input('Nomor HP Baru'));
  });

  it('starts over when a step is opened without what it needs', async () => {
    mockFetch({});
    for (const step of ['tujuan', 'kode', 'akun', 'selesai', 'diterima']) {
      renderAt(`/lupa-akun/${step}`);
      await waitFor(() => expect(window.location.pathname).toBe('/lupa-akun'));
    }
  });

  it('speaks English after the switch', async () => {
    mockFetch({ 'POST /api/v1/auth/account-recovery': () => CHANNELS });
    renderAt('/lupa-akun');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Forgot account' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    type('KPJ number', KPJ);
    type('NIK', NIK);
    fireEvent.click(button('Find account'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Where to send the code' })).toBeTruthy();
    expect(radio('E-mail')).toBeTruthy();
    expect(radio('SMS to the mobile number')).toBeTruthy();
  });
});
