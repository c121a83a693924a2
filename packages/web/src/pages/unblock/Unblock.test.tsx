import { errorMessage } from '@jmo/core/contracts/errors';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headersOf, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const NOW = Date.parse('2026-11-23T03:00:00Z');
const SENT = { status: 202, body: { sentTo: 'email_and_sms' } };

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

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

describe('unblocking an account', () => {
  useCleanSlate();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the codes, counts down the resend, checks both codes and says the account is open', async () => {
    vi.useFakeTimers({ now: NOW });
    const fetchMock = mockFetch({
      'POST /api/v1/auth/unblock': () => SENT,
      'POST /api/v1/auth/unblock/verify': () => ({ status: 204 }),
    });
    renderAt('/buka-blokir?akun=siti%40demo.jmo.id');

    expect(screen.getByRole('heading', { level: 1, name: 'Buka Blokir Akun' })).toBeTruthy();
    expect(screen.getByText('Langkah 1 dari 2')).toBeTruthy();
    expect(document.title).toBe('Buka Blokir Akun — JMO');
    expect(input('Email atau Nomor HP').value).toBe('siti@demo.jmo.id');
    fireEvent.click(button('Kirim Kode'));
    await flush();

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('/api/v1/auth/unblock');
    expect(headersOf(init)['Accept-Language']).toBe('id');
    expect(bodyOf(init)).toEqual({ identifier: 'siti@demo.jmo.id' });

    const heading = screen.getByRole('heading', { level: 1, name: 'Masukkan kode' });
    expect(window.location.pathname + window.location.search).toBe(
      '/buka-blokir/kode?akun=siti%40demo.jmo.id',
    );
    expect(screen.getByText('Langkah 2 dari 2')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(
      screen.getByText(/^Jika akun terdaftar, kode dikirim ke e-mail dan nomor HP akun tersebut\./),
    ).toBeTruthy();
    expect(screen.getByText('siti@demo.jmo.id')).toBeTruthy();
    expect(input('Kode dari Email').getAttribute('inputmode')).toBe('numeric');
    expect(input('Kode dari SMS').getAttribute('inputmode')).toBe('numeric');
    expect(input('Kode dari SMS').getAttribute('autocomplete')).toBe('one-time-code');

    const resend = () => button('Kirim ulang kode');
    expect(resend().disabled).toBe(true);
    expect(document.getElementById(resend().getAttribute('aria-describedby')!)?.textContent).toBe(
      'Bisa dikirim ulang dalam 60 detik.',
    );
    await flush(59_000);
    expect(screen.getByText('Bisa dikirim ulang dalam 1 detik.')).toBeTruthy();
    await flush(1_000);
    expect(resend().disabled).toBe(false);

    type('Kode dari Email', '12 34 56');
    type('Kode dari SMS', '654321');
    expect(input('Kode dari Email').value).toBe('123456');
    fireEvent.click(button('Buka Blokir'));
    await flush();

    const verify = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/verify'))!;
    expect(bodyOf(verify[1])).toEqual({
      identifier: 'siti@demo.jmo.id',
      emailCode: '123456',
      smsCode: '654321',
    });
    const done = screen.getByRole('heading', { level: 1, name: /sudah dibuka/ });
    expect(done.textContent).toBe('Akun Anda sudah dibuka');
    expect(window.location.pathname).toBe('/buka-blokir/selesai');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.queryByText(/Langkah/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('asks for the account without calling the server when nothing is typed', () => {
    const fetchMock = mockFetch({});
    renderAt('/buka-blokir');
    fireEvent.click(button('Kirim Kode'));
    expect(errorOf(input('Email atau Nomor HP'))).toBe('Isi email atau nomor HP Anda.');
    expect(document.activeElement).toBe(input('Email atau Nomor HP'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Kembali ke halaman Masuk' }).getAttribute('href')).toBe(
      '/masuk',
    );
  });

  it('says when codes can be sent again after too many', async () => {
    const retryAt = new Date(Date.now() + 40 * 60_000);
    mockFetch({
      'POST /api/v1/auth/unblock': () =>
        problem(429, 'code_send_limit_reached', { retryAt: retryAt.toISOString() }),
    });
    renderAt('/buka-blokir?akun=081234567890');
    fireEvent.click(button('Kirim Kode'));
    const alert = await screen.findByRole('alert');
    const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(retryAt);
    expect(alert.textContent).toBe(
      `${errorMessage('code_send_limit_reached', 'id')} Coba lagi setelah pukul ${time}.`,
    );
    expect(window.location.pathname).toBe('/buka-blokir');
  });

  it('goes on to the codes when they were sent a moment ago', async () => {
    vi.useFakeTimers({ now: NOW });
    mockFetch({
      'POST /api/v1/auth/unblock': () =>
        problem(429, 'code_resend_too_soon', { retryAt: new Date(NOW + 45_000).toISOString() }),
    });
    renderAt('/buka-blokir?akun=081234567890');
    fireEvent.click(button('Kirim Kode'));
    await flush();
    expect(screen.getByRole('heading', { level: 1, name: 'Masukkan kode' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(errorMessage('code_resend_too_soon', 'id'));
    expect(button('Kirim ulang kode').disabled).toBe(true);
    expect(screen.getByText('Bisa dikirim ulang dalam 45 detik.')).toBeTruthy();
  });

  it('marks the wrong code with how many tries are left', async () => {
    mockFetch({
      'POST /api/v1/auth/unblock/verify': () =>
        problem(422, 'code_invalid', {
          detail: 'Sisa 4 percobaan untuk kode SMS',
          errors: [{ path: 'smsCode', message: 'wrong code' }],
        }),
    });
    renderAt('/buka-blokir/kode?akun=081234567890');
    fireEvent.click(button('Buka Blokir'));
    expect(errorOf(input('Kode dari Email'))).toBe('Isi 6 angka kode.');
    expect(errorOf(input('Kode dari SMS'))).toBe('Isi 6 angka kode.');
    expect(document.activeElement).toBe(input('Kode dari Email'));

    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(button('Buka Blokir'));

    await waitFor(() => expect(document.activeElement).toBe(input('Kode dari SMS')));
    expect(errorOf(input('Kode dari SMS'))).toBe(
      `${errorMessage('code_invalid', 'id')} Sisa 4 percobaan untuk kode SMS`,
    );
    expect(input('Kode dari SMS').getAttribute('aria-invalid')).toBe('true');
    expect(input('Kode dari Email').getAttribute('aria-invalid')).toBeNull();
    expect(window.location.pathname).toBe('/buka-blokir/kode');
  });

  it('asks for new codes when they expired or ran out of tries, and sends them', async () => {
    let verifyReply = problem(422, 'code_attempts_exhausted');
    const fetchMock = mockFetch({
      'POST /api/v1/auth/unblock': () => SENT,
      'POST /api/v1/auth/unblock/verify': () => verifyReply,
    });
    // After a reload on the codes step the app does not know when codes went out: it may resend at once.
    renderAt('/buka-blokir/kode?akun=081234567890');
    type('Kode dari Email', '123456');
    type('Kode dari SMS', '654321');
    fireEvent.click(button('Buka Blokir'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      errorMessage('code_attempts_exhausted', 'id'),
    );

    verifyReply = problem(422, 'code_expired', { errors: [{ path: 'emailCode', message: 'expired' }] });
    fireEvent.click(button('Buka Blokir'));
    await waitFor(() => expect(errorOf(input('Kode dari Email'))).toBe(errorMessage('code_expired', 'id')));

    fireEvent.click(button('Kirim ulang kode'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Kode baru sudah dikirim ke e-mail dan nomor HP akun.',
      ),
    );
    expect(bodyOf(fetchMock.mock.calls.at(-1)![1])).toEqual({ identifier: '081234567890' });
    expect(input('Kode dari Email').value).toBe('');
    expect(errorOf(input('Kode dari Email'))).toBeUndefined();
    expect(document.activeElement).toBe(input('Kode dari Email'));
    expect(button('Kirim ulang kode').disabled).toBe(true);
  });

  it('starts over when a step is opened without what it needs', async () => {
    mockFetch({});
    renderAt('/buka-blokir/kode');
    await waitFor(() => expect(window.location.pathname).toBe('/buka-blokir'));
    expect(screen.getByRole('heading', { level: 1, name: 'Buka Blokir Akun' })).toBeTruthy();

    renderAt('/buka-blokir/selesai');
    await waitFor(() => expect(window.location.pathname).toBe('/buka-blokir'));
    expect(screen.queryByRole('heading', { name: /sudah dibuka/ })).toBeNull();
  });

  it('lets the member change the account from the codes step', async () => {
    mockFetch({});
    renderAt('/buka-blokir/kode?akun=081234567890');
    const change = screen.getByRole('link', { name: 'Ubah email atau nomor HP' });
    expect(change.getAttribute('href')).toBe('/buka-blokir?akun=081234567890');
    fireEvent.click(change);
    expect(await screen.findByRole('heading', { level: 1, name: 'Buka Blokir Akun' })).toBeTruthy();
    expect(input('Email atau Nomor HP').value).toBe('081234567890');
  });

  it('speaks English after the switch', async () => {
    mockFetch({ 'POST /api/v1/auth/unblock': () => SENT });
    renderAt('/buka-blokir');
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Unblock account' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    type('E-mail or mobile number', 'siti@demo.jmo.id');
    fireEvent.click(button('Send codes'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter the codes' })).toBeTruthy();
    const form = screen.getByRole('button', { name: 'Unblock' }).closest('form')!;
    expect(within(form).getByLabelText('Code from e-mail')).toBeTruthy();
    expect(within(form).getByLabelText('Code from SMS')).toBeTruthy();
    expect(screen.getByText(/^If the account exists, codes were sent/)).toBeTruthy();
  });
});
