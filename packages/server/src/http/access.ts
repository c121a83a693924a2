/**
 * Every route declares who may call it in `config.access`; a route without a declaration stops the
 * server at startup. Authentication happens here; ownership is checked in services.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../lib/deps.ts';
import { ApiError } from './problem.ts';

export type Access = 'public' | 'participant';

export interface Principal {
  role: 'participant';
  userId: string;
  personId: string;
  sessionTokenHash: Buffer;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'jmo_session';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export function registerAccessControl(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    // Plugin-provided routes (static files, API docs) are public by nature.
    const access = route.config?.access;
    if (access === undefined && route.url.startsWith('/api/v1')) {
      throw new Error(`route ${route.method} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    request.principal = await authenticate(deps, request);
    if (!request.principal) throw new ApiError('unauthenticated');
  });
}

/** Find the live session behind the cookie and slide its idle expiry. */
async function authenticate(deps: Deps, request: FastifyRequest): Promise<Principal | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const now = deps.clock.now();
  const row = await deps.db
    .selectFrom('sessions as s')
    .innerJoin('user_accounts as u', 'u.id', 's.user_id')
    .select(['s.user_id', 'u.person_id'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.idle_expires_at', '>', now)
    .where('s.absolute_expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const idleExpiresAt = new Date(now.getTime() + deps.config.session.idleMinutes * 60_000);
  await deps.db
    .updateTable('sessions')
    .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
  return { role: 'participant', userId: row.user_id, personId: row.person_id, sessionTokenHash: tokenHash };
}
