import { BpuMembership, BpuPlanBody, BpuResponse, Invoice, KpjParams, Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { bpuMemberships, changeBpuPlan, issueBpuInvoice, joinBpu } from './bpu.service.ts';

const errors = { 400: Problem, 401: Problem, 404: Problem, 409: Problem, 422: Problem, 503: Problem };

/** Informal workers' own membership: join, see the cover, pay month by month. Members only, their own cards only. */
export async function bpuRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: 'participant' as const };

  r.get(
    '/api/v1/me/bpu',
    {
      config: access,
      schema: {
        tags: ['bpu'],
        summary:
          "The member's informal-worker (BPU) cards: cover, next due month, invoices; and the income brackets",
        response: { 200: BpuResponse, 401: Problem },
      },
    },
    async (request) => bpuMemberships(deps, request.principal!),
  );

  r.post(
    '/api/v1/me/bpu',
    {
      config: { ...access, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['bpu'],
        summary: 'Join as an informal worker (BPU) with a declared income and programs; a KPJ is issued',
        body: BpuPlanBody,
        response: { 201: BpuMembership, ...errors },
      },
    },
    async (request, reply) => {
      const result = await joinBpu(deps, request.principal!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.put(
    '/api/v1/me/bpu/:kpj/plan',
    {
      config: access,
      schema: {
        tags: ['bpu'],
        summary: 'Change the declared income or programs from the next month to be paid',
        params: KpjParams,
        body: BpuPlanBody,
        response: { 200: BpuMembership, ...errors },
      },
    },
    async (request) => {
      const result = await changeBpuPlan(
        deps,
        request.principal!,
        request.params.kpj,
        request.body,
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/me/bpu/:kpj/invoices',
    {
      config: { ...access, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['bpu'],
        summary:
          'The invoice (with a virtual account) for the next month to pay; asking again returns the same one',
        params: KpjParams,
        response: { 200: Invoice, ...errors },
      },
    },
    async (request) => {
      const result = await issueBpuInvoice(deps, request.principal!, request.params.kpj);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
