/**
 * What the verify page checks against: the published public keys and the revocation list. Fetched
 * fresh when online; offline, the service worker answers its last copy (marked `X-JMO-Offline`), and
 * without a service worker the copy kept in this browser's storage stands in.
 */
import type { CardPublicKey } from '@jmo/core/card-credential/verify';

export const KEYS_URL = '/api/v1/card-credentials/keys';
export const REVOKED_URL = '/api/v1/card-credentials/revoked';
const STORAGE_KEY = 'jmo.verify.trust';

export interface Trust {
  keys: CardPublicKey[];
  /** Revoked credential id → when. */
  revoked: Map<string, string>;
  /** When the server made the revocation list this page has. */
  revocationsAsOf: string;
  /** The lists came from a copy kept on this device, not from the server just now. */
  offline: boolean;
}

type Saved = { keys: CardPublicKey[]; revoked: { id: string; revokedAt: string }[]; generatedAt: string };

function parseKeys(value: unknown): CardPublicKey[] | null {
  const keys = (value as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) return null;
  const valid = keys.filter(
    (k): k is CardPublicKey =>
      !!k && k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.x === 'string' && typeof k.kid === 'string',
  );
  return valid.length > 0 ? valid : null;
}

function parseRevoked(value: unknown): Omit<Saved, 'keys'> | null {
  const list = value as { generatedAt?: unknown; revoked?: unknown };
  if (!list || typeof list.generatedAt !== 'string' || !Array.isArray(list.revoked)) return null;
  const revoked = list.revoked.filter(
    (r): r is { id: string; revokedAt: string } =>
      !!r && typeof r.id === 'string' && typeof r.revokedAt === 'string',
  );
  return { generatedAt: list.generatedAt, revoked };
}

function toTrust(saved: Saved, offline: boolean): Trust {
  return {
    keys: saved.keys,
    revoked: new Map(saved.revoked.map((r) => [r.id, r.revokedAt])),
    revocationsAsOf: saved.generatedAt,
    offline,
  };
}

function readSaved(): Saved | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    const keys = parseKeys(value);
    const revoked = parseRevoked(value);
    return keys && revoked ? { keys, ...revoked } : null;
  } catch {
    return null;
  }
}

function save(saved: Saved): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage blocked or full: the service worker's copy still serves offline.
  }
}

/** The freshest keys and revocation list this page can have; null when it never had any. */
export async function loadTrust(fetcher: typeof fetch = fetch): Promise<Trust | null> {
  try {
    const [keysResponse, revokedResponse] = await Promise.all([
      fetcher(KEYS_URL, { cache: 'no-cache', headers: { Accept: 'application/json' } }),
      fetcher(REVOKED_URL, { cache: 'no-cache', headers: { Accept: 'application/json' } }),
    ]);
    if (keysResponse.ok && revokedResponse.ok) {
      const keys = parseKeys(await keysResponse.json());
      const revoked = parseRevoked(await revokedResponse.json());
      if (keys && revoked) {
        const offline =
          keysResponse.headers.get('x-jmo-offline') === '1' ||
          revokedResponse.headers.get('x-jmo-offline') === '1';
        const saved = { keys, ...revoked };
        if (!offline) save(saved);
        const kept = readSaved();
        // A copy in storage newer than the service worker's (fetched without it): use the newer.
        if (offline && kept && kept.generatedAt > saved.generatedAt) return toTrust(kept, true);
        return toTrust(saved, offline);
      }
    }
  } catch {
    // No network and no service worker copy.
  }
  const kept = readSaved();
  return kept ? toTrust(kept, true) : null;
}
