import { Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TRANSFER_SIGNATURE_HEADER } from '../../adapters/bank/port.ts';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { receiveTransferCallback } from './payouts.service.ts';

export const TransferCallbackBody = z
  .object({
    payoutId: z.string().min(1).max(100),
    reference: z.string().min(1).max(100),
    status: z.enum(['settled', 'failed']),
    reason: z.enum(['closed', 'not_found', 'rejected']).optional(),
    amount: z.string().regex(/^[1-9]\d{0,15}$/),
    at: z.iso.datetime(),
  })
  .refine((c) => (c.status === 'failed') === (c.reason !== undefined), {
    message: 'a failed transfer carries a reason, a settled one none',
    path: ['reason'],
  })
  .meta({ id: 'TransferCallback' });

export async function payoutsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/bank/callbacks/transfers',
    {
      // Called by a bank, not a person: the signature is the authentication.
      config: { access: 'public', rateLimit: { max: 1200, timeWindow: '1 minute' } },
      schema: {
        tags: ['payouts'],
        summary: 'Transfer callback from a bank (signed): a payout settled or failed',
        description: `The body signed with HMAC-SHA-256 of "payoutId|reference|status|reason|amount|at" (reason empty when settled) under the banks' shared secret, in the \`${TRANSFER_SIGNATURE_HEADER}: sha256=<hex>\` header. Outcomes: applied; duplicate (already applied, or an earlier attempt's failure: nothing changes); unknown_payout (answered 200 so the bank stops resending, logged); anomaly (the amount differs, or paid after a reversal: recorded for operations). Any 200 means the bank may stop resending.`,
        body: TransferCallbackBody,
        response: {
          200: z.object({ outcome: z.enum(['applied', 'duplicate', 'unknown_payout', 'anomaly']) }),
          400: Problem,
          401: Problem,
        },
      },
    },
    async (request) => {
      const header = request.headers[TRANSFER_SIGNATURE_HEADER];
      const result = await receiveTransferCallback(
        deps,
        request.body,
        typeof header === 'string' ? header : undefined,
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      if (result.value.outcome === 'unknown_payout' || result.value.outcome === 'anomaly')
        request.log.warn({ outcome: result.value.outcome }, 'bank transfer callback needs a look');
      return result.value;
    },
  );
}
