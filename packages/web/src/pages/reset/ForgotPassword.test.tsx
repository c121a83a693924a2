import { errorMessage } from '@jmo/core/contracts/errors';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headersOf, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const NOW = Date.parse('2026-11-23T03:00:00Z');
const SENT_SMS = { status: 202, body: { channel: 'sms' } };
const SENT_EMAIL = { status: 202, body: { channel: 'email' } };
const PASSWORD = 'kopi susu di pagi hari';

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

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

describe('forgot password', () => {
  useCleanSlate();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is linked from the sign-in page, carrying the account typed there', async () => {
    mockFetch({});
    renderAt('/masuk');
    const link = () => screen.getByRole('link', { name: 'Lupa kata sandi?' });
    expect(link().getAttribute('href')).toBe('/lupa-password');
    type('Email atau Nomor HP', ' siti@demo.jmo.id ');
    expect(link().getAttribute('href')).toBe('/lupa-password?akun=siti%40demo.jmo.id');
    fireEvent.click(link());
    expect(await screen.findByRole('heading', { level: 1, name: 'Lupa Kata Sandi' })).toBeTruthy();
    expect(document.title).toBe('Lupa Kata Sandi — JMO');
    expect(screen.getByText('Langkah 1 dari 2')).toBeTruthy();
    expect(input('Email atau Nomor HP').value).toBe('siti@demo.jmo.id');
    expect(screen.getByRole('link', { name: 'Kembali ke halaman Masuk' }).getAttribute('href')).toBe(
      '/masuk',
    );
  });

  it('by SMS: sends a code, then saves the new password with it and says so', async () => {
    vi.useFakeTimers({ now: NOW });
    const fetchMock = mockFetch({
      'POST /api/v1/auth/password-reset': () => SENT_SMS,
      'POST /api/v1/auth/password-reset/confirm': () => ({ status: 204 }),
    });
    renderAt('/lupa-password');
    type('Email atau Nomor HP', '081234567890');
    expect(radio('Kirim tautan ke e-mail').checked).toBe(false);
    expect(radio('Kirim kode lewat SMS').checked).toBe(false);
    fireEvent.click(radio('Kirim kode lewat SMS'));
    fireEvent.click(button('Kirim'));
    await flush();

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('/api/v1/auth/password-reset');
    expect(headersOf(init)['Accept-Language']).toBe('id');
    expect(bodyOf(init)).toEqual({ identifier: '081234567890', channel: 'sms' });

    const heading = screen.getByRole('heading', { level: 1, name: 'Buat kata sandi baru' });
    expect(window.location.pathname + window.location.search).toBe('/lupa-password/kode?akun=081234567890');
    expect(screen.getByText('Langkah 2 dari 2')).toBeTruthy();
    expect(document.title).toBe('Lupa Kata Sandi: Buat kata sandi baru — JMO');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/^Jika akun terdaftar, kami telah mengirim kode lewat SMS/)).toBeTruthy();
    expect(screen.getByText('081234567890')).toBeTruthy();

    const code = input('Kode dari SMS');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    const password = input('Kata Sandi Baru');
    expect(password.type).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Minimal 8 karakter. Kalimat pendek yang mudah diingat lebih aman.',
    );
    fireEvent.click(button('Tampilkan'));
    expect(input('Kata Sandi Baru').type).toBe('text');
    fireEvent.click(button('Sembunyikan'));

    const resend = () => button('Kirim ulang kode');
    expect(resend().disabled).toBe(true);
    expect(screen.getByText('Bisa dikirim ulang dalam 60 detik.')).toBeTruthy();
    await flush(60_000);
    expect(resend().disabled).toBe(false);

    type('Kode dari SMS', '65 43 21');
    type('Kata Sandi Baru', PASSWORD);
    expect(input('Kode dari SMS').value).toBe('654321');
    fireEvent.click(button('Simpan Kata Sandi'));
    await flush();

    const confirm = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/confirm'))!;
    expect(bodyOf(confirm[1])).toEqual({ identifier: '081234567890', code: '654321', newPassword: PASSWORD });
    const done = screen.getByRole('heading', { level: 1, name: 'Kata sandi berhasil diubah' });
    expect(window.location.pathname).toBe('/lupa-password/selesai');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.queryByText(/Langkah/)).toBeNull();
    expect(screen.getByText(/semua perangkat yang masuk ke akun Anda sudah dikeluarkan/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('asks for the account and the channel without calling the server', () => {
    const fetchMock = mockFetch({});
    renderAt('/lupa-password');
    fireEvent.click(button('Kirim'));
    expect(errorOf(input('Email atau Nomor HP'))).toBe('Isi email atau nomor HP Anda.');
    expect(document.activeElement).toBe(input('Email atau Nomor HP'));
    expect(errorOf(radio('Kirim tautan ke e-mail'))).toBe('Pilih cara menerima tautan atau kode.');
    expect(radio('Kirim kode lewat SMS').getAttribute('aria-invalid')).toBe('true');

    type('Email atau Nomor HP', 'siti@demo.jmo.id');
    fireEvent.click(button('Kirim'));
    expect(errorOf(input('Email atau Nomor HP'))).toBeUndefined();
    expect(document.activeElement).toBe(radio('Kirim tautan ke e-mail'));
    expect(fetchMock).not.toHaveBeenCalled();
    // Each choice says what happens next.
    expect(radio('Kirim tautan ke e-mail').getAttribute('aria-describedby')).toContain('channel-email-help');
  });

  it('by e-mail: says to open the link, and sends it again after the wait', async () => {
    vi.useFakeTimers({ now: NOW });
    const fetchMock = mockFetch({ 'POST /api/v1/auth/password-reset': () => SENT_EMAIL });
    renderAt('/lupa-password?akun=siti%40demo.jmo.id');
    fireEvent.click(radio('Kirim tautan ke e-mail'));
    fireEvent.click(button('Kirim'));
    await flush();

    expect(bodyOf(fetchMock.mock.calls[0]![1])).toEqual({ identifier: 'siti@demo.jmo.id', channel: 'email' });
    expect(screen.getByRole('heading', { level: 1, name: 'Periksa e-mail Anda' })).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe(
      '/lupa-password/email?akun=siti%40demo.jmo.id',
    );
    expect(screen.getByText('Langkah 2 dari 2')).toBeTruthy();
    expect(screen.getByText(/^Jika akun terdaftar, kami telah mengirim tautan ke e-mail/)).toBeTruthy();
    expect(screen.queryByLabelText('Kata Sandi Baru')).toBeNull();

    const resend = () => button('Kirim ulang tautan');
    expect(resend().disabled).toBe(true);
    await flush(60_000);
    fireEvent.click(resend());
    await flush();
    expect(screen.getByRole('status').textContent).toBe('Tautan baru sudah dikirim ke e-mail akun.');
    expect(bodyOf(fetchMock.mock.calls[1]![1])).toEqual({ identifier: 'siti@demo.jmo.id', channel: 'email' });
    expect(resend().disabled).toBe(true);

    const change = screen.getByRole('link', { name: 'Ubah email atau nomor HP' });
    expect(change.getAttribute('href')).toBe('/lupa-password?akun=siti%40demo.jmo.id');
  });

  it('from the e-mailed link: hides the token, asks only for the new password, then says so', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/auth/password-reset/confirm': () => ({ status: 204 }) });
    renderAt('/lupa-password/atur?token=tok_abc-123');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Buat kata sandi baru' });
    expect(heading).toBeTruthy();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(window.location.pathname).toBe('/lupa-password/atur');
    expect(screen.getByText('Langkah 2 dari 2')).toBeTruthy();
    expect(screen.queryByLabelText('Kode dari SMS')).toBeNull();
    expect(screen.getByText('Buat kata sandi baru untuk akun Anda.')).toBeTruthy();

    fireEvent.click(button('Simpan Kata Sandi'));
    expect(errorOf(input('Kata Sandi Baru'))).toBe('Isi kata sandi baru.');
    type('Kata Sandi Baru', 'pendek');
    fireEvent.click(button('Simpan Kata Sandi'));
    expect(errorOf(input('Kata Sandi Baru'))).toBe('Kata sandi minimal 8 karakter.');
    expect(document.activeElement).toBe(input('Kata Sandi Baru'));
    expect(fetchMock).not.toHaveBeenCalled();

    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kata sandi berhasil diubah' })).toBeTruthy();
    expect(bodyOf(fetchMock.mock.calls[0]![1])).toEqual({ token: 'tok_abc-123', newPassword: PASSWORD });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('keeps the link working after a reload, and starts over without one', async () => {
    mockFetch({});
    renderAt('/lupa-password/atur?token=tok_abc-123');
    await waitFor(() => expect(window.location.search).toBe(''));
    renderAt('/lupa-password/atur');
    expect(screen.getAllByRole('heading', { level: 1, name: 'Buat kata sandi baru' }).length).toBeGreaterThan(
      0,
    );

    cleanup();
    window.sessionStorage.clear();
    renderAt('/lupa-password/atur');
    await waitFor(() => expect(window.location.pathname).toBe('/lupa-password'));
    expect(screen.getByRole('heading', { level: 1, name: 'Lupa Kata Sandi' })).toBeTruthy();
  });

  it('offers to start again when the link has expired or was used', async () => {
    mockFetch({ 'POST /api/v1/auth/password-reset/confirm': () => problem(410, 'reset_link_invalid') });
    renderAt('/lupa-password/atur?token=used');
    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessage('reset_link_invalid', 'id'));
    const again = screen.getByRole('link', { name: 'Minta tautan atau kode baru' });
    expect(again.getAttribute('href')).toBe('/lupa-password');
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(screen.queryByLabelText('Kata Sandi Baru')).toBeNull();
  });

  it('marks a wrong code with how many tries are left', async () => {
    mockFetch({
      'POST /api/v1/auth/password-reset/confirm': () =>
        problem(422, 'code_invalid', {
          detail: 'Sisa 4 percobaan untuk kode SMS',
          errors: [{ path: 'code', message: 'wrong code' }],
        }),
    });
    renderAt('/lupa-password/kode?akun=081234567890');
    fireEvent.click(button('Simpan Kata Sandi'));
    expect(errorOf(input('Kode dari SMS'))).toBe('Isi 6 angka kode.');
    expect(errorOf(input('Kata Sandi Baru'))).toBe('Isi kata sandi baru.');
    expect(document.activeElement).toBe(input('Kode dari SMS'));

    type('Kode dari SMS', '123456');
    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    await waitFor(() =>
      expect(errorOf(input('Kode dari SMS'))).toBe(
        `${errorMessage('code_invalid', 'id')} Sisa 4 percobaan untuk kode SMS`,
      ),
    );
    expect(document.activeElement).toBe(input('Kode dari SMS'));
    expect(input('Kode dari SMS').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input('Kata Sandi Baru'))).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.pathname).toBe('/lupa-password/kode');
  });

  it('asks for a new code when it expired or ran out of tries, and sends it', async () => {
    let reply = problem(422, 'code_expired');
    const fetchMock = mockFetch({
      'POST /api/v1/auth/password-reset': () => SENT_SMS,
      'POST /api/v1/auth/password-reset/confirm': () => reply,
    });
    // After a reload the app does not know when the code went out: it may resend at once.
    renderAt('/lupa-password/kode?akun=081234567890');
    type('Kode dari SMS', '123456');
    type('Kata Sandi Baru', PASSWORD);
    fireEvent.click(button('Simpan Kata Sandi'));
    await waitFor(() => expect(errorOf(input('Kode dari SMS'))).toBe(errorMessage('code_expired', 'id')));

    reply = problem(422, 'code_attempts_exhausted', { errors: [{ path: 'code', message: 'exhausted' }] });
    fireEvent.click(button('Simpan Kata Sandi'));
    await waitFor(() =>
      expect(errorOf(input('Kode dari SMS'))).toBe(errorMessage('code_attempts_exhausted', 'id')),
    );

    fireEvent.click(button('Kirim ulang kode'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Kode baru sudah dikirim lewat SMS ke nomor HP akun.',
      ),
    );
    expect(bodyOf(fetchMock.mock.calls.at(-1)![1])).toEqual({ identifier: '081234567890', channel: 'sms' });
    expect(input('Kode dari SMS').value).toBe('');
    expect(errorOf(input('Kode dari SMS'))).toBeUndefined();
    expect(input('Kata Sandi Baru').value).toBe(PASSWORD);
    expect(document.activeElement).toBe(input('Kode dari SMS'));
    expect(button('Kirim ulang kode').disabled).toBe(true);
  });

  it("shows the password policy's words under the new password", async () => {
    let reply = problem(400, 'invalid_request', {
      errors: [{ path: 'newPassword', message: 'Kata sandi ini terlalu umum dan mudah ditebak.' }],
    });
    mockFetch({ 'POST /api/v1/auth/password-reset/confirm': () => reply });
    renderAt('/lupa-password/kode?akun=081234567890');
    type('Kode dari SMS', '123456');
    type('Kata Sandi Baru', 'password123');
    fireEvent.click(button('Simpan Kata Sandi'));
    await waitFor(() => expect(document.activeElement).toBe(input('Kata Sandi Baru')));
    expect(errorOf(input('Kata Sandi Baru'))).toBe('Kata sandi ini terlalu umum dan mudah ditebak.');
    expect(errorOf(input('Kode dari SMS'))).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();

    // A schema message is the validator's English: the app says it in its own words.
    reply = problem(400, 'invalid_request', {
      errors: [{ path: 'body.newPassword', message: 'Too small: expected string to have >=8 characters' }],
    });
    fireEvent.click(button('Simpan Kata Sandi'));
    await waitFor(() =>
      expect(errorOf(input('Kata Sandi Baru'))).toBe('Periksa kata sandi: minimal 8 karakter.'),
    );
  });

  it('says when it can be sent again after too many requests', async () => {
    const retryAt = new Date(Date.now() + 40 * 60_000);
    mockFetch({
      'POST /api/v1/auth/password-reset': () =>
        problem(429, 'code_send_limit_reached', { retryAt: retryAt.toISOString() }),
    });
    renderAt('/lupa-password?akun=081234567890');
    fireEvent.click(radio('Kirim kode lewat SMS'));
    fireEvent.click(button('Kirim'));
    const alert = await screen.findByRole('alert');
    const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(retryAt);
    expect(alert.textContent).toBe(
      `${errorMessage('code_send_limit_reached', 'id')} Coba lagi setelah pukul ${time}.`,
    );
    expect(window.location.pathname).toBe('/lupa-password');
  });

  it('goes on to the code when one was sent a moment ago', async () => {
    vi.useFakeTimers({ now: NOW });
    mockFetch({
      'POST /api/v1/auth/password-reset': () =>
        problem(429, 'code_resend_too_soon', { retryAt: new Date(NOW + 45_000).toISOString() }),
    });
    renderAt('/lupa-password?akun=081234567890');
    fireEvent.click(radio('Kirim kode lewat SMS'));
    fireEvent.click(button('Kirim'));
    await flush();
    expect(screen.getByRole('heading', { level: 1, name: 'Buat kata sandi baru' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(errorMessage('code_resend_too_soon', 'id'));
    expect(screen.getByText('Bisa dikirim ulang dalam 45 detik.')).toBeTruthy();
  });

  it('marks the account input when the server cannot read it', async () => {
    mockFetch({
      'POST /api/v1/auth/password-reset': () =>
        problem(400, 'invalid_request', { errors: [{ path: 'body.identifier', message: 'Too small' }] }),
    });
    renderAt('/lupa-password?akun=ab');
    fireEvent.click(radio('Kirim tautan ke e-mail'));
    fireEvent.click(button('Kirim'));
    await waitFor(() =>
      expect(errorOf(input('Email atau Nomor HP'))).toBe(
        'Periksa email atau nomor HP, misalnya nama@email.com atau 081234567890.',
      ),
    );
    expect(document.activeElement).toBe(input('Email atau Nomor HP'));
  });

  it('starts over when a step is opened without what it needs', async () => {
    mockFetch({});
    renderAt('/lupa-password/kode');
    await waitFor(() => expect(window.location.pathname).toBe('/lupa-password'));
    renderAt('/lupa-password/email');
    await waitFor(() => expect(window.location.pathname).toBe('/lupa-password'));
    renderAt('/lupa-password/selesai');
    await waitFor(() => expect(window.location.pathname).toBe('/lupa-password'));
    expect(screen.queryByRole('heading', { name: 'Kata sandi berhasil diubah' })).toBeNull();
  });

  it('speaks English after the switch', async () => {
    mockFetch({ 'POST /api/v1/auth/password-reset': () => SENT_SMS });
    renderAt('/lupa-password');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Forgot password' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    type('E-mail or mobile number', '081234567890');
    fireEvent.click(radio('Send a code by SMS'));
    expect(radio('Send a link by e-mail')).toBeTruthy();
    fireEvent.click(button('Send'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set a new password' })).toBeTruthy();
    const form = button('Save password').closest('form')!;
    expect(within(form).getByLabelText('Code from SMS')).toBeTruthy();
    expect(within(form).getByLabelText('New password')).toBeTruthy();
    expect(screen.getByText(/^If the account exists, we sent a code by SMS/)).toBeTruthy();
  });
});
