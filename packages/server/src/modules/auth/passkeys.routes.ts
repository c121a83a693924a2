import {
  Me,
  Passkey,
  PasskeyAssertionBody,
  PasskeyOptions,
  PasskeyRegistrationBody,
  PasskeysResponse,
  Problem,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { setDeviceCookie, setSessionCookie } from './auth.routes.ts';
import { DEVICE_COOKIE } from './device.ts';
import {
  addPasskey,
  listPasskeys,
  passkeyRegistrationOptions,
  passkeySignInOptions,
  removePasskey,
  signInWithPasskey,
} from './passkeys.service.ts';

export async function passkeysRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const signInRateLimit = { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' };

  r.get(
    '/api/v1/me/passkeys',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: "The member's passkeys, newest first",
        response: { 200: PasskeysResponse, 401: Problem },
      },
    },
    async (request) => ({ passkeys: await listPasskeys(deps, request.principal!.userId) }),
  );

  r.post(
    '/api/v1/me/passkeys/options',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Start adding a passkey: options for navigator.credentials.create',
        response: { 200: PasskeyOptions, 401: Problem },
      },
    },
    // Spread: the library's interfaces lack the index signature of the loose response schema.
    async (request) => ({ ...(await passkeyRegistrationOptions(deps, request.principal!.userId)) }),
  );

  r.post(
    '/api/v1/me/passkeys',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Finish adding a passkey with what the browser created',
        body: PasskeyRegistrationBody,
        response: { 201: Passkey, 400: Problem, 401: Problem, 409: Problem, 410: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const result = await addPasskey(deps, request.principal!.userId, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.delete(
    '/api/v1/me/passkeys/:passkeyId',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Remove a passkey: it no longer signs in',
        params: z.object({ passkeyId: z.uuid() }),
        response: { 204: z.undefined(), 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const removed = await removePasskey(
        deps,
        request.principal!.userId,
        request.params.passkeyId,
        request.ip,
      );
      if (!removed) throw new ApiError('passkey_not_found');
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/v1/auth/passkey/options',
    {
      config: { access: 'public', rateLimit: signInRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Start signing in with a passkey: options for navigator.credentials.get',
        description: 'Names nobody: the phone offers the passkeys it holds for this site.',
        response: { 200: PasskeyOptions, 429: Problem },
      },
    },
    async () => ({ ...(await passkeySignInOptions(deps)) }),
  );

  r.post(
    '/api/v1/auth/passkey',
    {
      config: { access: 'public', rateLimit: signInRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a passkey',
        body: PasskeyAssertionBody,
        response: { 200: Me, 400: Problem, 401: Problem, 410: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await signInWithPasskey(deps, request.body, {
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
}
