/**
 * The card payload as the verify page reads it, and the verdict's order, with a stand-in signature
 * check (the real Ed25519 checks are tested in the server and the web): base64url decoding, field
 * checks, the token inside a QR URL, programs by segment, and revoked before expired.
 */
import { describe, expect, it } from 'vitest';
import {
  type CardCredentialPayload,
  decodeBase64Url,
  extractCardToken,
  parseCardCredentialPayload,
  programsForSegment,
} from './payload.ts';
import { verifyCardCredential } from './verify.ts';

const payload: CardCredentialPayload = {
  v: 1,
  jti: 'id-1',
  iat: 1_790_000_000,
  exp: 1_820_000_000,
  kpj: '23012345678',
  name: 'Ayu Lestari',
  nik: '************0003',
  segment: 'BPU',
  status: 'active',
  programs: ['JHT', 'JKK', 'JKM'],
  employer: null,
};
const b64 = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (p: unknown, header: unknown = { alg: 'EdDSA', kid: 'k', typ: 'jmo-card+jwt' }) =>
  `${b64(header)}.${b64(p)}.c2ln`;
const key = { kty: 'OKP', crv: 'Ed25519', x: 'AAAA', kid: 'k' } as const;

describe('card credential payload', () => {
  it('decodes base64url and refuses what is not', () => {
    expect(new TextDecoder().decode(decodeBase64Url('aGVsbG8')!)).toBe('hello');
    expect(decodeBase64Url('a+b/')).toBeNull();
    expect(decodeBase64Url('a')).toBeNull();
  });

  it('accepts a well-formed payload and refuses each malformed field', () => {
    expect(parseCardCredentialPayload(payload)).toEqual(payload);
    for (const broken of [
      { v: 2 },
      { jti: '' },
      { exp: payload.iat },
      { kpj: '123' },
      { name: ' ' },
      { nik: '3174010101900001' },
      { segment: 'XX' },
      { status: 'gone' },
      { programs: ['JHT', 'BPJS'] },
      { employer: 7 },
    ])
      expect(parseCardCredentialPayload({ ...payload, ...broken })).toBeNull();
    expect(parseCardCredentialPayload([payload])).toBeNull();
  });

  it('finds the token in the QR URL, percent-encoded or wrapped', () => {
    expect(extractCardToken('https://jmo.example.id/verify#a.b.c')).toBe('a.b.c');
    expect(extractCardToken(' a.b\n.c ')).toBe('a.b.c');
    expect(extractCardToken('https://x/verify#a%2Eb.c')).toBe('a.b.c');
  });

  it('derives programs from the segment until cards carry their own', () => {
    expect(programsForSegment('PU', { savesInJht: false })).toEqual(['JHT', 'JP', 'JKK', 'JKM', 'JKP']);
    expect(programsForSegment('BPU', { savesInJht: false })).toEqual(['JKK', 'JKM']);
    expect(programsForSegment('PMI', { savesInJht: true })).toEqual(['JHT', 'JKK', 'JKM']);
  });

  it('checks revocation before expiry, and only after the signature', async () => {
    const context = (signatureOk: boolean, asOf: Date) => ({
      keys: [key],
      revokedAt: (jti: string) => (jti === 'id-1' ? '2027-01-01T00:00:00.000Z' : undefined),
      asOf,
      checkSignature: async () => signatureOk,
    });
    const later = new Date(1_900_000_000_000);
    expect((await verifyCardCredential(token(payload), context(true, later))).outcome).toBe('revoked');
    expect((await verifyCardCredential(token(payload), context(false, later))).outcome).toBe(
      'signature_invalid',
    );
    const other = { ...payload, jti: 'id-2' };
    expect((await verifyCardCredential(token(other), context(true, later))).outcome).toBe('expired');
    expect(
      (await verifyCardCredential(token(other), context(true, new Date(1_800_000_000_000)))).outcome,
    ).toBe('valid');
    expect(
      (await verifyCardCredential(token(other, { alg: 'EdDSA', kid: 'k' }), context(true, later))).outcome,
    ).toBe('malformed');
  });
});
