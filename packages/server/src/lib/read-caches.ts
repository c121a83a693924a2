/**
 * Read caches for the two reads behind almost every screen: the session behind a cookie, and a
 * member's card list with balances. Without them each "cek saldo" costs a session look-up and a sum
 * over the ledger; with them a repeat read is served from memory.
 *
 * Correctness does not rest on the time-to-live. The database announces every change to the rows
 * behind an entry (triggers in migration 0020, LISTEN here), from whichever process or job wrote it,
 * and the entry is dropped when the announcement arrives:
 * - a signed-out device is refused on its next request;
 * - a write request answers only after this process has heard every announcement its own commit
 *   caused (`settle`), so the member's next read sees what they just did;
 * - while the listening connection is down nothing is cached, since announcements may be missed.
 * Another process hears a change a few milliseconds after its commit; the time-to-live only bounds
 * the memory an idle entry keeps.
 */
import { randomUUID } from 'node:crypto';
import type { CardsResponse } from '@jmo/core';
import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.ts';
import type { Database, NotificationSource } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';

/** A cache whose entries belong to an owner (a member or staff account) so they can be dropped by owner. */
export class ReadCache<V extends {}> {
  readonly #entries: LRUCache<string, { value: V; owner: string }>;
  readonly #keysOfOwner = new Map<string, Set<string>>();
  /** Loads in flight, shared by every concurrent reader of a key: one query for a crowd. */
  readonly #loading = new Map<string, Promise<V | undefined>>();
  /** Bumped by every drop: a load that began before it must not store what it read. */
  #generation = 0;
  #enabled: boolean;

  constructor(options: { maxEntries: number; ttlMs: number; enabled?: boolean }) {
    this.#enabled = options.enabled ?? true;
    this.#entries = new LRUCache({
      max: options.maxEntries,
      ttl: options.ttlMs,
      dispose: (entry, key) => {
        const keys = this.#keysOfOwner.get(entry.owner);
        keys?.delete(key);
        if (keys?.size === 0) this.#keysOfOwner.delete(entry.owner);
      },
    });
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The cached value, or what `load` reads (kept when defined and nothing changed meanwhile). */
  async read(
    key: string,
    owner: (value: V) => string,
    load: () => Promise<V | undefined>,
  ): Promise<V | undefined> {
    if (!this.#enabled) return load();
    const hit = this.#entries.get(key);
    if (hit) return hit.value;
    const pending = this.#loading.get(key);
    if (pending) return pending;
    const generation = this.#generation;
    const loading = load().finally(() => {
      if (this.#loading.get(key) === loading) this.#loading.delete(key);
    });
    this.#loading.set(key, loading);
    const value = await loading;
    if (value !== undefined && this.#enabled && generation === this.#generation)
      this.set(key, owner(value), value);
    return value;
  }

  /** Replace an entry this process just changed itself (a session's sliding expiry). */
  set(key: string, owner: string, value: V): void {
    if (!this.#enabled) return;
    this.#entries.set(key, { value, owner });
    const keys = this.#keysOfOwner.get(owner) ?? new Set<string>();
    keys.add(key);
    this.#keysOfOwner.set(owner, keys);
  }

  forgetOwner(owner: string): void {
    this.#dropped();
    for (const key of [...(this.#keysOfOwner.get(owner) ?? [])]) this.#entries.delete(key);
  }

  forgetKey(key: string): void {
    this.#dropped();
    this.#entries.delete(key);
  }

  clear(): void {
    this.#dropped();
    this.#entries.clear();
  }

  /** Loads in flight may have read what just changed: none is kept, and later readers load afresh. */
  #dropped(): void {
    this.#generation++;
    this.#loading.clear();
  }

  /** Off: every read goes to the database and nothing is kept (the listener is down). */
  setEnabled(enabled: boolean): void {
    this.#enabled = enabled;
    this.clear();
  }
}

/** The session behind a cookie, as access control needs it; staff fields are null for a member. */
export interface CachedSession {
  userId: string | null;
  personId: string | null;
  staffId: string | null;
  staff: { role: StaffRole; fullName: string; branchCode: string | null; employerId: string | null } | null;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export interface CachedCards {
  userId: string;
  response: CardsResponse;
  /** The response as sent: serialized once, not on every read. */
  json: string;
}

export interface ReadCaches {
  /** By the token's SHA-256 (base64); owner `<user id>` or `staff:<staff id>`. */
  sessions: ReadCache<CachedSession>;
  /** By `<user id>|<as-of date>`; owner the user id. */
  cards: ReadCache<CachedCards>;
  /** Whether the database's announcements are heard (and so the caches are on). */
  readonly listening: boolean;
  /** Wait until this process has heard what has been committed so far (bounded: see `SETTLE_TIMEOUT_MS`). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export const sessionOwner = (session: CachedSession): string => session.userId ?? `staff:${session.staffId}`;

const SESSIONS_CHANGED = 'jmo_sessions_changed';
const CARDS_CHANGED = 'jmo_cards_changed';
const SETTLED = 'jmo_read_caches_settled';
/** A settle that is not heard back this soon empties the caches instead: correctness over speed. */
const SETTLE_TIMEOUT_MS = 2000;

/** Caches that keep nothing: for tools and tests that write behind the server's back. */
export function readCachesOff(): ReadCaches {
  const off = { maxEntries: 1, ttlMs: 1, enabled: false };
  return {
    sessions: new ReadCache(off),
    cards: new ReadCache(off),
    listening: false,
    settle: async () => {},
    close: async () => {},
  };
}

export async function openReadCaches(
  deps: { db: Database; notifications: NotificationSource },
  config: Config['readCache'],
): Promise<ReadCaches> {
  if (config.seconds === 0) return readCachesOff();
  const options = { maxEntries: config.maxEntries, ttlMs: config.seconds * 1000, enabled: false };
  const sessions = new ReadCache<CachedSession>(options);
  const cards = new ReadCache<CachedCards>(options);
  const awaiting = new Map<string, () => void>();
  let listening = false;

  const clearAll = () => {
    sessions.clear();
    cards.clear();
  };
  const listener = await deps.notifications.listen([SESSIONS_CHANGED, CARDS_CHANGED, SETTLED], {
    notify(channel, payload) {
      if (channel === SETTLED) return awaiting.get(payload)?.();
      const cache = channel === CARDS_CHANGED ? cards : sessions;
      if (payload === '*' || payload === '') cache.clear();
      else for (const owner of payload.split(',')) cache.forgetOwner(owner);
    },
    state(now) {
      listening = now;
      sessions.setEnabled(now);
      cards.setEnabled(now);
    },
  });

  return {
    sessions,
    cards,
    get listening() {
      return listening;
    },
    async settle() {
      if (!listening) return;
      const nonce = randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<boolean>((resolve) => {
        awaiting.set(nonce, () => resolve(true));
        timer = setTimeout(() => resolve(false), SETTLE_TIMEOUT_MS);
      });
      try {
        await sql`SELECT pg_notify(${SETTLED}, ${nonce})`.execute(deps.db);
        if (!(await heard)) clearAll();
      } catch {
        // The database went away after the write: nothing heard can be trusted.
        clearAll();
      } finally {
        clearTimeout(timer);
        awaiting.delete(nonce);
      }
    },
    async close() {
      await listener.close();
    },
  };
}
