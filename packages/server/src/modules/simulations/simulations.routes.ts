/**
 * Public simulations, no sign-in and nothing stored, rate-limited per address: Simulasi Iuran, what a
 * month of contributions costs, program by program, with every rule's source
 * (POST …/simulations/contributions), the rules in force for a month
 * (GET …/simulations/contribution-rules), and the tax and net of a JHT payout, bracket by bracket
 * (POST …/simulations/jht-payout).
 */
import {
  ContributionRulesQuery,
  ContributionRulesResponse,
  ContributionSimulationBody,
  ContributionSimulationResponse,
  JhtPayoutSimulationBody,
  JhtPayoutSimulationResponse,
  Problem,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { rulesInForce, simulate, simulateJhtPayoutFor } from './simulations.service.ts';

/** Pure computation, but public: keep one address from turning it into a load test. */
export const SIMULATION_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

export async function simulationsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/simulations/contributions',
    {
      config: { access: 'public', rateLimit: SIMULATION_RATE_LIMIT },
      schema: {
        tags: ['simulations'],
        summary:
          'Simulasi Iuran: the monthly contributions of a wage earner (PU) or an informal worker (BPU)',
        description:
          'PU: JHT, JP (wage capped at the JP cap of the period), JKK by risk group 1–5 (I–V), JKM, and JKP ' +
          '(nothing billed: government and recomposition, with the part of JKK/JKM booked to JKP). BPU: JKK and ' +
          'JKM (mandatory) and JHT (optional) on a declared income bracket, all paid by the member. Each item ' +
          "names its rule's start date, legal source and whether a value is illustrative; the explanation is " +
          'given in Indonesian and English. Periods up to 12 months ahead.',
        body: ContributionSimulationBody,
        response: { 200: ContributionSimulationResponse, 400: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request) => {
      const result = simulate(deps, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/simulations/jht-payout',
    {
      config: { access: 'public', rateLimit: SIMULATION_RATE_LIMIT },
      schema: {
        tags: ['simulations'],
        summary: 'Simulasi pencairan JHT: the tax withheld from a JHT payout and what reaches the member',
        description:
          'full: the whole balance, final PPh 21 of PP 68/2009 art. 5 (0% on the first Rp50.000.000, 5% ' +
          'above). partial10 / partial30: 10% or 30% of the balance (PP 46/2015 art. 22), taxed at the ' +
          'progressive rates of UU PPh art. 17(1)(a) as amended by UU HPP (5% to Rp60 jt, 15% to Rp250 jt, ' +
          '25% to Rp500 jt, 30% to Rp5 M, 35% above). Without an NPWP every rate is 20% higher. One line ' +
          'per bracket reached, with its source; the tax is rounded down to the rupiah, once. Rules in ' +
          'force today (Asia/Jakarta).',
        body: JhtPayoutSimulationBody,
        response: { 200: JhtPayoutSimulationResponse, 400: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request) => {
      const result = simulateJhtPayoutFor(deps, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/simulations/contribution-rules',
    {
      config: { access: 'public', rateLimit: SIMULATION_RATE_LIMIT },
      schema: {
        tags: ['simulations'],
        summary:
          'The contribution rules in force for a month: rates, caps, brackets, due dates, fines, sources',
        querystring: ContributionRulesQuery,
        response: { 200: ContributionRulesResponse, 400: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = rulesInForce(deps, request.query.period, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      reply.header('cache-control', 'public, max-age=3600');
      return result.value;
    },
  );
}
