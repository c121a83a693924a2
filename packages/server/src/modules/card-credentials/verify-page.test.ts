/**
 * The verify surface is served as its own page: `/verify` and `/verify/…` get verify.html (never the
 * member app's shell), its service worker is revalidated on every load so an update reaches clinics,
 * and the member app keeps its shell everywhere else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let webRoot: string;
beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-verify-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>JMO</title>');
  fs.writeFileSync(path.join(webRoot, 'verify.html'), '<!doctype html><title>Periksa Kartu Digital</title>');
  fs.writeFileSync(path.join(webRoot, 'verify-sw.js'), 'const PRECACHE = [];');
  t = await openTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe('serving /verify', () => {
  it.each(['/verify', '/verify/', '/verify/scan?x=1'])('answers %s with the verify page', async (url) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Periksa Kartu Digital');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the member app shell for its own routes, and revalidates the verify service worker', async () => {
    for (const url of ['/', '/verifyx', '/kartu/23012345678/digital'])
      expect((await t.app.inject(url)).body).toContain('<title>JMO</title>');
    const sw = await t.app.inject('/verify-sw.js');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
  });
});
