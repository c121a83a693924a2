/** The console's claim calls (core `contracts/claims.ts`), under the staff session like the rest. */
import type { ClaimDecisionBody, ConsoleClaimCase, ConsoleClaimQueue } from '@jmo/core/contracts/claims';
import { API_BASE } from '../../api.ts';
import { staff, staffRequest } from './api.ts';

export type { ClaimDecisionBody, ConsoleClaimCase, ConsoleClaimQueue };
export type QueuedClaim = ConsoleClaimQueue['items'][number];
export type ClaimPhotoKind = 'selfie' | 'reference';

export const CLAIM_QUEUE = '/console/klaim';
/** The claim case; without `?tujuan=` nothing personal is read yet (the officer opens it first). */
export function claimCasePath(id: string, open = false): string {
  return `${CLAIM_QUEUE}/${encodeURIComponent(id)}${open ? '?tujuan=claim_review' : ''}`;
}

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const base = (id: string) => `/console/claims/${encodeURIComponent(id)}`;

export const consoleClaimsApi = {
  queue: (signal?: AbortSignal) =>
    staffRequest<ConsoleClaimQueue>('GET', '/console/claims', withSignal(signal)),
  case: (id: string, signal?: AbortSignal) =>
    staffRequest<ConsoleClaimCase>('GET', base(id), withSignal(signal)),
  decide: (id: string, body: ClaimDecisionBody) =>
    staffRequest<ConsoleClaimCase>('POST', `${base(id)}/decision`, { body }),
  /** The claim's selfie or the registry photo as a blob; null when there is none; throws offline. */
  photo: async (id: string, which: ClaimPhotoKind, signal?: AbortSignal): Promise<Blob | null> => {
    const response = await fetch(`${API_BASE}${base(id)}/photos/${which}`, {
      credentials: 'same-origin',
      cache: 'no-store',
      ...withSignal(signal),
    });
    if (response.status === 401) staff.value = null;
    if (!response.ok) return null;
    return response.blob();
  },
};
