/**
 * The server's public contract for everything that is not a feature: health, the generated
 * OpenAPI document, and bad input of every kind answered with a localized problem+json (never a
 * stack trace), after which the server still serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskLongNumbers } from '../app.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ env: { BODY_LIMIT_BYTES: '2048' } });
});
afterAll(() => t.close());

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code, type: `/api/problems/${code}` });
  expect(body.title).toEqual(expect.any(String));
  expect(res.body).not.toMatch(/at .*\.ts:\d+|node_modules|stack/i);
  return body;
}

describe('operations', () => {
  it('answers liveness and readiness with the database and migrations checked', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok', checks: {} });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const spec = (await t.app.inject('/api/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me/cards', '/api/v1/me/cards/{kpj}/statement']),
    );
    expect(spec.components.schemas).toHaveProperty('CardsResponse');
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('masks card and identity numbers before a URL reaches the logs', () => {
    expect(maskLongNumbers('/api/v1/me/cards/23012345678/statement?year=2024')).toBe(
      '/api/v1/me/cards/230…78/statement?year=2024',
    );
  });

  it('explains every error code in both languages', async () => {
    const res = await t.app.inject('/api/problems/invalid_credentials');
    expect(res.json()).toMatchObject({
      code: 'invalid_credentials',
      id: expect.any(String),
      en: expect.any(String),
    });
  });
});

describe('bad input', () => {
  it('answers an unknown route with not_found in Indonesian by default and English on request', async () => {
    const id = expectProblem(await t.app.inject('/api/v1/nope'), 404, 'not_found');
    expect(id.title).toMatch(/tidak ditemukan/);
    const en = expectProblem(
      await t.app.inject({ url: '/api/v1/nope', headers: { 'accept-language': 'en-US,en;q=0.9,id;q=0.8' } }),
      404,
      'not_found',
    );
    expect(en.title).toMatch(/not found/);
  });

  it('rejects malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"identifier": "a@b.c", ',
    });
    expectProblem(res, 400, 'malformed_json');
  });

  it('rejects wrong types with the offending fields', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: 42 },
    });
    const body = expectProblem(res, 400, 'invalid_request');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([expect.stringContaining('identifier'), expect.stringContaining('password')]),
    );
  });

  it('rejects an oversized body and an unsupported content type', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: 'x@y.id', password: 'p'.repeat(5000) },
    });
    expectProblem(big, 413, 'body_too_large');
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expectProblem(xml, 415, 'unsupported_media_type');
  });

  it('keeps serving after all of that', async () => {
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
  });
});
