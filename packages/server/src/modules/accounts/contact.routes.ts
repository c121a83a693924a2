import {
  ContactChangeBody,
  ContactChangeStarted,
  ContactConfirmBody,
  ContactResponse,
  Problem,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { confirmContactChange, contactOf, startContactChange } from './contact.service.ts';

export async function contactRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me/contact',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: "The account's e-mail and mobile number, masked",
        response: { 200: ContactResponse, 401: Problem },
      },
    },
    async (request) => contactOf(deps, request.principal!.userId),
  );

  r.post(
    '/api/v1/me/contact',
    {
      config: {
        access: 'participant',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Start changing the e-mail or mobile number (after a step-up): a code goes to the new one',
        body: ContactChangeBody,
        response: { 202: ContactChangeStarted, 400: Problem, 401: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await startContactChange(deps, request.principal!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      const v = result.value;
      return reply.code(202).send({
        changeId: v.changeId,
        sentTo: v.sentTo,
        codesExpireAt: v.codesExpireAt.toISOString(),
        resendAvailableAt: v.resendAvailableAt.toISOString(),
      });
    },
  );

  r.post(
    '/api/v1/me/contact/verify',
    {
      config: {
        access: 'participant',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute * 2, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Enter the code sent to the new address; the old one stops signing in and is told',
        body: ContactConfirmBody,
        response: {
          200: ContactResponse,
          400: Problem,
          401: Problem,
          404: Problem,
          409: Problem,
          410: Problem,
          422: Problem,
          429: Problem,
        },
      },
    },
    async (request) => {
      const result = await confirmContactChange(deps, request.principal!, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
