/** Proves the pragmatic e-mail rules: trimming, a lower-cased domain, and `email_invalid` otherwise. */
import { describe, expect, it } from 'vitest';
import { parseEmail } from './email.ts';

describe('parseEmail', () => {
  it.each([
    [' Siti.Rahayu@Demo.JMO.id ', 'Siti.Rahayu@demo.jmo.id', 'demo.jmo.id'],
    ['budi+jht@example.co.id', 'budi+jht@example.co.id', 'example.co.id'],
    ["o'neil_1@mail-server.example.com", "o'neil_1@mail-server.example.com", 'mail-server.example.com'],
    ['a@b.id', 'a@b.id', 'b.id'],
    ['user@xn--80ak6aa92e.xn--p1ai', 'user@xn--80ak6aa92e.xn--p1ai', 'xn--80ak6aa92e.xn--p1ai'],
  ])('accepts %j', (text, email, domain) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value: { email, domain } });
  });

  it.each([
    '',
    'plain',
    '@example.com',
    'someone@',
    'someone@localhost',
    'a..b@example.com',
    '.a@example.com',
    'a.@example.com',
    'a b@example.com',
    'a@b@example.com',
    'a@-example.com',
    'a@example-.com',
    'a@exa_mple.com',
    'a@example..com',
    'a@example.c',
    'a@example.123',
    'siti@exämple.com',
    'sïti@example.com',
    '"quoted"@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(64)}.com`,
    `a@${'abcdefghi.'.repeat(25)}com`,
  ])('rejects %j', (text) => {
    expect(parseEmail(text)).toMatchObject({ ok: false, error: 'email_invalid' });
  });
});
