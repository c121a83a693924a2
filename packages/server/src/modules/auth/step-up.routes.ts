import {
  ChangePasswordBody,
  PasskeyAssertionBody,
  PasskeyOptions,
  Problem,
  StepUpCodeBody,
  StepUpStatus,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { setSessionCookie } from './auth.routes.ts';
import { passkeyStepUpOptions } from './passkeys.service.ts';
import { changePassword, confirmStepUp, sendStepUpCode, stepUpStatus } from './step-up.service.ts';

const StepUpBody = z.union([
  z.object({
    channel: z.enum(['sms', 'email']),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
  }),
  z.object({ passkey: PasskeyAssertionBody }),
]);

export async function stepUpRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me/step-up',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Whether this session has stepped up recently, and whether a passkey can be used',
        response: { 200: StepUpStatus, 401: Problem },
      },
    },
    async (request) => stepUpStatus(deps, request.principal!),
  );

  r.post(
    '/api/v1/me/step-up/code',
    {
      config: {
        access: 'participant',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: "Send a confirmation code to the account's phone or e-mail",
        body: StepUpCodeBody,
        response: {
          202: z.object({ resendAvailableAt: z.iso.datetime(), codesExpireAt: z.iso.datetime() }),
          401: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await sendStepUpCode(deps, request.principal!, request.body.channel, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(202).send({
        resendAvailableAt: result.value.resendAt.toISOString(),
        codesExpireAt: result.value.expiresAt.toISOString(),
      });
    },
  );

  r.post(
    '/api/v1/me/step-up/passkey-options',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: "What the browser needs to confirm with one of the member's passkeys",
        response: { 200: PasskeyOptions, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await passkeyStepUpOptions(deps, request.principal!.userId);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return { ...result.value };
    },
  );

  r.post(
    '/api/v1/me/step-up',
    {
      config: {
        access: 'participant',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute * 2, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Confirm with the code or a passkey; the session is renewed with a fresh token',
        body: StepUpBody,
        response: { 200: StepUpStatus, 400: Problem, 401: Problem, 410: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await confirmStepUp(deps, request.principal!, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      setSessionCookie(reply, deps, result.value);
      return {
        steppedUpUntil: result.value.steppedUpUntil.toISOString(),
        hasPasskey: 'passkey' in request.body,
      };
    },
  );

  r.post(
    '/api/v1/me/password',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Change the password (after a step-up); other devices are signed out',
        body: ChangePasswordBody,
        response: { 204: z.undefined(), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const result = await changePassword(deps, request.principal!, request.body.newPassword, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(204).send();
    },
  );
}
