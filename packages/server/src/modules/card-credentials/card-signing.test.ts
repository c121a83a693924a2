/**
 * Signing and verifying card credentials with the real libraries (jose, Node's Ed25519): a card we
 * signed verifies; an altered payload, another key under our key id, a token signed with `none` or
 * HS256, an unknown key id, a revoked or expired card and anything that is not a JWS each get their
 * own outcome. No database: core's verdict over jose's signature check.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  CARD_CREDENTIAL_TYP,
  type CardCredentialPayload,
  type CardPublicKey,
  describeCardVerification,
  extractCardToken,
  verifyCardCredential,
} from '@jmo/core';
import { CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { createCardKeyRing } from '../../security/card-keys.ts';
import { checkSignatureWithJose, signCardCredential } from './card-signing.ts';

const ring = createCardKeyRing({ privateKey: generateKeyPairSync('ed25519').privateKey, kid: 'card-2026' });
const NOW = new Date('2026-12-02T03:00:00Z');
const iat = Math.floor(NOW.getTime() / 1000) - 86_400;
const payload: CardCredentialPayload = {
  v: 1,
  jti: '0190b3a4-7c1e-7d2a-8f00-000000000abc',
  iat,
  exp: iat + 365 * 86_400,
  kpj: '23012345678',
  name: 'Budi Santoso',
  nik: '************0001',
  segment: 'PU',
  status: 'active',
  programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
  employer: 'PT Sinar Jaya Abadi',
};

function verify(
  token: string,
  opts: { keys?: readonly CardPublicKey[]; revoked?: Record<string, string> } = {},
) {
  return verifyCardCredential(token, {
    keys: opts.keys ?? ring.publicKeys,
    revokedAt: (jti) => opts.revoked?.[jti],
    asOf: NOW,
    checkSignature: checkSignatureWithJose,
  });
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('card credential signatures', () => {
  it('verifies a card we signed, with the EdDSA header, our typ and the key id', async () => {
    const token = await signCardCredential(ring, payload);
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: 'card-2026',
      typ: CARD_CREDENTIAL_TYP,
    });
    expect(await verify(token)).toEqual({ outcome: 'valid', kid: 'card-2026', payload });
    // The payload carries no NIK in clear and no birth date.
    expect(token.split('.')[1]).not.toContain(b64url('3174'));
    expect(Object.keys(payload)).not.toContain('birthDate');
  });

  it('calls an altered payload a forgery: the signature no longer matches', async () => {
    const token = await signCardCredential(ring, payload);
    const [header, , signature] = token.split('.');
    const altered = `${header}.${b64url({ ...payload, status: 'active', name: 'Budi Santosa' })}.${signature}`;
    expect((await verify(altered)).outcome).toBe('signature_invalid');
    // One flipped character in the signature too.
    const last = signature!.at(-2) === 'A' ? 'B' : 'A';
    const flipped = `${token.slice(0, -2)}${last}${token.slice(-1)}`;
    expect((await verify(flipped)).outcome).toBe('signature_invalid');
  });

  it('calls a card signed by another key under our key id a forgery', async () => {
    const impostor = createCardKeyRing({
      privateKey: generateKeyPairSync('ed25519').privateKey,
      kid: 'card-2026',
    });
    expect((await verify(await signCardCredential(impostor, payload))).outcome).toBe('signature_invalid');
  });

  it('refuses alg none and HS256 under our typ as forgeries', async () => {
    const body = b64url(payload);
    const none = `${b64url({ alg: 'none', kid: 'card-2026', typ: CARD_CREDENTIAL_TYP })}.${body}.AAAA`;
    expect((await verify(none)).outcome).toBe('signature_invalid');
    const hs = await new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'HS256', kid: 'card-2026', typ: CARD_CREDENTIAL_TYP })
      .sign(Buffer.from(ring.publicKeys[0]!.x, 'base64url'));
    expect((await verify(hs)).outcome).toBe('signature_invalid');
  });

  it('names an unknown key id, and verifies earlier keys listed for a rotation', async () => {
    const older = createCardKeyRing({
      privateKey: generateKeyPairSync('ed25519').privateKey,
      kid: 'card-2025',
    });
    const token = await signCardCredential(older, payload);
    expect(await verify(token)).toEqual({ outcome: 'unknown_key', kid: 'card-2025' });
    const rotated = createCardKeyRing({
      privateKey: generateKeyPairSync('ed25519').privateKey,
      kid: 'card-2027',
      previous: [{ kid: 'card-2025', x: older.publicKeys[0]!.x }],
    });
    expect((await verify(token, { keys: rotated.publicKeys })).outcome).toBe('valid');
  });

  it('says expired after the validity end, and revoked (with when) for a listed id', async () => {
    const expired = await signCardCredential(ring, { ...payload, exp: Math.floor(NOW.getTime() / 1000) });
    expect((await verify(expired)).outcome).toBe('expired');
    const token = await signCardCredential(ring, payload);
    const revokedAt = '2026-12-01T08:00:00.000Z';
    expect(await verify(token, { revoked: { [payload.jti]: revokedAt } })).toEqual({
      outcome: 'revoked',
      kid: 'card-2026',
      payload,
      revokedAt,
    });
  });

  it('calls anything that is not one of our JWS malformed', async () => {
    for (const text of [
      '',
      'hello',
      'a.b',
      'a.b.c.d',
      'é.b.c',
      `${b64url({ alg: 'EdDSA' })}.e30.AA`,
      'x'.repeat(5000),
    ])
      expect((await verify(text)).outcome).toBe('malformed');
    // Signed by us, but not a card payload (another shape).
    const other = await new CompactSign(Buffer.from('{"hello":"world"}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'card-2026', typ: CARD_CREDENTIAL_TYP })
      .sign(ring.signing.privateKey);
    expect((await verify(other)).outcome).toBe('malformed');
  });

  it('reads the token from the QR URL or a pasted, wrapped copy', async () => {
    const token = await signCardCredential(ring, payload);
    expect(extractCardToken(`https://jmo.example.id/verify#${token}`)).toBe(token);
    expect(extractCardToken(`  ${token.slice(0, 40)}\n${token.slice(40)}  `)).toBe(token);
  });

  it('tells the clinic what to do in both languages, and warns about a non-active membership', async () => {
    const valid = await verify(await signCardCredential(ring, payload));
    expect(describeCardVerification(valid, 'id')).toMatchObject({ tone: 'ok', title: 'Kartu sah' });
    expect(describeCardVerification(valid, 'en').action).toMatch(/ID card/);
    const nonactive = await verify(await signCardCredential(ring, { ...payload, status: 'nonactive' }));
    expect(describeCardVerification(nonactive, 'id')).toMatchObject({ tone: 'warning' });
    expect(describeCardVerification({ outcome: 'signature_invalid', kid: 'x' }, 'id').title).toMatch(/palsu/);
  });
});
