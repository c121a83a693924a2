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

/** A live session (idle and absolute expiry) behind a cookie; its idle expiry slides. */
async function liveSession(deps: Deps, token: string | undefined) {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const now = deps.clock.now();
  const row = await deps.db
    .selectFrom('sessions')
    .select(['user_id', 'staff_id'])
    .where('token_hash', '=', tokenHash)
    .where('idle_expires_at', '>', now)
    .where('absolute_expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const idleExpiresAt = new Date(now.getTime() + deps.config.session.idleMinutes * 60_000);
  await deps.db
    .updateTable('sessions')
    .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
  return { ...row, tokenHash };
}

async function authenticateMember(deps: Deps, request: FastifyRequest): Promise<Principal | null> {
  const session = await liveSession(deps, request.cookies[SESSION_COOKIE]);
  if (!session?.user_id) return null;
  const account = await deps.db
    .selectFrom('user_accounts')
    .select('person_id')
    .where('id', '=', session.user_id)
    .executeTakeFirst();
  if (!account) return null;
  return {
    role: 'participant',
    userId: session.user_id,
    personId: account.person_id,
    sessionTokenHash: session.tokenHash,
  };
}

async function authenticateStaff(deps: Deps, request: FastifyRequest): Promise<StaffPrincipal | null> {
  const session = await liveSession(deps, request.cookies[STAFF_SESSION_COOKIE]);
  if (!session?.staff_id) return null;
  const staff = await deps.db
    .selectFrom('staff_accounts')
    .select(['role', 'full_name', 'branch_code', 'employer_id'])
    .where('id', '=', session.staff_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!staff) return null;
  return {
    role: staff.role,
    staffId: session.staff_id,
    fullName: staff.full_name,
    branchCode: staff.branch_code,
    employerId: staff.employer_id,
    sessionTokenHash: session.tokenHash,
  };
}
