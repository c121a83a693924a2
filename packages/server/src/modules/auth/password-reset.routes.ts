import { PasswordResetConfirmBody, PasswordResetRequestBody, Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.ts';

export async function passwordResetRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limit = { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' };

  r.post(
    '/api/v1/auth/password-reset',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['auth'],
        summary: 'Forgot password: a single-use link by e-mail, or a code by SMS',
        description: 'Always 202: the answer never tells whether the identifier has an account.',
        body: PasswordResetRequestBody,
        response: { 202: z.object({ channel: z.enum(['email', 'sms']) }), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      // Links point at the configured public address; the Host header is trusted only outside production.
      const publicUrl = deps.config.publicUrl ?? `${request.protocol}://${request.host}`;
      await requestPasswordReset(deps, request.body, { publicUrl });
      return reply.code(202).send({ channel: request.body.channel });
    },
  );

  r.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: { ...limit, max: limit.max * 2 } },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the link token or the SMS code; signs out every device',
        body: PasswordResetConfirmBody,
        response: { 204: z.undefined(), 400: Problem, 410: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await confirmPasswordReset(deps, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) {
        throw ApiError.from(result, deps.clock.now());
      }
      return reply.code(204).send();
    },
  );
}
