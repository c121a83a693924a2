import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS, ME, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const FOUND = {
  kpj: '15011112222',
  segment: 'PU',
  status: 'nonactive',
  employer: { npp: '10000004', name: 'PT Bali Permai Resort' },
  joinedOn: '2015-04-01',
  leftOn: '2018-06-30',
  jhtBalance: '8123456',
  lastPaymentDate: '2018-07-10',
  nameMatches: true,
};
const MISNAMED = { ...FOUND, kpj: '16033334444', employer: null, nameMatches: false };

const typeKpj = (value: string) => fireEvent.input(screen.getByLabelText('Nomor KPJ'), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Tambahkan Kartu' }));

describe('cards found under the NIK, on the home page', () => {
  useCleanSlate();

  it('offers each found card, adds one with a tap, and shows it among the cards', async () => {
    let added = false;
    const fetchMock = mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({
        status: 200,
        body: added ? { ...CARDS, cards: [...CARDS.cards, FOUND] } : CARDS,
      }),
      'GET /api/v1/me/cards/found': () => ({
        status: 200,
        body: { cards: added ? [MISNAMED] : [FOUND, MISNAMED] },
      }),
      'POST /api/v1/me/cards': () => {
        added = true;
        return { status: 201, body: FOUND };
      },
    });
    renderAt('/');
    const section = await screen.findByRole('region', { name: 'Kartu lain atas NIK Anda' });
    expect(section.textContent).toContain('Kami menemukan 2 kartu');
    expect(section.textContent).toContain('Rp8.123.456');
    // The card with another name cannot be added: it says why and what to do.
    expect(section.textContent).toMatch(/Nama pada kartu ini berbeda.*koreksi data/);
    const buttons = within(section).getAllByRole('button', { name: 'Tambahkan ke akun' });
    expect(buttons).toHaveLength(1);

    fireEvent.click(buttons[0]!);
    expect(await screen.findByText('Kartu 15011112222 sudah ditambahkan ke akun Anda.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: /15011112222/ })).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(String(post[0])).toBe('/api/v1/me/cards?via=discovery');
    expect(JSON.parse(String(post[1]!.body))).toEqual({ kpj: '15011112222' });
  });

  it('shows nothing extra when no other card is registered under the NIK', async () => {
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: ME }),
      'GET /api/v1/me/cards': () => ({ status: 200, body: CARDS }),
      'GET /api/v1/me/cards/found': () => ({ status: 200, body: { cards: [] } }),
    });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Siti Rahayu' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Kartu lain atas NIK Anda' })).toBeNull();
    expect(screen.getByRole('link', { name: /Tambah Kartu Peserta/ }).getAttribute('href')).toBe(
      '/tambah-kartu',
    );
  });
});

describe('Tambah Kartu Peserta', () => {
  useCleanSlate();

  it('asks for the number before sending anything', async () => {
    const fetchMock = mockFetch({});
    renderAt('/tambah-kartu');
    expect(screen.getByRole('heading', { level: 1, name: 'Tambah Kartu Peserta' })).toBeTruthy();
    submit();
    expect(await screen.findByText('Isi nomor KPJ dari kartu peserta Anda.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Nomor KPJ'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the validator’s reason and "KPJ tidak ditemukan" at the field', async () => {
    let answer = problem(400, 'invalid_request', {
      errors: [{ path: 'kpj', message: 'Nomor KPJ harus 11 digit.' }],
    });
    mockFetch({ 'POST /api/v1/me/cards': () => answer });
    renderAt('/tambah-kartu');
    typeKpj('2301234');
    submit();
    expect(await screen.findByText('Nomor KPJ harus 11 digit.')).toBeTruthy();
    expect(screen.getByLabelText('Nomor KPJ').getAttribute('aria-invalid')).toBe('true');

    answer = problem(404, 'kpj_not_found');
    typeKpj('23012345670');
    submit();
    expect(await screen.findByText(/^KPJ tidak ditemukan/)).toBeTruthy();
  });

  it('explains a card held by another account, with what to do', async () => {
    mockFetch({ 'POST /api/v1/me/cards': () => problem(409, 'kpj_linked_elsewhere') });
    renderAt('/tambah-kartu');
    typeKpj('23012345678');
    submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /sudah terdaftar di akun lain.*kantor cabang/,
    );
  });

  it('adds the card and shows it with its balance', async () => {
    mockFetch({ 'POST /api/v1/me/cards': () => ({ status: 201, body: FOUND }) });
    renderAt('/tambah-kartu');
    typeKpj('150 1111 2222');
    submit();
    expect(await screen.findByText('Kartu berhasil ditambahkan ke akun Anda.')).toBeTruthy();
    expect(screen.getByText('Rp8.123.456')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat riwayat saldo' }).getAttribute('href')).toBe(
      '/kartu/15011112222',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah kartu lain' }));
    await waitFor(() => expect((screen.getByLabelText('Nomor KPJ') as HTMLInputElement).value).toBe(''));
  });
});
