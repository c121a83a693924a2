/**
 * The digital membership card: a member's card as a signed credential (JWS, EdDSA), shown as a QR
 * code of `PUBLIC_URL/verify#<jws>` and as a PDF; reissued by the member (the old one is revoked);
 * revoked by officers with a reason (a security event); checked by anyone against the published
 * keys and the revocation list.
 *
 * A credential states the card's facts at issue. When a membership becomes non-active the card
 * already issued stays valid until it expires or is reissued (the verifier tells clinics when it
 * was issued); the next credential says non-active. `outdated` tells the member their card changed
 * since, so a reissue shows clinics the current facts.
 */
import {
  type CardCredentialPayload,
  type CardCredentialResponse,
  type CardKeysResponse,
  type CardRevocationListResponse,
  type CardRevocationReason,
  type CardVerifyResponse,
  describeCardVerification,
  extractCardToken,
  type Locale,
  maskKpj,
  programsForSegment,
  readCardCredentialPayload,
  verifyCardCredential,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { type CardHolder, findCardForStaff, findOwnCard } from '../cards/cards.service.ts';
import {
  type CredentialRow,
  findCredentialById,
  findCurrentCredential,
  findRevocation,
  insertCredential,
  listCredentialsOfCard,
  listRevokedInForce,
  revokeCredential,
  revokeLiveCredentialsOfCard,
} from './card-credentials.repository.ts';
import { cardPdf, cardQrSvg } from './card-document.ts';
import { checkSignatureWithJose, signCardCredential } from './card-signing.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type OwnCard = NonNullable<Awaited<ReturnType<typeof findOwnCard>>>;

/** Where the QR code points and where clinics check cards: PUBLIC_URL, or this request's origin in dev. */
export interface VerifySite {
  publicUrl: string;
}

/** What a credential for this card says now: the seam where per-card program enrolment will plug in. */
function factsOf(card: OwnCard): Omit<CardCredentialPayload, 'v' | 'jti' | 'iat' | 'exp'> {
  return {
    kpj: card.kpj,
    name: card.nameOnCard ?? card.personName,
    nik: card.maskedNik,
    segment: card.segment,
    status: card.status,
    // Derived from the segment until cards carry their enrolled programs.
    programs: programsForSegment(card.segment, { savesInJht: card.jhtAccountId !== null }),
    employer: card.employer?.name ?? null,
  };
}

function sameFacts(payload: CardCredentialPayload, facts: ReturnType<typeof factsOf>): boolean {
  return (
    payload.name === facts.name &&
    payload.nik === facts.nik &&
    payload.segment === facts.segment &&
    payload.status === facts.status &&
    payload.employer === facts.employer &&
    payload.programs.join() === facts.programs.join()
  );
}

async function issueCredential(deps: Deps, db: Executor, card: OwnCard): Promise<CredentialRow> {
  const issuedAt = deps.clock.now();
  const iat = Math.floor(issuedAt.getTime() / 1000);
  const exp = iat + deps.config.card.validityDays * 86_400;
  const payload: CardCredentialPayload = { v: 1, jti: deps.newId(), iat, exp, ...factsOf(card) };
  const token = await signCardCredential(deps.cardKeys, payload);
  const row = {
    id: payload.jti,
    membershipId: card.membershipId,
    kid: deps.cardKeys.signing.kid,
    token,
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
  };
  await insertCredential(db, row);
  return { ...row, revokedAt: null, revokedReason: null };
}

async function present(row: CredentialRow, card: OwnCard, site: VerifySite): Promise<CardCredentialResponse> {
  const payload = readCardCredentialPayload(row.token);
  if (!payload) throw new Error(`stored card credential ${row.id} does not decode`);
  const verifyUrl = `${site.publicUrl}/verify#${row.token}`;
  return {
    id: row.id,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    token: row.token,
    verifyUrl,
    qrSvg: await cardQrSvg(verifyUrl),
    payload,
    outdated: !sameFacts(payload, factsOf(card)),
  };
}

async function currentOrNew(deps: Deps, card: OwnCard): Promise<CredentialRow> {
  const kids = deps.cardKeys.publicKeys.map((k) => k.kid);
  return (
    (await findCurrentCredential(deps.db, card.membershipId, deps.clock.now(), kids)) ??
    (await issueCredential(deps, deps.db, card))
  );
}

/** The member's current digital card for one of their cards, issued now if none is in force. */
export async function memberCredential(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
  site: VerifySite,
): Promise<Outcome<CardCredentialResponse, 'card_not_found'>> {
  const card = await findOwnCard(deps, holder, kpj);
  if (!card) return { ok: false, error: 'card_not_found' };
  return { ok: true, value: await present(await currentOrNew(deps, card), card, site) };
}

/**
 * "Terbitkan ulang" (a lost phone, a printed copy in the wrong hands): every credential of the card
 * still in force is revoked (reason `reissued`) and a new one is issued, in one transaction.
 */
export async function reissueMemberCredential(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
  context: VerifySite & { ip: string },
): Promise<Outcome<CardCredentialResponse, 'card_not_found'>> {
  const card = await findOwnCard(deps, holder, kpj);
  if (!card) return { ok: false, error: 'card_not_found' };
  const { row, revoked } = await deps.db.transaction().execute(async (trx) => {
    const revoked = await revokeLiveCredentialsOfCard(trx, card.membershipId, {
      at: deps.clock.now(),
      reason: 'reissued',
    });
    return { row: await issueCredential(deps, trx, card), revoked };
  });
  await recordSecurityEvent(deps, {
    kind: 'card_credential_reissued',
    userId: holder.userId,
    ip: context.ip,
    detail: { kpj: maskKpj(kpj), credential: row.id, revoked },
  });
  return { ok: true, value: await present(row, card, context) };
}

function formatLongDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone }).format(instant);
}

/** The current digital card as a one-page A6 PDF. */
export async function memberCardPdf(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
  site: VerifySite,
): Promise<Outcome<Uint8Array, 'card_not_found'>> {
  const card = await findOwnCard(deps, holder, kpj);
  if (!card) return { ok: false, error: 'card_not_found' };
  const row = await currentOrNew(deps, card);
  const payload = readCardCredentialPayload(row.token)!;
  const pdf = await cardPdf({
    payload,
    verifyUrl: `${site.publicUrl}/verify#${row.token}`,
    verifyPage: `${site.publicUrl}/verify`,
    issuedOn: formatLongDate(row.issuedAt, deps.config.timeZone),
    validUntil: formatLongDate(row.expiresAt, deps.config.timeZone),
  });
  return { ok: true, value: pdf };
}

export type StaffRevokeError = 'card_credential_not_found' | 'card_credential_already_revoked';

/** An officer, supervisor or admin revokes one credential with a reason; a security event records it. */
export async function revokeCredentialByStaff(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  input: { reason: CardRevocationReason; note?: string | undefined },
  context: { ip: string },
): Promise<Outcome<{ id: string; revokedAt: string }, StaffRevokeError>> {
  if (!UUID.test(id)) return { ok: false, error: 'card_credential_not_found' };
  const revoked = await revokeCredential(deps.db, id, {
    at: deps.clock.now(),
    reason: input.reason,
    note: input.note ? input.note : null,
    by: staff.staffId,
  });
  if (!revoked) {
    const existing = await findCredentialById(deps.db, id);
    return { ok: false, error: existing ? 'card_credential_already_revoked' : 'card_credential_not_found' };
  }
  const card = await findCardForStaff(deps, { membershipId: revoked.membershipId });
  await recordSecurityEvent(deps, {
    kind: 'card_credential_revoked',
    staffId: staff.staffId,
    ...(card?.holderUserId ? { userId: card.holderUserId } : {}),
    ip: context.ip,
    detail: { credential: id, kpj: card ? maskKpj(card.kpj) : '', reason: input.reason },
  });
  return { ok: true, value: { id, revokedAt: revoked.revokedAt!.toISOString() } };
}

/** A card's credentials for the console (newest first), to find the one to revoke. */
export async function credentialsOfCardForStaff(deps: Deps, kpj: string) {
  const card = await findCardForStaff(deps, { kpj });
  if (!card) return { credentials: [] };
  const rows = await listCredentialsOfCard(deps.db, card.membershipId);
  return {
    credentials: rows.map((r) => ({
      id: r.id,
      kpj: card.kpj,
      kid: r.kid,
      issuedAt: r.issuedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      revokedAt: r.revokedAt?.toISOString() ?? null,
      revokedReason: r.revokedReason,
    })),
  };
}

/** The JWKS clinics and integrators verify with: the signing key first, then earlier keys. */
export function publishedKeys(deps: Pick<Deps, 'cardKeys'>): CardKeysResponse {
  return { keys: deps.cardKeys.publicKeys.map((k) => ({ ...k })) };
}

export async function revocationList(deps: Deps): Promise<CardRevocationListResponse> {
  const now = deps.clock.now();
  const rows = await listRevokedInForce(deps.db, now);
  return {
    generatedAt: now.toISOString(),
    revoked: rows.map((r) => ({ id: r.id, revokedAt: r.revoked_at!.toISOString() })),
  };
}

/** The verify page's check, on the server: for integrators, and the same verdict as in the browser. */
export async function verifyOnServer(deps: Deps, text: string, locale: Locale): Promise<CardVerifyResponse> {
  const token = extractCardToken(text);
  const now = deps.clock.now();
  // The claimed id, read before any check, only to look its revocation up.
  const claimed = readCardCredentialPayload(token)?.jti;
  const revokedAt = claimed && UUID.test(claimed) ? await findRevocation(deps.db, claimed) : null;
  const result = await verifyCardCredential(token, {
    keys: deps.cardKeys.publicKeys,
    revokedAt: (jti) => (jti === claimed && revokedAt ? revokedAt.toISOString() : undefined),
    asOf: now,
    checkSignature: checkSignatureWithJose,
  });
  const verdict = describeCardVerification(result, locale);
  return {
    outcome: result.outcome,
    ...verdict,
    credential: 'payload' in result ? result.payload : null,
    revokedAt: result.outcome === 'revoked' ? result.revokedAt : null,
    checkedAt: now.toISOString(),
  };
}
