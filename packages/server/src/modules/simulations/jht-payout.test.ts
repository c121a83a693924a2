/**
 * The public JHT payout simulation through HTTP on the real app: no sign-in needed; DOMAIN.md's
 * published example (Rp80.000.000 paid at once → tax Rp1.500.000, net Rp78.500.000) with a line per
 * bracket and its source; a partial payout (30% taxed at the progressive rates); 20% higher rates
 * without an NPWP; every bad input — negative, not whole rupiah, absurdly large, an unknown kind, a
 * missing flag — refused as problem+json with a stable code and the field at fault; a rate limit per
 * address; and the route in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { SIMULATION_RATE_LIMIT } from './simulations.routes.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-23T03:00:00Z' });
});
afterAll(() => t.close());

const post = (payload: unknown, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/simulations/jht-payout',
    payload: payload as object,
    headers,
    remoteAddress,
  });

type Line = {
  label_id: string;
  label_en: string;
  base: string;
  rateBp: number;
  amount: string;
  source: string;
};

describe('POST /api/v1/simulations/jht-payout', () => {
  it('DOMAIN.md: Rp80.000.000 paid at once → tax Rp1.500.000, net Rp78.500.000, without signing in', async () => {
    const res = await post({ balance: '80000000', kind: 'full', hasNpwp: true });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      asOf: '2026-11-23',
      kind: 'full',
      balance: '80000000',
      shareBp: null,
      gross: '80000000',
      tax: '1500000',
      net: '78500000',
      hasNpwp: true,
      regime: 'final',
      rounding: 'down',
      illustrative: false,
    });
    expect(body.lines).toEqual([
      {
        label_id: 'Rp50.000.000 pertama × 0%',
        label_en: 'first Rp50.000.000 × 0%',
        base: '50000000',
        rateBp: 0,
        amount: '0',
        source: 'PP 68/2009 art. 5 [R]',
      },
      {
        label_id: 'bagian di atas Rp50.000.000 × 5%',
        label_en: 'part above Rp50.000.000 × 5%',
        base: '30000000',
        rateBp: 500,
        amount: '1500000',
        source: 'PP 68/2009 art. 5 [R]',
      },
    ]);
    expect(body.rules).toEqual([
      expect.objectContaining({ key: 'jht_lump_sum_tax', validFrom: '2009-11-16', illustrative: false }),
    ]);
  });

  it('a 30% partial payout of Rp1.000.000.000 as a number: Rp300 jt taxed 5/15/25%', async () => {
    const res = await post({ balance: 1_000_000_000, kind: 'partial30', hasNpwp: true });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      shareBp: 3000,
      gross: '300000000',
      tax: '44000000',
      net: '256000000',
      regime: 'progressive',
    });
    expect(body.lines.map((l: Line) => [l.base, l.rateBp, l.amount])).toEqual([
      ['60000000', 500, '3000000'],
      ['190000000', 1500, '28500000'],
      ['50000000', 2500, '12500000'],
    ]);
    expect(body.lines[0].source).toMatch(/UU PPh art\. 17\(1\)\(a\).*HPP/);
    expect(body.rules.map((r: { key: string }) => r.key)).toEqual(['jht_partial_shares', 'income_tax_rates']);
  });

  it('a 10% partial payout below the first bracket', async () => {
    const res = await post({ balance: '200000000', kind: 'partial10', hasNpwp: true });
    expect(res.json()).toMatchObject({ gross: '20000000', tax: '1000000', net: '19000000' });
  });

  it('without an NPWP every rate is 20% higher, and the line says so', async () => {
    const res = await post({ balance: '80000000', kind: 'full', hasNpwp: false });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ tax: '1800000', net: '78200000', hasNpwp: false });
    expect(body.lines[1]).toMatchObject({
      rateBp: 600,
      amount: '1800000',
      label_id: 'bagian di atas Rp50.000.000 × 6% (5% + 20% karena tanpa NPWP)',
    });
    expect(body.rules.map((r: { key: string }) => r.key)).toEqual(['jht_lump_sum_tax', 'no_npwp_surcharge']);
    expect(body.rules[1].note).toMatch(/DOUBT/);
  });

  it('refuses a negative balance with what to enter, in Indonesian or English', async () => {
    const id = await post({ balance: '-1', kind: 'full', hasNpwp: true });
    expect(id.statusCode).toBe(422);
    expect(id.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(id.json()).toMatchObject({
      type: expect.stringMatching(/jht_balance_negative$/),
      status: 422,
      code: 'jht_balance_negative',
      title: expect.stringMatching(/^Saldo JHT tidak boleh negatif/),
      errors: [{ path: 'body.balance', message: 'negatif' }],
    });
    const en = await post({ balance: -5, kind: 'partial10', hasNpwp: false }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(422);
    expect(en.json()).toMatchObject({
      code: 'jht_balance_negative',
      title: expect.stringMatching(/^A JHT balance cannot be negative/),
      errors: [{ path: 'body.balance', message: 'negative' }],
    });
  });

  it.each([
    [{ balance: 1.5, kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: '1.5', kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: '80.000.000', kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: '99999999999999999999', kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: '9999999999999999999', kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: 1e21, kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ kind: 'full', hasNpwp: true }, 'body.balance'],
    [{ balance: '80000000', kind: 'partial50', hasNpwp: true }, 'body.kind'],
    [{ balance: '80000000', kind: 'FULL', hasNpwp: true }, 'body.kind'],
    [{ balance: '80000000', kind: 'full' }, 'body.hasNpwp'],
    [{ balance: '80000000', kind: 'full', hasNpwp: 'yes' }, 'body.hasNpwp'],
  ])('answers invalid_request for %j', async (payload, path) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('is rate-limited per address', async () => {
    const payload = { balance: '10000000', kind: 'full', hasNpwp: true };
    for (let i = 0; i < SIMULATION_RATE_LIMIT.max; i++) {
      expect((await post(payload, {}, '10.8.8.8')).statusCode).toBe(200);
    }
    const limited = await post(payload, {}, '10.8.8.8');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('too_many_requests');
    expect((await post(payload, {}, '10.8.8.9')).statusCode).toBe(200);
  });

  it('is in the OpenAPI document, public, with its schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/simulations/jht-payout'].post;
    expect(op.tags).toEqual(['simulations']);
    expect(op.security ?? []).toEqual([]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '422', '429']));
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['JhtPayoutSimulationBody', 'JhtPayoutSimulationResponse', 'JhtPayoutLine']),
    );
    const body = JSON.stringify(doc.components.schemas.JhtPayoutSimulationBody);
    for (const needle of ['"balance"', '"partial30"', '"hasNpwp"']) expect(body).toContain(needle);
  });
});
