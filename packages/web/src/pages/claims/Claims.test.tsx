import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import {
  CARDS,
  type Handler,
  headersOf,
  ME,
  mockFetch,
  problem,
  renderAt,
  useCleanSlate,
} from '../../test/helpers.tsx';
import { tracking } from './Tracking.tsx';

const KPJ = '19087654321';
const CLAIM_ID = '0192f3a0-0000-7000-8000-00000000c1a1';
const START = `/api/v1/me/cards/${KPJ}/jht-claims`;
const CLAIM = `/api/v1/me/claims/${CLAIM_ID}`;

const AMOUNTS = {
  balance: '8000000',
  gross: '8000000',
  tax: '0',
  net: '8000000',
  hasNpwp: true,
  regime: 'final',
  lines: [
    {
      label_id: 'sampai Rp50.000.000 × 0%',
      label_en: 'up to Rp50.000.000 × 0%',
      base: '8000000',
      rateBp: 0,
      amount: '0',
      source: 'PP 68/2009',
    },
  ],
};
const BANK = {
  bankCode: '002',
  bankName: 'Bank Rakyat Indonesia',
  accountNumberMasked: '•••• •••• 9012',
  holderName: 'SITI RAHAYU',
  himbara: true,
};

const event = (
  state: string,
  stateName: string,
  at: string,
  owner: string,
  ownerName: string,
  extra = {},
) => ({
  state,
  stateName,
  at,
  owner,
  ownerName,
  reason: null,
  reasonText: null,
  actor: 'participant',
  ...extra,
});

function claim(over: Record<string, unknown> = {}) {
  return {
    id: CLAIM_ID,
    reference: 'JHT-2026-000123',
    program: 'JHT',
    kpj: KPJ,
    reason: 'resigned',
    state: 'draft',
    stateName: 'Draf',
    owner: 'participant',
    ownerName: 'Anda',
    since: '2026-11-23T03:00:00Z',
    due: null,
    net: null,
    createdAt: '2026-11-23T03:00:00Z',
    reasonCode: null,
    reasonText: null,
    amounts: AMOUNTS,
    bank: BANK,
    face: { status: 'not_taken', attemptsLeft: 3 },
    timeline: [event('draft', 'Draf', '2026-11-23T03:00:00Z', 'participant', 'Anda')],
    canCancel: true,
    ...over,
  };
}

const PAYING = claim({
  state: 'paying',
  stateName: 'Sedang dibayarkan',
  owner: 'bank',
  ownerName: 'Bank',
  net: '8000000',
  face: { status: 'passed', attemptsLeft: 3 },
  due: { at: '2026-11-23T04:05:00Z', date: null, illustrative: true },
  reasonCode: 'stp_all_checks_passed',
  reasonText: 'Semua pemeriksaan otomatis lolos.',
  canCancel: false,
  timeline: [
    event('draft', 'Draf', '2026-11-23T03:00:00Z', 'participant', 'Anda'),
    event('submitted', 'Diajukan', '2026-11-23T03:05:00Z', 'head_office', 'BPJS Ketenagakerjaan'),
    event('approved', 'Disetujui', '2026-11-23T03:05:01Z', 'head_office', 'BPJS Ketenagakerjaan', {
      reason: 'stp_all_checks_passed',
      reasonText: 'Semua pemeriksaan otomatis lolos.',
      actor: 'system',
    }),
    event('paying', 'Sedang dibayarkan', '2026-11-23T03:05:02Z', 'bank', 'Bank'),
  ],
});

function summary(c: ReturnType<typeof claim>) {
  const { reasonCode, reasonText, amounts, bank, face, timeline, canCancel, ...rest } = c;
  return rest;
}

const CARD = {
  ...CARDS,
  cards: CARDS.cards.map((c) => (c.kpj === KPJ ? { ...c, leftOn: '2026-09-30' } : c)),
};

function member(routes: Record<string, Handler>, claims: unknown[] = []) {
  return mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: ME }),
    'GET /api/v1/me/cards': () => ({ status: 200, body: CARD }),
    'GET /api/v1/me/claims': () => ({ status: 200, body: { claims } }),
    ...routes,
  });
}

const bodies = (fetchMock: ReturnType<typeof mockFetch>, path: string) =>
  fetchMock.mock.calls.filter(([u]) => new URL(String(u), 'http://x').pathname === path);

const selfieFile = () => new File([new Uint8Array([0xff, 0xd8, 0xff])], 'selfie.jpg', { type: 'image/jpeg' });

async function heading(name: string) {
  return screen.findByRole('heading', { level: 1, name });
}

describe('Klaim JHT wizard', () => {
  useCleanSlate();

  it('walks every step: reason → data → balance → selfie (a failure, then a pass) → bank → statement → step-up → success', async () => {
    let selfies = 0;
    let submits = 0;
    const fetchMock = member({
      [`POST ${START}`]: () => ({ status: 201, body: claim() }),
      [`POST ${CLAIM}/selfie`]: () =>
        ++selfies === 1
          ? problem(422, 'face_not_matching', { detail: 'Sisa 2 percobaan hari ini.' })
          : {
              status: 200,
              body: { outcome: 'passed', claim: claim({ face: { status: 'passed', attemptsLeft: 2 } }) },
            },
      [`POST ${CLAIM}/submit`]: () =>
        ++submits === 1 ? problem(403, 'step_up_required') : { status: 200, body: PAYING },
      'GET /api/v1/me/step-up': () => ({ status: 200, body: { steppedUpUntil: null, hasPasskey: false } }),
      'POST /api/v1/me/step-up/code': () => ({
        status: 202,
        body: { resendAvailableAt: '2026-11-23T03:01:00Z', codesExpireAt: '2026-11-23T03:05:00Z' },
      }),
      'POST /api/v1/me/step-up': () => ({
        status: 200,
        body: { steppedUpUntil: '2026-11-23T03:10:00Z', hasPasskey: false },
      }),
    });
    renderAt(`/klaim-jht/${KPJ}/ajukan`);

    // (a) Reason: nothing chosen says so; other reasons point to Lapak Asik.
    expect(await heading('Alasan klaim')).toBeTruthy();
    expect(screen.getByText('Langkah 1 dari 6')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ajukan lewat Lapak Asik' }).getAttribute('href')).toBe(
      '/lapak-asik',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await screen.findByText('Pilih alasan klaim.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Mengundurkan diri' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    // (b) Membership data, with the focus on the new step's heading.
    const data = await heading('Periksa data kepesertaan');
    await waitFor(() => expect(document.activeElement).toBe(data));
    expect(screen.getByText('Langkah 2 dari 6')).toBeTruthy();
    const [start] = bodies(fetchMock, START);
    const key = headersOf(start?.[1])['Idempotency-Key'];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(String(start?.[1]?.body))).toEqual({ reason: 'resigned' });
    expect(screen.getByText(ME.fullName)).toBeTruthy();
    expect(screen.getByText('30 Sep 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Belum' }));
    expect(screen.getByRole('link', { name: 'Buka pengkinian data' }).getAttribute('href')).toBe(
      `/kartu/${KPJ}/pengkinian`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sudah' }));

    // (c) Balance detail in rupiah.
    expect(await heading('Rincian saldo')).toBeTruthy();
    expect(screen.getAllByText('Rp8.000.000')).toHaveLength(2);
    expect(screen.getByText('sampai Rp50.000.000 × 0%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    // (d) Selfie: the advice and attempts left, then a pass.
    expect(await heading('Verifikasi wajah')).toBeTruthy();
    await screen.findByText(/Kamera tidak bisa dibuka/);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [selfieFile()] } });
    const advice = await screen.findByRole('alert');
    expect(advice.textContent).toContain('Wajah belum berhasil diverifikasi');
    expect(advice.textContent).toContain('Sisa 2 percobaan hari ini.');
    fireEvent.change(document.querySelector('input[type=file]') as HTMLInputElement, {
      target: { files: [selfieFile()] },
    });
    expect(await screen.findByText(/Verifikasi wajah berhasil/)).toBeTruthy();
    expect(headersOf(bodies(fetchMock, `${CLAIM}/selfie`)[0]?.[1])['Content-Type']).toBe('image/jpeg');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    // (e) NPWP and bank, masked; a Himbara bank pays within minutes.
    expect(await heading('NPWP dan rekening bank')).toBeTruthy();
    expect(screen.getByText('•••• •••• 9012')).toBeTruthy();
    expect(screen.getByText(/dana masuk dalam hitungan menit/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    // (f) Statement, (g) Konfirmasi → step-up → sent again with the same key.
    expect(await heading('Pernyataan dan konfirmasi')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi' }));
    expect(await screen.findByText('Centang pernyataan untuk melanjutkan.')).toBeTruthy();
    expect(bodies(fetchMock, `${CLAIM}/submit`)).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: /Saya sudah membaca dan menyetujui/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim kode ke HP' }));
    fireEvent.input(await screen.findByLabelText('Kode konfirmasi'), { target: { value: '123456' } });
    const stepUpForm = screen.getByLabelText('Kode konfirmasi').closest('form') as HTMLFormElement;
    fireEvent.click(within(stepUpForm).getByRole('button', { name: 'Konfirmasi' }));

    // (h) Success: reference, net, state with its holder and deadline, the way to tracking.
    expect(await heading('Klaim berhasil diajukan')).toBeTruthy();
    const submitted = bodies(fetchMock, `${CLAIM}/submit`);
    expect(submitted).toHaveLength(2);
    for (const [, init] of submitted) {
      expect(headersOf(init)['Idempotency-Key']).toBe(key);
      expect(JSON.parse(String(init?.body))).toEqual({ membershipConfirmed: true, statementAccepted: true });
    }
    expect(screen.getByText('JHT-2026-000123')).toBeTruthy();
    expect(screen.getByText('Sedang dibayarkan')).toBeTruthy();
    expect(screen.getByText('Bank')).toBeTruthy();
    expect(screen.getByText('23 Nov 2026 11.05 WIB (perkiraan)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat di Tracking Klaim' }).getAttribute('href')).toBe(
      `/tracking-klaim/${CLAIM_ID}`,
    );
    // The attempt is over: the next claim of the card gets a new key.
    expect(window.sessionStorage.getItem(`jmo.jht-claim-key.${KPJ}`)).toBeNull();
  });

  it('sends Konfirmasi once however often it is tapped while the first is on its way', async () => {
    let release: (reply: { status: number; body: unknown }) => void = () => undefined;
    const fetchMock = member(
      {
        [`GET ${CLAIM}`]: () => ({
          status: 200,
          body: claim({ face: { status: 'passed', attemptsLeft: 3 } }),
        }),
        [`POST ${CLAIM}/submit`]: () => new Promise((resolve) => (release = resolve)),
      },
      [summary(claim())],
    );
    window.sessionStorage.setItem(`jmo.jht-claim-step.${KPJ}`, `${CLAIM_ID} statement`);
    window.sessionStorage.setItem(`jmo.jht-claim-key.${KPJ}`, 'kept-key-0123456789');
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('Pernyataan dan konfirmasi')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox'));
    const button = screen.getByRole('button', { name: 'Konfirmasi' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByRole('button', { name: /Mengirim klaim/ })).toBeTruthy());
    expect((screen.getByRole('button', { name: /Mengirim klaim/ }) as HTMLButtonElement).disabled).toBe(true);
    release({ status: 200, body: PAYING });
    expect(await heading('Klaim berhasil diajukan')).toBeTruthy();
    const submitted = bodies(fetchMock, `${CLAIM}/submit`);
    expect(submitted).toHaveLength(1);
    // The key kept for the card (from before the reload) is the one sent.
    expect(headersOf(submitted[0]?.[1])['Idempotency-Key']).toBe('kept-key-0123456789');
  });

  it('resumes the open draft after a reload, never past a selfie not yet taken; Back goes a step back', async () => {
    const fetchMock = member({ [`GET ${CLAIM}`]: () => ({ status: 200, body: claim() }) }, [
      summary(claim()),
    ]);
    window.sessionStorage.setItem(`jmo.jht-claim-step.${KPJ}`, `${CLAIM_ID} bank`);
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('Verifikasi wajah')).toBeTruthy();
    expect(screen.getByText('Langkah 4 dari 6')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(await heading('Rincian saldo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kembali' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kembali' }));
    expect(await heading('Alasan klaim')).toBeTruthy();
    // The draft's reason is chosen; going on with it sends nothing again.
    expect((screen.getByRole('radio', { name: 'Mengundurkan diri' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await heading('Periksa data kepesertaan')).toBeTruthy();
    expect(bodies(fetchMock, START)).toHaveLength(0);
  });

  it('without a bank account explains it and links to the data update; a non-Himbara bank pays in a batch', async () => {
    member(
      {
        [`GET ${CLAIM}`]: () => ({
          status: 200,
          body: claim({ bank: null, face: { status: 'passed', attemptsLeft: 3 } }),
        }),
      },
      [summary(claim())],
    );
    window.sessionStorage.setItem(`jmo.jht-claim-step.${KPJ}`, `${CLAIM_ID} bank`);
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('NPWP dan rekening bank')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Belum ada rekening bank');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(`/kartu/${KPJ}/pengkinian`);
    expect(screen.queryByRole('button', { name: 'Lanjut' })).toBeNull();
  });

  it('a referred selfie says an officer will check, and the member may go on', async () => {
    member(
      {
        [`GET ${CLAIM}`]: () => ({
          status: 200,
          body: claim({ face: { status: 'failed', attemptsLeft: 1 } }),
        }),
        [`POST ${CLAIM}/selfie`]: () => ({
          status: 202,
          body: { outcome: 'referred', claim: claim({ face: { status: 'referred', attemptsLeft: 0 } }) },
        }),
      },
      [summary(claim())],
    );
    window.sessionStorage.setItem(`jmo.jht-claim-step.${KPJ}`, `${CLAIM_ID} selfie`);
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('Verifikasi wajah')).toBeTruthy();
    expect(screen.getByText('Sisa 1 percobaan hari ini.')).toBeTruthy();
    await screen.findByText(/Kamera tidak bisa dibuka/);
    fireEvent.change(document.querySelector('input[type=file]') as HTMLInputElement, {
      target: { files: [selfieFile()] },
    });
    expect(await screen.findByText('Wajah akan diperiksa petugas')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(await heading('NPWP dan rekening bank')).toBeTruthy();
  });

  it('a card not eligible goes back to the conditions; a claim already open links to its tracking', async () => {
    let calls = 0;
    const open = summary(PAYING);
    member({
      [`POST ${START}`]: () =>
        ++calls === 1
          ? problem(422, 'claim_not_eligible')
          : problem(409, 'claim_already_open', { detail: 'Klaim JHT-2026-000123 sedang berjalan.' }),
    });
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    fireEvent.click(await screen.findByRole('radio', { name: 'PHK (pemutusan hubungan kerja)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    const alert = await screen.findByRole('alert');
    // Core's catalogue words it once the server's codes land there; this page's own words until then.
    expect(alert.textContent).toMatch(/belum memenuhi syarat|belum dapat diajukan/);
    expect(within(alert).getByRole('link', { name: 'Kembali ke syarat klaim' }).getAttribute('href')).toBe(
      `/klaim-jht/${KPJ}`,
    );

    // The second answer: the claim already open is found among the member's claims.
    member(
      {
        [`POST ${START}`]: () =>
          problem(409, 'claim_already_open', { detail: 'Klaim JHT-2026-000123 sedang berjalan.' }),
      },
      [open],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    const link = await screen.findByRole('link', { name: 'Lihat di Tracking Klaim' });
    expect(link.getAttribute('href')).toBe(`/tracking-klaim/${CLAIM_ID}`);
    expect(screen.getByRole('alert').textContent).toContain('JHT-2026-000123 sedang berjalan');
  });

  it('a submission the server refuses for a missing selfie leads back to the selfie step', async () => {
    member(
      {
        [`GET ${CLAIM}`]: () => ({
          status: 200,
          body: claim({ face: { status: 'passed', attemptsLeft: 3 } }),
        }),
        [`POST ${CLAIM}/submit`]: () => problem(422, 'claim_selfie_required'),
      },
      [summary(claim())],
    );
    window.sessionStorage.setItem(`jmo.jht-claim-step.${KPJ}`, `${CLAIM_ID} statement`);
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('Pernyataan dan konfirmasi')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ambil swafoto untuk verifikasi wajah dulu');
    fireEvent.click(within(alert).getByRole('button', { name: 'Verifikasi wajah' }));
    expect(await heading('Verifikasi wajah')).toBeTruthy();
  });

  it('in English too', async () => {
    setLang('en');
    member({});
    renderAt(`/klaim-jht/${KPJ}/ajukan`);
    expect(await heading('Reason for the claim')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Resigned' })).toBeTruthy();
  });
});

describe('Tracking Klaim', () => {
  useCleanSlate();
  const pollMs = tracking.pollMs;
  afterEach(() => {
    tracking.pollMs = pollMs;
  });

  it('lists the claims newest first with state, holder and net', async () => {
    const older = {
      ...summary(
        claim({ state: 'paid', stateName: 'Dibayar', owner: 'none', ownerName: '—', net: '500000' }),
      ),
      id: '0192f3a0-0000-7000-8000-00000000c1a0',
      reference: 'JHT-2025-000001',
      createdAt: '2025-01-02T03:00:00Z',
    };
    member({}, [older, summary(PAYING)]);
    renderAt('/tracking-klaim');
    expect(await heading('Tracking Klaim')).toBeTruthy();
    const items = await screen.findAllByRole('listitem');
    expect(items[0]?.textContent).toContain('JHT-2026-000123');
    expect(items[0]?.textContent).toContain('Sedang dibayarkan');
    expect(items[0]?.textContent).toContain('Bank');
    expect(items[1]?.textContent).toContain('Dibayar');
    expect(items[1]?.textContent).toContain('Rp500.000');
    expect(
      screen.getByRole('link', { name: 'Lihat rincian klaim JHT-2026-000123' }).getAttribute('href'),
    ).toBe(`/tracking-klaim/${CLAIM_ID}`);
  });

  it('shows the timeline in Asia/Jakarta time and polls while paying, stopping once paid', async () => {
    tracking.pollMs = 20;
    let gets = 0;
    const PAID = claim({
      ...PAYING,
      state: 'paid',
      stateName: 'Dibayar',
      owner: 'none',
      ownerName: '—',
      due: null,
      timeline: [
        ...PAYING.timeline,
        event('paid', 'Dibayar', '2026-11-23T03:06:00Z', 'none', '—', { actor: 'bank' }),
      ],
    });
    member({ [`GET ${CLAIM}`]: () => ({ status: 200, body: ++gets < 3 ? PAYING : PAID }) });
    renderAt(`/tracking-klaim/${CLAIM_ID}`);
    expect(await heading('Klaim JHT-2026-000123')).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Riwayat klaim' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getByRole('heading').textContent)).toEqual([
      'Draf',
      'Diajukan',
      'Disetujui',
      'Sedang dibayarkan',
    ]);
    expect(steps[1]?.textContent).toContain('23 Nov 2026 10.05 WIB');
    expect(steps[3]?.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText('Status diperbarui otomatis setiap beberapa detik.')).toBeTruthy();
    expect(screen.getByText('Paling lambat')).toBeTruthy();

    expect(await screen.findByText('Dibayar', { selector: '.badge' }, { timeout: 2000 })).toBeTruthy();
    expect(screen.queryByText('Status diperbarui otomatis setiap beberapa detik.')).toBeNull();
    const settled = gets;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(gets).toBe(settled);
  });

  it('cancels a claim that may still be cancelled, after asking', async () => {
    const submitted = claim({
      state: 'verifying',
      stateName: 'Diverifikasi petugas',
      owner: 'branch',
      ownerName: 'Kantor cabang',
    });
    const fetchMock = member({
      [`GET ${CLAIM}`]: () => ({ status: 200, body: submitted }),
      [`POST ${CLAIM}/cancel`]: () => ({
        status: 200,
        body: claim({
          state: 'cancelled',
          stateName: 'Dibatalkan',
          owner: 'none',
          ownerName: '—',
          canCancel: false,
        }),
      }),
    });
    renderAt(`/tracking-klaim/${CLAIM_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan klaim' }));
    expect(screen.getByText(/Batalkan klaim ini\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByText('Klaim sudah dibatalkan.')).toBeTruthy();
    expect(screen.getByText('Dibatalkan', { selector: '.badge' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Batalkan klaim' })).toBeNull();
    expect(bodies(fetchMock, `${CLAIM}/cancel`)).toHaveLength(1);
  });

  it('Beranda links to Tracking Klaim', async () => {
    member({
      'GET /api/v1/me/cards/found': () => ({ status: 200, body: { cards: [] } }),
      'GET /api/v1/me/notifications': () => ({ status: 200, body: { unread: 0, notifications: [] } }),
    });
    renderAt('/');
    expect((await screen.findByRole('link', { name: 'Tracking Klaim' })).getAttribute('href')).toBe(
      '/tracking-klaim',
    );
  });
});
