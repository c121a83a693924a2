/**
 * The read caches: what a cache keeps and forgets (no database), then through HTTP on a real
 * database that a cached session or card list never outlives a change, whoever made it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationHandlers, NotificationSource } from '../db/database.ts';
import {
  createCard,
  createEmployer,
  createMember,
  creditDevelopmentReturn,
  payContribution,
} from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { openReadCaches, ReadCache } from './read-caches.ts';

const entry = (owner: string, n: number) => ({ owner, n });
const ownerOf = (v: { owner: string }) => v.owner;

describe('ReadCache', () => {
  it('loads once for a crowd of concurrent readers, then serves from memory', async () => {
    const cache = new ReadCache<{ owner: string; n: number }>({ maxEntries: 10, ttlMs: 60_000 });
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 5));
      return entry('u1', loads);
    };
    const crowd = await Promise.all(Array.from({ length: 50 }, () => cache.read('k', ownerOf, load)));
    expect(loads).toBe(1);
    expect(crowd.every((v) => v?.n === 1)).toBe(true);
    expect((await cache.read('k', ownerOf, load))?.n).toBe(1);
    expect(loads).toBe(1);
  });

  it("forgets an owner's entries and keeps the others'", async () => {
    const cache = new ReadCache<{ owner: string; n: number }>({ maxEntries: 10, ttlMs: 60_000 });
    await cache.read('a1', ownerOf, async () => entry('a', 1));
    await cache.read('a2', ownerOf, async () => entry('a', 2));
    await cache.read('b1', ownerOf, async () => entry('b', 3));
    cache.forgetOwner('a');
    expect(cache.size).toBe(1);
    expect((await cache.read('a1', ownerOf, async () => entry('a', 9)))?.n).toBe(9);
    expect((await cache.read('b1', ownerOf, async () => entry('b', 9)))?.n).toBe(3);
  });

  it('does not keep what a load read before a change was announced, nor hand it to later readers', async () => {
    const cache = new ReadCache<{ owner: string; n: number }>({ maxEntries: 10, ttlMs: 60_000 });
    let release!: () => void;
    const slow = cache.read('k', ownerOf, () => new Promise((r) => (release = () => r(entry('u', 1)))));
    await Promise.resolve();
    cache.forgetOwner('u'); // the change is announced while the old row is on its way
    const later = cache.read('k', ownerOf, async () => entry('u', 2));
    release();
    expect((await slow)?.n).toBe(1);
    expect((await later)?.n).toBe(2);
    expect((await cache.read('k', ownerOf, async () => entry('u', 3)))?.n).toBe(2);
  });

  it('keeps nothing it did not find, nothing while off, and nothing past its time to live', async () => {
    const cache = new ReadCache<{ owner: string; n: number }>({ maxEntries: 10, ttlMs: 20 });
    expect(await cache.read('missing', ownerOf, async () => undefined)).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.setEnabled(false);
    await cache.read('k', ownerOf, async () => entry('u', 1));
    expect(cache.size).toBe(0);
    cache.setEnabled(true);
    await cache.read('k', ownerOf, async () => entry('u', 1));
    await new Promise((r) => setTimeout(r, 40));
    expect((await cache.read('k', ownerOf, async () => entry('u', 2)))?.n).toBe(2);
  });
});

describe('openReadCaches', () => {
  /** A notification source the test speaks for. */
  function fakeSource() {
    let handlers!: NotificationHandlers;
    const source: NotificationSource = {
      async listen(_channels, h) {
        handlers = h;
        h.state(true);
        return { close: async () => h.state(false) };
      },
    };
    return { source, handlers: () => handlers };
  }
  const session = (userId: string) => ({
    userId,
    personId: 'p',
    staffId: null,
    staff: null,
    lastSeenAt: new Date(),
    idleExpiresAt: new Date(Date.now() + 60_000),
    absoluteExpiresAt: new Date(Date.now() + 60_000),
  });

  it('drops sessions and card lists by owner or all at once, and keeps nothing while deaf', async () => {
    const fake = fakeSource();
    const caches = await openReadCaches(
      { db: null as never, notifications: fake.source },
      {
        seconds: 30,
        maxEntries: 100,
      },
    );
    const readSession = (key: string, userId: string) =>
      caches.sessions.read(
        key,
        (s) => s.userId!,
        async () => session(userId),
      );
    await readSession('t1', 'u1');
    await readSession('t2', 'u2');
    await caches.cards.read(
      'u1|2026-12-03',
      (c) => c.userId,
      async () => ({
        userId: 'u1',
        response: { asOf: '2026-12-03', totalJhtBalance: '0', cards: [] },
        json: '{"asOf":"2026-12-03","totalJhtBalance":"0","cards":[]}',
      }),
    );
    expect([caches.sessions.size, caches.cards.size]).toEqual([2, 1]);

    fake.handlers().notify('jmo_sessions_changed', 'u1,staff:s9');
    expect(caches.sessions.size).toBe(1);
    fake.handlers().notify('jmo_sessions_changed', '*');
    expect(caches.sessions.size).toBe(0);
    fake.handlers().notify('jmo_cards_changed', 'u2');
    expect(caches.cards.size).toBe(1);
    fake.handlers().notify('jmo_cards_changed', 'u1');
    expect(caches.cards.size).toBe(0);

    fake.handlers().state(false);
    expect(caches.listening).toBe(false);
    await readSession('t1', 'u1');
    expect(caches.sessions.size).toBe(0);
    await caches.settle(); // nothing to wait for while deaf: never a query
    fake.handlers().state(true);
    await readSession('t1', 'u1');
    expect(caches.sessions.size).toBe(1);
    await caches.close();
  });
});

describe('through HTTP on the database', () => {
  let t: TestApp;
  let card: Awaited<ReturnType<typeof createCard>>;
  let member: Awaited<ReturnType<typeof createMember>>;

  beforeAll(async () => {
    t = await openTestApp({ now: '2026-12-03T03:00:00Z' });
    member = await createMember(t.deps);
    const employer = await createEmployer(t.deps);
    card = await createCard(t.deps, { personId: member.personId, employerId: employer.id });
    await payContribution(t.deps, card, {
      period: '2026-10',
      wage: 5_000_000n,
      employer: 185_000n,
      worker: 100_000n,
      paidOn: '2026-11-10',
    });
  });
  afterAll(() => t.close());

  const signIn = async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: member.email, password: member.password },
    });
    expect(res.statusCode).toBe(200);
    return `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
  };
  const cards = (cookie: string) => t.app.inject({ url: '/api/v1/me/cards', headers: { cookie } });
  const balance = async (cookie: string) => (await cards(cookie)).json().totalJhtBalance as string;

  it('listens to the database', () => {
    expect(t.deps.caches.listening).toBe(true);
  });

  it('refuses a device on its next request once another device signed it out', async () => {
    const phone = await signIn();
    const laptop = await signIn();
    expect((await cards(laptop)).statusCode).toBe(200); // laptop's session is now in memory
    expect(t.deps.caches.sessions.size).toBeGreaterThan(0);
    const list = (await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: phone } })).json();
    const laptopId = list.sessions.find((s: { current: boolean }) => !s.current).id;
    const out = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${laptopId}`,
      headers: { cookie: phone },
    });
    expect(out.statusCode).toBe(204);
    expect((await cards(laptop)).statusCode).toBe(401);
    expect((await cards(phone)).statusCode).toBe(200);
  });

  it('refuses a session another process ended, once its announcement is heard', async () => {
    const cookie = await signIn();
    expect((await cards(cookie)).statusCode).toBe(200);
    await sql`DELETE FROM sessions WHERE user_id = ${member.userId}`.execute(t.deps.db);
    await t.deps.caches.settle();
    expect((await cards(cookie)).statusCode).toBe(401);
  });

  it('serves a repeat read from memory, and shows a posting made elsewhere on the next read', async () => {
    const cookie = await signIn();
    const before = await balance(cookie);
    expect(before).toBe('285000');
    // Without its announcement a posting stays unseen: the proof that the read came from memory.
    await sql`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_announce_cards_insert`.execute(
      t.deps.db,
    );
    await creditDevelopmentReturn(t.deps, card, { year: 2025, amount: 1_000n });
    const repeat = await cards(cookie);
    expect(repeat.headers['content-type']).toMatch(/^application\/json/);
    expect(repeat.json().totalJhtBalance).toBe(before);
    await sql`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_announce_cards_insert`.execute(
      t.deps.db,
    );
    // Announced (as every posting is), the next read has it.
    await creditDevelopmentReturn(t.deps, card, { year: 2024, amount: 500n });
    expect(await balance(cookie)).toBe('286500');
  });

  it("drops only the card lists of the cards' holders when one posting is made", async () => {
    const other = await createMember(t.deps);
    const employer = await createEmployer(t.deps, 'CV Lain');
    await createCard(t.deps, { personId: other.personId, employerId: employer.id });
    const mine = await signIn();
    const theirs = await (async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { identifier: other.email, password: other.password },
      });
      return `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    })();
    await balance(mine);
    await balance(theirs);
    expect(t.deps.caches.cards.size).toBe(2);
    await creditDevelopmentReturn(t.deps, card, { year: 2023, amount: 10n });
    expect(t.deps.caches.cards.size).toBe(1); // the other member's list stays
    expect(await balance(mine)).toBe('286510');
  });

  it.runIf(process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith('pglite:'))(
    'caches nothing while the listening connection is lost, and listens again',
    async () => {
      const cookie = await signIn();
      await cards(cookie);
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN%'`.execute(t.deps.db);
      await expect.poll(() => t.deps.caches.listening).toBe(false);
      expect(t.deps.caches.sessions.size).toBe(0);
      await cards(cookie);
      expect(t.deps.caches.cards.size).toBe(0);
      await expect.poll(() => t.deps.caches.listening, { timeout: 5000 }).toBe(true);
      await cards(cookie);
      expect(t.deps.caches.cards.size).toBe(1);
    },
  );
});
