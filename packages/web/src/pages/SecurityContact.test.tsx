import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem, renderAt, useCleanSlate } from '../test/helpers.tsx';

describe('changing contact data on the security page', () => {
  useCleanSlate();

  it('confirms it is the member, sends a code to the new number, and shows the new one', async () => {
    let changed = false;
    mockFetch({
      'GET /api/v1/me/security-events': () => ({ status: 200, body: { events: [] } }),
      'GET /api/v1/me/sessions': () => ({ status: 200, body: { sessions: [] } }),
      'GET /api/v1/me/data-access': () => ({ status: 200, body: { reads: [] } }),
      'GET /api/v1/me/contact': () => ({
        status: 200,
        body: { maskedEmail: 's***i@contoh.id', maskedPhone: '0812****0002' },
      }),
      'GET /api/v1/me/step-up': () => ({ status: 200, body: { steppedUpUntil: null, hasPasskey: false } }),
      'POST /api/v1/me/step-up/code': () => ({
        status: 202,
        body: { resendAvailableAt: '2026-11-23T03:01:00Z', codesExpireAt: '2026-11-23T03:05:00Z' },
      }),
      'POST /api/v1/me/step-up': () => ({
        status: 200,
        body: { steppedUpUntil: '2026-11-23T03:05:00Z', hasPasskey: false },
      }),
      'POST /api/v1/me/contact': (_url, init) =>
        JSON.parse(String(init.body)).value === '0813'
          ? problem(400, 'invalid_request', {
              errors: [{ path: 'value', message: 'Nomor HP terlalu pendek.' }],
            })
          : {
              status: 202,
              body: {
                changeId: '0190b3a4-7c1e-7d2a-8f00-000000000009',
                sentTo: '0813****7777',
                codesExpireAt: '2026-11-23T03:05:00Z',
                resendAvailableAt: '2026-11-23T03:01:00Z',
              },
            },
      'POST /api/v1/me/contact/verify': () => {
        changed = true;
        return { status: 200, body: { maskedEmail: 's***i@contoh.id', maskedPhone: '0813****7777' } };
      },
    });
    renderAt('/keamanan');
    const section = await screen.findByRole('region', { name: 'Data Kontak' });
    expect((await within(section).findByText('0812****0002')).tagName).toBe('DD');

    fireEvent.click(within(section).getByRole('button', { name: 'Ganti nomor HP' }));
    fireEvent.click(await within(section).findByRole('button', { name: 'Kirim kode ke HP' }));
    fireEvent.input(await within(section).findByLabelText('Kode konfirmasi'), {
      target: { value: '123456' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Konfirmasi' }));

    const field = await within(section).findByLabelText('Nomor HP baru');
    fireEvent.input(field, { target: { value: '0813' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Kirim kode ke alamat baru' }));
    expect(await within(section).findByText('Nomor HP terlalu pendek.')).toBeTruthy();

    fireEvent.input(field, { target: { value: '081377777777' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Kirim kode ke alamat baru' }));
    expect(await within(section).findByText(/Kode sudah dikirim ke 0813\*\*\*\*7777/)).toBeTruthy();
    fireEvent.input(within(section).getByLabelText('Kode dari alamat baru'), { target: { value: '654321' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Simpan' }));
    expect(await within(section).findByText(/Data kontak sudah diganti/)).toBeTruthy();
    expect(within(section).getByText('0813****7777')).toBeTruthy();
    expect(changed).toBe(true);
  });
});
