/**
 * The member's JHT claim on the wire (core `contracts/claims.ts`): JSON through the app's request(),
 * the selfie as raw image bytes, and the idempotency key the draft and the submission carry.
 */
import type {
  ClaimDetail,
  ClaimList,
  ClaimSelfieResponse,
  ClaimSummary,
  JhtClaimReason,
} from '@jmo/core/contracts/claims';
import { API_BASE, type ApiResult, readProblem, request } from '../../api.ts';
import { lang } from '../../i18n.ts';

export type { ClaimDetail, ClaimList, ClaimSelfieResponse, ClaimSummary, JhtClaimReason };

const claimPath = (id: string) => `/me/claims/${encodeURIComponent(id)}`;

/** A request with an extra header (the shared request() sets only its own). */
async function withHeaders<T>(
  method: 'POST',
  path: string,
  headers: Record<string, string>,
  body: BodyInit,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json', 'Accept-Language': lang.value, ...headers },
      body,
    });
  } catch {
    return { ok: false, error: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, error: await readProblem(response) };
  try {
    return { ok: true, data: (await response.json()) as T };
  } catch {
    return { ok: false, error: { kind: 'problem', status: response.status, code: 'internal_error' } };
  }
}

export const claimsApi = {
  list: (signal?: AbortSignal) => request<ClaimList>('GET', '/me/claims', signal ? { signal } : {}),
  get: (id: string, signal?: AbortSignal) =>
    request<ClaimDetail>('GET', claimPath(id), signal ? { signal } : {}),
  /** Starts (or, with the same key, resumes) the card's draft claim. */
  start: (kpj: string, reason: JhtClaimReason, key: string) =>
    withHeaders<ClaimDetail>(
      'POST',
      `/me/cards/${encodeURIComponent(kpj)}/jht-claims`,
      { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      JSON.stringify({ reason }),
    ),
  /** The selfie goes as the image itself: 200 passed, 202 referred to an officer. */
  selfie: (id: string, image: Blob) =>
    withHeaders<ClaimSelfieResponse>(
      'POST',
      `${claimPath(id)}/selfie`,
      { 'Content-Type': image.type || 'image/jpeg' },
      image,
    ),
  submit: (id: string, key: string) =>
    withHeaders<ClaimDetail>(
      'POST',
      `${claimPath(id)}/submit`,
      { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      JSON.stringify({ membershipConfirmed: true, statementAccepted: true }),
    ),
  cancel: (id: string) => request<ClaimDetail>('POST', `${claimPath(id)}/cancel`, { body: {} }),
};

// ── The idempotency key of the claim being made on a card ─────────────────────────────────────────

const keyName = (kpj: string) => `jmo.jht-claim-key.${kpj}`;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The key of this card's claim attempt: made once (crypto.randomUUID) and kept in sessionStorage,
 * so a reload or a second tap sends the same key and the server makes one claim.
 */
export function claimKey(kpj: string): string {
  const store = storage();
  const kept = store?.getItem(keyName(kpj));
  if (kept) return kept;
  const key = globalThis.crypto.randomUUID();
  store?.setItem(keyName(kpj), key);
  return key;
}

/** The attempt is over (submitted or cancelled): the next claim of the card gets a new key. */
export function forgetClaimKey(kpj: string): void {
  storage()?.removeItem(keyName(kpj));
}

// ── The wizard's place, kept across a reload ──────────────────────────────────────────────────────

const stepName = (kpj: string) => `jmo.jht-claim-step.${kpj}`;

export function keptStep(kpj: string, claimId: string): string | null {
  const raw = storage()?.getItem(stepName(kpj));
  if (!raw) return null;
  const [id, step] = raw.split(' ');
  return id === claimId && step ? step : null;
}

export function keepStep(kpj: string, claimId: string, step: string): void {
  storage()?.setItem(stepName(kpj), `${claimId} ${step}`);
}

export function forgetStep(kpj: string): void {
  storage()?.removeItem(stepName(kpj));
}

/** States in which a claim is still moving (the member can watch it, or must wait for it). */
export const OPEN_STATES = [
  'draft',
  'submitted',
  'verifying',
  'interview',
  'approved',
  'paying',
  'returned_for_fix',
  'payout_failed',
  'retrying',
] as const;

export function isOpen(state: ClaimSummary['state']): boolean {
  return (OPEN_STATES as readonly string[]).includes(state);
}

/** States that change without the member: tracking polls while the claim is in one. */
export const MOVING_STATES = ['submitted', 'approved', 'paying'] as const;

export function isMoving(state: ClaimSummary['state']): boolean {
  return (MOVING_STATES as readonly string[]).includes(state);
}

export const trackingPath = (id?: string) =>
  id ? `/tracking-klaim/${encodeURIComponent(id)}` : '/tracking-klaim';
export const eligibilityPath = (kpj: string) => `/klaim-jht/${encodeURIComponent(kpj)}`;
export const dataUpdatePath = (kpj: string) => `/kartu/${encodeURIComponent(kpj)}/pengkinian`;
