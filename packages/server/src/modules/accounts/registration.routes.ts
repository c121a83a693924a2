import {
  Me,
  Problem,
  RegistrationBody,
  RegistrationParams,
  RegistrationPending,
  ResendBody,
  VerifyRegistrationBody,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { setSessionCookie } from '../auth/auth.routes.ts';
import { resendRegistrationCode, startRegistration, verifyRegistration } from './registration.service.ts';

export async function registrationRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/registrations',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['accounts'],
        summary:
          'Start a registration: checked against the population registry, codes sent to e-mail and SMS',
        body: RegistrationBody,
        response: { 201: RegistrationPending, 400: Problem, 409: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await startRegistration(deps, request.body, { ip: request.ip });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.post(
    '/api/v1/registrations/:registrationId/codes',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Send a new code to the e-mail or the mobile number',
        params: RegistrationParams,
        body: ResendBody,
        response: {
          200: z.object({ codesExpireAt: z.iso.datetime(), resendAvailableAt: z.iso.datetime() }),
          404: Problem,
          429: Problem,
        },
      },
    },
    async (request) => {
      const result = await resendRegistrationCode(deps, request.params.registrationId, request.body.channel);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/registrations/:registrationId/verify',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute * 2, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Enter both codes: creates the account and signs in',
        params: RegistrationParams,
        body: VerifyRegistrationBody,
        response: { 201: Me, 404: Problem, 409: Problem, 410: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await verifyRegistration(deps, request.params.registrationId, request.body, {
        ip: request.ip,
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      setSessionCookie(reply, deps, result.value);
      return reply.code(201).send(result.value.me);
    },
  );
}
