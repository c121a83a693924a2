/**
 * Every route declares who may call it in `config.access`; a route without a declaration stops the
 * server at startup. Authentication happens here, before the body is even read; ownership (a member's
 * own cards, an employer's own workers) is checked in services.
 *
 * Members and staff sign in separately and carry separate cookies, so one browser can be both (an
 * officer checking their own JHT) without one session standing in for the other.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StaffRole } from '../db/schema.ts';
import type { Deps } from '../lib/deps.ts';
import { type CachedSession, sessionOwner } from '../lib/read-caches.ts';
import { ApiError } from './problem.ts';

export const ROLES = ['participant', 'employer', 'officer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type { StaffRole };

/** 'public', or the roles allowed ('participant' alone may be written without the list). */
export type Access = 'public' | 'participant' | readonly Role[];

export interface Principal {
  role: 'participant';
  userId: string;
  personId: string;
  sessionTokenHash: Buffer;
}

export interface StaffPrincipal {
  role: StaffRole;
  staffId: string;
  fullName: string;
  branchCode: string | null;
  employerId: string | null;
  sessionTokenHash: Buffer;
}

/** One route and who may call it: what the route × role matrix test walks. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every `/api/v1` route with its declared access, in registration order. */
    accessTable: RouteAccess[];
  }
  interface FastifyRequest {
    /** The signed-in member, on routes open to participants. */
    principal: Principal | null;
    /** The signed-in staff account, on routes open to a staff role. */
    staff: StaffPrincipal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const SESSION_COOKIE = 'jmo_session';
export const STAFF_SESSION_COOKIE = 'jmo_staff_session';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export const allowedRoles = (access: Access): readonly Role[] =>
  access === 'public' ? [] : access === 'participant' ? ['participant'] : access;

export function registerAccessControl(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('staff', null);
  const table: RouteAccess[] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route) => {
    // Plugin-provided routes (static files, API docs) are public by nature.
    const access = route.config?.access;
    if (access === undefined && route.url.startsWith('/api/v1')) {
      throw new Error(`route ${route.method} ${route.url} does not declare config.access`);
    }
    if (Array.isArray(access) && access.length === 0) {
      throw new Error(`route ${route.method} ${route.url} allows no role`);
    }
    if (access !== undefined && route.url.startsWith('/api/v1')) {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') table.push({ method, url: route.url, access });
      }
    }
  });
  // A write answers only once this process has heard what its commit changed, so the member's
  // next read is not served an older copy (lib/read-caches.ts).
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method)) await deps.caches.settle();
    return payload;
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    const roles = allowedRoles(access);
    const staffRoles = roles.filter((r): r is StaffRole => r !== 'participant');
    if (roles.includes('participant')) request.principal = await authenticateMember(deps, request);
    if (staffRoles.length > 0) request.staff = await authenticateStaff(deps, request);
    if (request.principal || (request.staff && staffRoles.includes(request.staff.role))) return;
    if (request.staff) throw new ApiError('forbidden');
    // Signed in, but in the other kind of account than this route serves.
    const signedInElsewhere =
      (staffRoles.length > 0 && (await authenticateMember(deps, request))) ||
      (roles.includes('participant') && (await authenticateStaff(deps, request)));
    throw new ApiError(signedInElsewhere ? 'forbidden' : 'unauthenticated');
  });
}

/**
 * How often a session's idle expiry slides forward. Writing on every request would make each
 * authenticated read a commit (a WAL flush under load); sliding at most once a minute keeps reads
 * read-only, at the price of a session expiring up to a minute before "idle minutes after the last
 * request".
 */
export const SESSION_SLIDE_MS = 60_000;

/**
 * A live session (idle and absolute expiry) behind a cookie, with the member's person or the staff
 * account: one read, served from the session cache when this process read it recently (every
 * sign-out, rotation and staff change is announced and drops it: lib/read-caches.ts). Its idle
 * expiry slides, at most once every `SESSION_SLIDE_MS`.
 */
async function liveSession(deps: Deps, token: string | undefined) {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const key = tokenHash.toString('base64');
  const now = deps.clock.now();
  const isLive = (s: CachedSession) => s.idleExpiresAt > now && s.absoluteExpiresAt > now;
  let session = await deps.caches.sessions.read(key, sessionOwner, () =>
    readLiveSession(deps, tokenHash, now),
  );
  // Another process may have slid the expiry since this copy was read: ask the database again.
  if (session && !isLive(session)) {
    deps.caches.sessions.forgetKey(key);
    session = await readLiveSession(deps, tokenHash, now);
  }
  if (!session || !isLive(session)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_SLIDE_MS) {
    const idleExpiresAt = new Date(now.getTime() + deps.config.session.idleMinutes * 60_000);
    session = { ...session, lastSeenAt: now, idleExpiresAt };
    deps.caches.sessions.set(key, sessionOwner(session), session);
    await deps.db
      .updateTable('sessions')
      .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { ...session, tokenHash };
}

async function readLiveSession(deps: Deps, tokenHash: Buffer, now: Date): Promise<CachedSession | undefined> {
  const row = await deps.db
    .selectFrom('sessions as s')
    .leftJoin('user_accounts as u', 'u.id', 's.user_id')
    .leftJoin('staff_accounts as st', (join) =>
      join.onRef('st.id', '=', 's.staff_id').on('st.disabled_at', 'is', null),
    )
    .select([
      's.user_id',
      's.staff_id',
      's.last_seen_at',
      's.idle_expires_at',
      's.absolute_expires_at',
      'u.person_id',
      'st.role',
      'st.full_name',
      'st.branch_code',
      'st.employer_id',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.idle_expires_at', '>', now)
    .where('s.absolute_expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.user_id,
    personId: row.person_id,
    staffId: row.staff_id,
    staff:
      row.role !== null && row.full_name !== null
        ? {
            role: row.role,
            fullName: row.full_name,
            branchCode: row.branch_code,
            employerId: row.employer_id,
          }
        : null,
    lastSeenAt: row.last_seen_at,
    idleExpiresAt: row.idle_expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
  };
}

async function authenticateMember(deps: Deps, request: FastifyRequest): Promise<Principal | null> {
  const session = await liveSession(deps, request.cookies[SESSION_COOKIE]);
  if (!session?.userId || !session.personId) return null;
  return {
    role: 'participant',
    userId: session.userId,
    personId: session.personId,
    sessionTokenHash: session.tokenHash,
  };
}

async function authenticateStaff(deps: Deps, request: FastifyRequest): Promise<StaffPrincipal | null> {
  const session = await liveSession(deps, request.cookies[STAFF_SESSION_COOKIE]);
  if (!session?.staffId || !session.staff) return null;
  return {
    role: session.staff.role,
    staffId: session.staffId,
    fullName: session.staff.fullName,
    branchCode: session.staff.branchCode,
    employerId: session.staff.employerId,
    sessionTokenHash: session.tokenHash,
  };
}
