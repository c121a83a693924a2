/** What the app knows about the signed-in member during this visit (nothing is stored on the device). */

import type { Me } from '@jmo/core/contracts/auth';
import type { CardsResponse } from '@jmo/core/contracts/cards';
import { signal } from '@preact/signals';

export const me = signal<Me | null>(null);
/** True once any authenticated request succeeded; false after a 401 or signing out. */
export const signedIn = signal(false);
/** The last cards answer, so the card page can show its header without asking again. */
export const cardsCache = signal<CardsResponse | null>(null);

export function clearSession(): void {
  me.value = null;
  signedIn.value = false;
  cardsCache.value = null;
}

/** Where to go after signing in: only a path inside this app, never another site. */
export function safeNext(next: string | undefined): string {
  if (next === undefined) return '/';
  const inside = next.startsWith('/') && !next.startsWith('//') && !next.includes('\\');
  return inside && !next.startsWith('/masuk') ? next : '/';
}

export function loginPathFor(current: string): string {
  return current === '/' ? '/masuk' : `/masuk?lanjut=${encodeURIComponent(current)}`;
}
