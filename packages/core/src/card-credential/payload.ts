/**
 * The digital membership card as a signed credential: a compact JWS (RFC 7515, `alg: EdDSA`, Ed25519)
 * whose payload carries only what a clinic (a PLKK partner) needs to accept a member: the card number,
 * the name as on the card, segment, membership status, programs, employer and validity. Never the
 * NIK in clear nor the birth date: at most the masked NIK (last four digits) to match an ID card.
 *
 * Pure: no clock, no crypto. The server signs and the verify page checks signatures; both share the
 * shapes, the parsing and the verdict here.
 */

/** The JWS `typ` header of a card credential (explicit typing, RFC 8725 §3.11). */
export const CARD_CREDENTIAL_TYP = 'jmo-card+jwt';
/** Version of the payload layout (`v`); a verifier refuses versions it does not know. */
export const CARD_CREDENTIAL_VERSION = 1;
/** The longest token accepted anywhere (a QR code holds about 2.9 kB). */
export const CARD_TOKEN_MAX_LENGTH = 4096;

export const CARD_PROGRAMS = ['JHT', 'JP', 'JKK', 'JKM', 'JKP'] as const;
export type CardProgram = (typeof CARD_PROGRAMS)[number];
export type CardSegment = 'PU' | 'BPU' | 'PMI';
export type CardStatus = 'active' | 'nonactive';

export interface CardCredentialPayload {
  v: typeof CARD_CREDENTIAL_VERSION;
  /** Credential id: the `card_credentials` row, listed when revoked. */
  jti: string;
  /** Issued at, seconds since the epoch (JWT NumericDate). */
  iat: number;
  /** Valid until, seconds since the epoch. */
  exp: number;
  kpj: string;
  /** The name as on the card. */
  name: string;
  /** The NIK masked but for its last four digits (`************0001`), to match an ID card. */
  nik: string;
  segment: CardSegment;
  /** The membership's status when the credential was issued. */
  status: CardStatus;
  programs: CardProgram[];
  /** The employer's name (PU); null for independent (BPU) and migrant (PMI) workers without one. */
  employer: string | null;
}

/**
 * The programs a card covers, derived from its segment until per-card program enrolment exists
 * (the seam: replace the call sites' input with the card's enrolled programs). PU: all five
 * (PP 44/2015, PP 45/2015, PP 46/2015, PP 37/2021). BPU: JKK and JKM, with JHT when the member saves
 * in it (PP 44/2015 art. 5 as amended by PP 49/2023; JP is for wage earners only, PP 45/2015 art. 2).
 * PMI: JKK and JKM, with JHT when saving (Permenaker 4/2023).
 */
export function programsForSegment(segment: CardSegment, opts: { savesInJht: boolean }): CardProgram[] {
  if (segment === 'PU') return ['JHT', 'JP', 'JKK', 'JKM', 'JKP'];
  return opts.savesInJht ? ['JHT', 'JKK', 'JKM'] : ['JKK', 'JKM'];
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** A decoded payload checked field by field (no schema library, so the verify page stays small). */
export function parseCardCredentialPayload(value: unknown): CardCredentialPayload | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const p = value as Record<string, unknown>;
  if (p.v !== CARD_CREDENTIAL_VERSION) return null;
  if (!isString(p.jti, 64) || p.jti === '') return null;
  if (!isSeconds(p.iat) || !isSeconds(p.exp) || p.exp <= p.iat) return null;
  if (!isString(p.kpj, 11) || !/^\d{11}$/.test(p.kpj)) return null;
  if (!isString(p.name, 200) || p.name.trim() === '') return null;
  if (!isString(p.nik, 16) || !/^\*{12}\d{4}$/.test(p.nik)) return null;
  if (p.segment !== 'PU' && p.segment !== 'BPU' && p.segment !== 'PMI') return null;
  if (p.status !== 'active' && p.status !== 'nonactive') return null;
  if (!Array.isArray(p.programs) || p.programs.length > CARD_PROGRAMS.length) return null;
  if (!p.programs.every((x) => (CARD_PROGRAMS as readonly unknown[]).includes(x))) return null;
  if (p.employer !== null && !isString(p.employer, 200)) return null;
  return {
    v: CARD_CREDENTIAL_VERSION,
    jti: p.jti,
    iat: p.iat,
    exp: p.exp,
    kpj: p.kpj,
    name: p.name,
    nik: p.nik,
    segment: p.segment,
    status: p.status,
    programs: p.programs as CardProgram[],
    employer: p.employer as string | null,
  };
}

/** base64url (RFC 4648 §5, no padding) → bytes, or null when it is not base64url. */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    buffer = (buffer << 6) | alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, at);
}

/** A base64url segment holding UTF-8 JSON, parsed; null when it is not one. */
export function decodeJsonSegment(segment: string): unknown {
  const bytes = decodeBase64Url(segment);
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * The token in what a clinic scanned or pasted: the QR's URL (`…/verify#<jws>`), a bare JWS, or
 * either with spaces and line breaks around or inside it (copied from a PDF or a chat).
 */
export function extractCardToken(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const hash = compact.indexOf('#');
  const token = hash >= 0 ? compact.slice(hash + 1) : compact;
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
