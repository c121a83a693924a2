import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

const EMPTY = { status: 200, body: { events: [] } } as const;
const NO_SESSIONS = { status: 200, body: { sessions: [] } } as const;
const base = {
  'GET /api/v1/me/security-events': () => EMPTY,
  'GET /api/v1/me/sessions': () => NO_SESSIONS,
};

describe('changing the password on the security page', () => {
  useCleanSlate();

  it('confirms with a code by SMS first, then saves the new password', async () => {
    const fetchMock = mockFetch({
      ...base,
      'GET /api/v1/me/data-access': () => ({ status: 200, body: { reads: [] } }),
      'GET /api/v1/me/step-up': () => ({ status: 200, body: { steppedUpUntil: null, hasPasskey: false } }),
      'POST /api/v1/me/step-up/code': () => ({
        status: 202,
        body: { resendAvailableAt: '2026-11-23T03:01:00Z', codesExpireAt: '2026-11-23T03:05:00Z' },
      }),
      'POST /api/v1/me/step-up': (_url, init) =>
        JSON.parse(String(init.body)).code === '123456'
          ? { status: 200, body: { steppedUpUntil: '2026-11-23T03:05:00Z', hasPasskey: false } }
          : problem(422, 'code_invalid', { detail: 'Sisa 4 percobaan untuk kode SMS' }),
      'POST /api/v1/me/password': () => ({ status: 204 }),
    });
    renderAt('/keamanan');
    const section = await screen.findByRole('region', { name: 'Ubah Kata Sandi' });
    fireEvent.click(within(section).getByRole('button', { name: 'Ubah Kata Sandi' }));
    fireEvent.click(await within(section).findByRole('button', { name: 'Kirim kode ke HP' }));
    const code = await within(section).findByLabelText('Kode konfirmasi');

    fireEvent.input(code, { target: { value: '000000' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Konfirmasi' }));
    expect((await within(section).findByRole('alert')).textContent).toContain('Sisa 4 percobaan');

    fireEvent.input(code, { target: { value: '123 456' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Konfirmasi' }));
    const field = await within(section).findByLabelText('Kata sandi baru');
    fireEvent.input(field, { target: { value: 'kopi tubruk tanpa gula' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Simpan Kata Sandi' }));
    expect(await within(section).findByText(/Kata sandi sudah diganti/)).toBeTruthy();
    const saved = fetchMock.mock.calls.find(([url]) => String(url) === '/api/v1/me/password')!;
    expect(JSON.parse(String(saved[1]!.body))).toEqual({ newPassword: 'kopi tubruk tanpa gula' });
  });

  it('lists who read the member’s data, with the reason in words', async () => {
    mockFetch({
      ...base,
      'GET /api/v1/me/data-access': () => ({
        status: 200,
        body: {
          reads: [
            {
              at: '2026-11-20T02:30:00Z',
              reader: 'Rudi Hartono',
              role: 'officer',
              branch: 'Kantor Cabang Jakarta Salemba',
              purpose: 'complaint',
              fields: ['nik', 'phone'],
            },
          ],
        },
      }),
    });
    renderAt('/keamanan');
    const section = await screen.findByRole('region', { name: 'Siapa yang melihat data saya' });
    const item = await within(section).findByRole('listitem');
    expect(item.textContent).toContain('Petugas Rudi Hartono, Kantor Cabang Jakarta Salemba');
    expect(item.textContent).toContain('Penanganan pengaduan');
    expect(item.textContent).toContain('NIK, nomor HP');
  });
});
