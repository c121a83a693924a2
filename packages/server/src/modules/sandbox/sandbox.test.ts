/**
 * The sandbox inbox: what deps.mailer and deps.sms captured shows up in the JSON and on the page,
 * newest first and filterable; with the sandbox off neither exists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskUrlForLog } from '../../app.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await t.deps.mailer.send({
    to: 'Budi@Test.jmo.id',
    subject: 'Kode verifikasi JMO',
    text: 'Kode verifikasi Anda: 482913. Jangan berikan kode ini kepada siapa pun.',
  });
  t.clock.set('2026-11-23T03:01:00Z');
  await t.deps.sms.send({ to: '+6281234567890', text: 'Kode JMO Anda: 482913' });
  t.clock.set('2026-11-23T03:02:00Z');
  await t.deps.mailer.send({
    to: 'siti@test.jmo.id',
    subject: 'Your <JMO> code & more',
    text: '<script>alert("x")</script> 120934',
    locale: 'en',
  });
});
afterAll(() => t.close());

const list = (query = '') => t.app.inject({ url: `/api/v1/sandbox/messages${query}` });

describe('GET /api/v1/sandbox/messages', () => {
  it('lists captured e-mail and SMS newest first, without a cache', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().messages).toEqual([
      {
        id: expect.any(String),
        channel: 'email',
        to: 'siti@test.jmo.id',
        subject: 'Your <JMO> code & more',
        body: '<script>alert("x")</script> 120934',
        createdAt: '2026-11-23T03:02:00.000Z',
      },
      {
        id: expect.any(String),
        channel: 'sms',
        to: '+6281234567890',
        subject: null,
        body: 'Kode JMO Anda: 482913',
        createdAt: '2026-11-23T03:01:00.000Z',
      },
      expect.objectContaining({ channel: 'email', to: 'Budi@Test.jmo.id', subject: 'Kode verifikasi JMO' }),
    ]);
  });

  it('filters by recipient (any case, any phone form), by channel, and limits', async () => {
    const subjects = async (query: string) =>
      (await list(query)).json().messages.map((m: { to: string }) => m.to);
    expect(await subjects('?to=budi@test.JMO.id')).toEqual(['Budi@Test.jmo.id']);
    expect(await subjects('?to=0812-3456-7890')).toEqual(['+6281234567890']);
    expect(await subjects(`?to=${encodeURIComponent('+6281234567890')}&channel=email`)).toEqual([]);
    expect(await subjects('?channel=sms')).toEqual(['+6281234567890']);
    expect(await subjects('?limit=1')).toEqual(['siti@test.jmo.id']);
    expect(await subjects('?to=&channel=')).toHaveLength(3);
  });

  it('refuses a bad channel or limit as a problem', async () => {
    for (const query of ['?channel=fax', '?limit=0', '?limit=201']) {
      const res = await list(query);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('invalid_request');
    }
  });

  it('is what the test helpers read', async () => {
    expect((await lastSentTo(t.deps, 'budi@test.jmo.id', 'email')).body).toMatch(/482913/);
    expect(await sentTo(t.deps, '081234567890')).toHaveLength(1);
    await expect(lastSentTo(t.deps, 'nobody@test.jmo.id')).rejects.toThrow(/nothing was sent/);
  });
});

describe('logs', () => {
  it('never see the recipient of a filter', () => {
    expect(maskUrlForLog('/sandbox/inbox?to=budi%40test.jmo.id&channel=email')).toBe(
      '/sandbox/inbox?to=…@…&channel=email',
    );
    expect(maskUrlForLog('/api/v1/sandbox/messages?to=Budi@Test.jmo.id')).toBe(
      '/api/v1/sandbox/messages?to=…@…',
    );
    expect(maskUrlForLog('/api/v1/sandbox/messages?to=%2B6281234567890')).toBe(
      '/api/v1/sandbox/messages?to=%2B628…90',
    );
  });
});

describe('GET /sandbox/inbox', () => {
  it('shows every message newest first under the banner, escaped, in a page without scripts', async () => {
    const res = await t.app.inject({ url: '/sandbox/inbox' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const html = res.body;
    expect(html).toContain('<html lang="id">');
    expect(html).toMatch(
      /Sandbox — pesan tidak benar-benar dikirim \/ <span lang="en">messages are not really sent/,
    );
    // Nothing to fetch: no script, no stylesheet, no image, not even a favicon request.
    expect(html).not.toMatch(/<script|<img|rel="stylesheet"|https?:\/\//);
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 120934');
    expect(html).toContain('Your &lt;JMO&gt; code &amp; more');
    const order = ['siti@test.jmo.id', '+6281234567890', 'Budi@Test.jmo.id'].map((to) =>
      html.indexOf(`<dd>${to}</dd>`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Kode verifikasi Anda: 482913. Jangan berikan kode ini kepada siapa pun.');
    expect(html).toContain('<time datetime="2026-11-23T03:01:00.000Z">');
  });

  it('filters by recipient and channel from the form', async () => {
    const res = await t.app.inject({ url: '/sandbox/inbox?to=081234567890&channel=sms' });
    expect(res.body).toContain('<dd>+6281234567890</dd>');
    expect(res.body).not.toContain('siti@test.jmo.id</dd>');
    expect(res.body).toContain('value="081234567890"');
    expect(res.body).toContain('<option value="sms" selected>');
    const none = await t.app.inject({ url: '/sandbox/inbox?to=nobody@test.jmo.id' });
    expect(none.body).toContain('Tidak ada pesan yang cocok.');
  });
});

describe('with the sandbox off', () => {
  it('has neither the JSON nor the page, even where the PWA shell answers unknown paths', async () => {
    const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-web-'));
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>JMO</title>');
    const off = await openTestApp({ env: { JMO_SANDBOX: 'off' }, webRoot });
    try {
      expect((await off.app.inject({ url: '/masuk' })).statusCode).toBe(200);
      await off.deps.mailer.send({ to: 'budi@test.jmo.id', subject: 'x', text: 'x' });
      for (const url of ['/api/v1/sandbox/messages', '/sandbox/inbox']) {
        const res = await off.app.inject({ url });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('budi@test.jmo.id');
      }
    } finally {
      await off.close();
      fs.rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
