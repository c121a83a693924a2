import { Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SIGNATURE_HEADER } from '../../adapters/payments/port.ts';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { receivePaymentCallback } from './payments.service.ts';

export const PaymentCallbackBody = z
  .object({
    paymentId: z.string().min(1).max(100),
    vaNumber: z.string().regex(/^\d{10,20}$/),
    amount: z.string().regex(/^\d{1,16}$/),
    paidAt: z.iso.datetime(),
  })
  .meta({ id: 'PaymentCallback' });

export async function paymentsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/payments/callbacks',
    {
      // Called by the payment gateway, not a person: the signature is the authentication.
      config: { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        tags: ['payments'],
        summary: 'Payment callback from the virtual-account gateway (signed)',
        description: `The body signed with HMAC-SHA-256 of "paymentId|vaNumber|amount|paidAt" under the shared secret, in the \`${SIGNATURE_HEADER}: sha256=<hex>\` header. Every callback is recorded once by paymentId; a replay gets the first outcome and changes nothing. Outcomes: applied, unknown_va, already_paid (a second payment into a paid VA: refund it), amount_mismatch (refund it).`,
        body: PaymentCallbackBody,
        response: {
          200: z.object({
            outcome: z.enum(['applied', 'unknown_va', 'already_paid', 'amount_mismatch']),
            replayed: z.boolean(),
          }),
          400: Problem,
          401: Problem,
        },
      },
    },
    async (request) => {
      const header = request.headers[SIGNATURE_HEADER];
      const result = await receivePaymentCallback(
        deps,
        request.body,
        typeof header === 'string' ? header : undefined,
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
