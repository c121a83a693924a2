import {
  AccountRecoveryChannels,
  AccountRecoveryCodeBody,
  AccountRecoveryCodeSent,
  AccountRecoveryIdentifiers,
  AccountRecoveryLookupBody,
  AccountRecoveryPasswordBody,
  AccountRecoveryRequestBody,
  AccountRecoveryRequestReceipt,
  AccountRecoveryVerifyBody,
  Problem,
} from '@jmo/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import {
  ACCOUNT_RECOVERY_SLA_DAYS,
  completeAccountRecovery,
  lookUpAccountRecovery,
  sendAccountRecoveryCode,
  submitAccountRecoveryRequest,
  verifyAccountRecovery,
} from './account-recovery.service.ts';

/** "Lupa akun". `slaDays`: how long officers have to answer a request (default 3 days). */
export async function accountRecoveryRoutes(
  app: FastifyInstance,
  { deps, slaDays = ACCOUNT_RECOVERY_SLA_DAYS }: { deps: Deps; slaDays?: number },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limit = { max: deps.config.registrationRateLimitPerMinute, timeWindow: '1 minute' };
  const context = (request: FastifyRequest) => ({ ip: request.ip, locale: localeOf(request) });
  const refused = { 400: Problem, 422: Problem, 429: Problem };

  r.post(
    '/api/v1/auth/account-recovery',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['auth'],
        summary: 'Forgot account: the masked e-mail and phone of the account a KPJ and NIK belong to',
        description:
          'A pair that matches no account answers 422 `recovery_data_mismatch`, whatever was wrong, and counts towards a limit per NIK and per address (429 `recovery_attempts_limited` with `retryAt`).',
        body: AccountRecoveryLookupBody,
        response: { 200: AccountRecoveryChannels, ...refused },
      },
    },
    async (request) => {
      const result = await lookUpAccountRecovery(deps, request.body, context(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/auth/account-recovery/code',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['auth'],
        summary: 'Forgot account: send a code to the chosen channel of the account',
        body: AccountRecoveryCodeBody,
        response: { 202: AccountRecoveryCodeSent, ...refused, 503: Problem },
      },
    },
    async (request, reply) => {
      const result = await sendAccountRecoveryCode(deps, request.body, context(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(202).send(result.value);
    },
  );

  r.post(
    '/api/v1/auth/account-recovery/verify',
    {
      config: { access: 'public', rateLimit: { ...limit, max: limit.max * 2 } },
      schema: {
        tags: ['auth'],
        summary: 'Forgot account: with the code, the identifiers to sign in with',
        description: 'The channel the code went to is shown in full, the other stays masked.',
        body: AccountRecoveryVerifyBody,
        response: { 200: AccountRecoveryIdentifiers, ...refused, 410: Problem },
      },
    },
    async (request) => {
      const result = await verifyAccountRecovery(deps, request.body, context(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/auth/account-recovery/password',
    {
      config: { access: 'public', rateLimit: { ...limit, max: limit.max * 2 } },
      schema: {
        tags: ['auth'],
        summary: 'Forgot account: set a new password with the code; signs out every device',
        body: AccountRecoveryPasswordBody,
        response: { 204: z.undefined(), ...refused, 410: Problem },
      },
    },
    async (request, reply) => {
      const result = await completeAccountRecovery(deps, request.body, context(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/v1/auth/account-recovery/requests',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['auth'],
        summary: 'Forgot account, e-mail and phone both lost: a request an officer resolves',
        description:
          'Answers alike whether or not the KPJ and NIK match an account; the reference is e-mailed to the new address.',
        body: AccountRecoveryRequestBody,
        response: { 201: AccountRecoveryRequestReceipt, 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await submitAccountRecoveryRequest(deps, request.body, {
        ...context(request),
        slaDays,
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );
}
