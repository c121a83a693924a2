/**
 * The public simulation through HTTP on a real database (nothing is stored, but the app is the real
 * one): no sign-in needed; a wage earner's month reproduces RULES.md E2 (June 2024) and DOMAIN.md's
 * Rp12.000.000 case with money as digit strings; an informal worker's minimum is Rp16.800 (E17);
 * every refusal is problem+json with a stable code and words in Indonesian or English that say what
 * to do (nearest brackets, the furthest or first period); periods more than 12 months after the
 * clock's today are refused; the rules in force are listed with their sources; a rate limit applies;
 * and the OpenAPI document describes both routes.
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
    url: '/api/v1/simulations/contributions',
    payload: payload as object,
    headers,
    remoteAddress,
  });

type Item = { program: string; employer: string; worker: string; total: string; [k: string]: unknown };

describe('POST /api/v1/simulations/contributions', () => {
  it('RULES.md E2 for June 2024, without signing in, wage as a digit string', async () => {
    const res = await post({ segment: 'PU', period: '2024-06', wage: '10000000', jkkRiskGroup: 3 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: Item) => [i.program, i.employer, i.worker])).toEqual([
      ['JHT', '370000', '200000'],
      ['JP', '200000', '100000'],
      ['JKK', '89000', '0'],
      ['JKM', '30000', '0'],
      ['JKP', '0', '0'],
    ]);
    expect([body.employerTotal, body.workerTotal, body.total]).toEqual(['689000', '300000', '989000']);
    const jkp = body.items[4];
    expect(jkp.funding).toMatchObject({ totalBp: 46, government: '11000', fromJkk: '7000', fromJkm: '5000' });
    expect(body.items[2].bookedToJkp).toEqual({ rateBp: 14, base: '5000000', amount: '7000' });
    expect(body.items[0]).toMatchObject({
      source: 'PP 46/2015 art. 16',
      illustrative: false,
      validFrom: '2015-07-01',
    });
    expect(body.explanation.id.join(' ')).toMatch(/Sumber: PP 45\/2015 art\. 28/);
    expect(body.explanation.en.join(' ')).toMatch(/Rounding: /);
  });

  it('DOMAIN.md: Rp12.000.000 in June 2024 with the wage as a number: JP on the cap', async () => {
    const res = await post({ segment: 'PU', period: '2024-06', wage: 12_000_000, jkkRiskGroup: 1 });
    expect(res.statusCode).toBe(200);
    const jp = res.json().items.find((i: Item) => i.program === 'JP');
    expect(jp).toMatchObject({
      base: '10042300',
      baseCap: '10042300',
      baseCapFrom: '2024-03-01',
      employer: '200846',
      worker: '100423',
    });
  });

  it('RULES.md E17: BPU JKK + JKM on Rp1.000.000 = Rp16.800, paid by the member', async () => {
    const res = await post({
      segment: 'BPU',
      period: '2026-11',
      declaredIncome: '1000000',
      programs: ['JKK', 'JKM'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      segment: 'BPU',
      declaredIncome: '1000000',
      employerTotal: '0',
      workerTotal: '16800',
      total: '16800',
    });
  });

  it('names the nearest brackets when the income is not one, in Indonesian or English', async () => {
    const payload = {
      segment: 'BPU',
      period: '2026-11',
      declaredIncome: 1_234_567,
      programs: ['JKK', 'JKM', 'JHT'],
    };
    const id = await post(payload);
    expect(id.statusCode).toBe(422);
    expect(id.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(id.json()).toMatchObject({
      code: 'bpu_income_not_a_bracket',
      title: expect.stringMatching(/Pilih nilai terdekat/),
      detail: 'Nilai terdekat: Rp1.000.000 atau Rp1.500.000.',
      errors: [{ path: 'body.declaredIncome' }],
    });
    const en = await post(payload, { 'accept-language': 'en' });
    expect(en.json()).toMatchObject({
      title: expect.stringMatching(/nearest value/),
      detail: 'Nearest brackets: Rp1.000.000 or Rp1.500.000.',
    });
  });

  it.each([
    [{ programs: ['JKK'] }, 'bpu_mandatory_programs_missing'],
    [{ programs: ['JKK', 'JKM', 'JP'] }, 'bpu_program_not_available'],
  ])('refuses BPU programs %j with %s', async (extra, code) => {
    const res = await post({ segment: 'BPU', period: '2026-11', declaredIncome: '1000000', ...extra });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe(code);
  });

  it('refuses a negative wage with what to enter', async () => {
    const res = await post({ segment: 'PU', period: '2026-11', wage: '-1', jkkRiskGroup: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'contribution_wage_negative',
      title: expect.stringMatching(/Isi upah sebulan/),
    });
  });

  it('accepts up to 12 months after today (clock: 23 Nov 2026) and refuses further', async () => {
    expect(
      (await post({ segment: 'PU', period: '2027-11', wage: '5000000', jkkRiskGroup: 1 })).statusCode,
    ).toBe(200);
    const res = await post({ segment: 'PU', period: '2027-12', wage: '5000000', jkkRiskGroup: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'contribution_period_too_far_ahead',
      detail: 'Periode paling jauh: November 2027.',
    });
    t.clock.set('2027-01-05T03:00:00Z');
    try {
      expect(
        (await post({ segment: 'PU', period: '2027-12', wage: '5000000', jkkRiskGroup: 1 })).statusCode,
      ).toBe(200);
    } finally {
      t.clock.set('2026-11-23T03:00:00Z');
    }
  });

  it('says which period comes first when none of our rules covers it', async () => {
    const pu = await post({ segment: 'PU', period: '2015-06', wage: '5000000', jkkRiskGroup: 1 });
    expect(pu.json()).toMatchObject({
      code: 'contribution_period_not_covered',
      detail: 'Periode pertama yang tersedia: Juli 2015.',
    });
    const bpu = await post(
      { segment: 'BPU', period: '2019-12', declaredIncome: '1000000', programs: ['JKK', 'JKM'] },
      { 'accept-language': 'en' },
    );
    expect(bpu.json()).toMatchObject({
      code: 'contribution_period_not_covered',
      detail: 'The first period available: January 2020.',
    });
  });

  it.each([
    [{ segment: 'PU', period: '2026-11', wage: '5000000', jkkRiskGroup: 6 }, 'body.jkkRiskGroup'],
    [{ segment: 'PU', period: '2026-11', wage: '5000000', jkkRiskGroup: 'III' }, 'body.jkkRiskGroup'],
    [{ segment: 'PU', period: '2026-11', wage: 1.5, jkkRiskGroup: 1 }, 'body.wage'],
    [{ segment: 'PU', period: '2026-13', wage: '1', jkkRiskGroup: 1 }, 'body.period'],
    [{ segment: 'PU', period: '2026-11', wage: '99999999999999999999', jkkRiskGroup: 1 }, 'body.wage'],
    [{ segment: 'PU', period: '2026-11', wage: '9999999999999999999', jkkRiskGroup: 1 }, 'body.wage'],
    [{ segment: 'PMI', period: '2026-11' }, 'body.segment'],
  ])('answers invalid_request for %j', async (payload, path) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_request');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .join(' '),
    ).toContain(path);
  });

  it('is rate-limited per address', async () => {
    const payload = {
      segment: 'BPU',
      period: '2026-11',
      declaredIncome: '1000000',
      programs: ['JKK', 'JKM'],
    };
    for (let i = 0; i < SIMULATION_RATE_LIMIT.max; i++) {
      expect((await post(payload, {}, '10.9.9.9')).statusCode).toBe(200);
    }
    const limited = await post(payload, {}, '10.9.9.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('too_many_requests');
    expect((await post(payload, {}, '10.9.9.10')).statusCode).toBe(200);
  });
});

describe('GET /api/v1/simulations/contribution-rules', () => {
  it('lists the rules in force this month by default, with sources and illustrative flags', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/simulations/contribution-rules' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toBe('2026-11');
    const cap = body.rules.find((r: { key: string }) => r.key === 'jp_wage_cap');
    expect(cap).toMatchObject({ validFrom: '2026-03-01', amounts: { cap: '11086300' }, illustrative: false });
    expect(cap.source).toMatch(/\[T\]/);
    const brackets = body.rules.find((r: { key: string }) => r.key === 'bpu_income_brackets').brackets;
    expect(brackets[0]).toEqual({ income: '1000000', illustrative: false });
    expect(brackets[1]).toEqual({ income: '1500000', illustrative: true });
  });

  it('takes a period, and refuses one too far ahead or before the first rule', async () => {
    const june = await t.app.inject({
      method: 'GET',
      url: '/api/v1/simulations/contribution-rules?period=2024-06',
    });
    expect(june.json().rules.find((r: { key: string }) => r.key === 'jkp_funding').ratesBp).toEqual({
      total: 46,
      government: 22,
      fromJkk: 14,
      fromJkm: 10,
    });
    const far = await t.app.inject({
      method: 'GET',
      url: '/api/v1/simulations/contribution-rules?period=2030-01',
    });
    expect(far.json().code).toBe('contribution_period_too_far_ahead');
    const early = await t.app.inject({
      method: 'GET',
      url: '/api/v1/simulations/contribution-rules?period=2014-01',
    });
    expect(early.json().code).toBe('contribution_period_not_covered');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/simulations/contribution-rules?period=2024-6',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents both routes with their schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const post = doc.paths['/api/v1/simulations/contributions'].post;
    expect(post.tags).toEqual(['simulations']);
    expect(post.security ?? []).toEqual([]);
    const ref: string = post.requestBody.content['application/json'].schema.$ref;
    const body = JSON.stringify(doc.components.schemas[ref.split('/').at(-1)!]);
    // Both variants, with their own components resolved by name.
    for (const needle of ['PuSimulationBody', 'BpuSimulationBody']) expect(body).toContain(needle);
    const schemas = JSON.stringify(doc.components.schemas);
    for (const needle of ['jkkRiskGroup', 'declaredIncome', '"programs"']) expect(schemas).toContain(needle);
    expect(post.responses['200']).toBeDefined();
    expect(post.responses['422']).toBeDefined();
    expect(
      doc.paths['/api/v1/simulations/contribution-rules'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(['period']);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'ContributionSimulationResponse',
        'SimulationItem',
        'ContributionRulesResponse',
      ]),
    );
  });
});
