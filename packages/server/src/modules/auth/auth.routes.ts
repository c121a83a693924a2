import {
  LoginBody,
  Me,
  Problem,
  SecurityEventsResponse,
  UnblockRequestBody,
  UnblockVerifyBody,
} from '@jmo/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../http/access.ts';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { listOwnSecurityEvents } from '../accounts/security-events.ts';
import { currentUser, login, logout } from './auth.service.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from './device.ts';
import { confirmUnblock, requestUnblock } from './unblock.service.ts';

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

/** Keep recognising this browser at its next sign-in (new-device alerts). */
export function setDeviceCookie(reply: FastifyReply, deps: Deps, deviceToken: string): void {
  reply.setCookie(DEVICE_COOKIE, deviceToken, {
    ...cookieOptions(deps),
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
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
        response: { 200: Me, 401: Problem, 423: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        deviceToken: request.cookies[DEVICE_COOKIE],
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      setSessionCookie(reply, deps, result.value);
      setDeviceCookie(reply, deps, result.value.deviceToken);
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

  r.post(
    '/api/v1/auth/unblock',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: "Send codes to the account's e-mail and phone to lift a sign-in block",
        description: 'Always 202: the answer never tells whether the identifier has an account.',
        body: UnblockRequestBody,
        response: { 202: z.object({ sentTo: z.literal('email_and_sms') }), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await requestUnblock(deps, request.body.identifier, localeOf(request));
      return reply.code(202).send({ sentTo: 'email_and_sms' as const });
    },
  );

  r.post(
    '/api/v1/auth/unblock/verify',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute * 2, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Enter both codes to lift the sign-in block',
        body: UnblockVerifyBody,
        response: { 204: z.undefined(), 400: Problem, 410: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await confirmUnblock(deps, request.body, { ip: request.ip, locale: localeOf(request) });
      if (!result.ok) {
        throw ApiError.from(result, deps.clock.now());
      }
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/v1/me/security-events',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: "The member's own sign-in history and security events, newest first",
        response: { 200: SecurityEventsResponse, 401: Problem },
      },
    },
    async (request) => ({ events: await listOwnSecurityEvents(deps, request.principal!.userId) }),
  );
}
