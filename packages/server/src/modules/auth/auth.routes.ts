import { LoginBody, Me, Problem } from '@jmo/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../http/access.ts';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { currentUser, login, logout } from './auth.service.ts';

const cookieOptions = (deps: Deps) =>
  ({ path: '/', httpOnly: true, sameSite: 'strict', secure: deps.config.session.secureCookie }) as const;

/** Hand a new session to the browser: httpOnly, SameSite=Strict, Secure in production. */
export function setSessionCookie(
  reply: FastifyReply,
  deps: Deps,
  session: { token: string; expiresAt: Date },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(deps), expires: session.expiresAt });
}

export async function authRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail or mobile number and password',
        body: LoginBody,
        response: { 200: Me, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body);
      if (!result.ok) throw new ApiError(result.error);
      setSessionCookie(reply, deps, result.value);
      return result.value.me;
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out of this device',
        response: { 204: z.undefined(), 401: Problem },
      },
    },
    async (request, reply) => {
      await logout(deps, request.principal!.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/v1/me',
    {
      config: { access: 'participant' },
      schema: { tags: ['auth'], summary: 'The signed-in member', response: { 200: Me, 401: Problem } },
    },
    async (request) => currentUser(deps, request.principal!),
  );
}
