import {
  ClaimReminderResponse,
  EmployerLeaveReportRequestsResponse,
  JhtEligibilityResponse,
  KpjParams,
  LeaveReportRequestResponse,
  Problem,
  WithdrawalLockBody,
  WithdrawalLockResponse,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import {
  eligibilityWire,
  employerLeaveReportRequests,
  getWithdrawalLock,
  jhtClaimEligibility,
  requestLeaveReport,
  setClaimReminder,
  setWithdrawalLock,
} from './jht-claim.service.ts';

/** The JHT claim's eligibility and its remedies, and the member's safety controls. */
export async function jhtClaimRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = { access: 'participant' as const };

  r.get(
    '/api/v1/me/cards/:kpj/jht-eligibility',
    {
      config: member,
      schema: {
        tags: ['jht-claim'],
        summary:
          'Klaim JHT: the three conditions (cap, data update, membership ended) and the safety controls',
        description:
          'Each condition is a tick or a blocker with its remedy (ask_employer, claimable_from, update_data, lapak_asik); the withdrawal lock and a recent bank change block the claim too.',
        params: KpjParams,
        response: { 200: JhtEligibilityResponse, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await jhtClaimEligibility(deps, {
        userId: request.principal!.userId,
        kpj: request.params.kpj,
      });
      if (!result.ok) throw new ApiError(result.error);
      return eligibilityWire(deps, result.value, localeOf(request));
    },
  );

  r.post(
    '/api/v1/me/cards/:kpj/leave-report-requests',
    {
      config: { ...member, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['jht-claim'],
        summary: "Ask the card's employer to report that the member left (seen in the employer portal)",
        description: 'Idempotent while a request is open: the open one is returned with `created: false`.',
        params: KpjParams,
        response: {
          200: LeaveReportRequestResponse,
          201: LeaveReportRequestResponse,
          401: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await requestLeaveReport(deps, request.principal!, request.params.kpj);
      if (!result.ok) throw new ApiError(result.error);
      return reply.code(result.value.created ? 201 : 200).send(result.value);
    },
  );

  r.post(
    '/api/v1/me/cards/:kpj/jht-claim-reminder',
    {
      config: { ...member, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['jht-claim'],
        summary: 'Remind the member (in the app, by e-mail and SMS) on the day the waiting period ends',
        params: KpjParams,
        response: {
          200: ClaimReminderResponse,
          201: ClaimReminderResponse,
          401: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await setClaimReminder(deps, request.principal!, request.params.kpj);
      if (!result.ok) throw new ApiError(result.error);
      return reply.code(result.value.created ? 201 : 200).send(result.value);
    },
  );

  r.get(
    '/api/v1/me/withdrawal-lock',
    {
      config: member,
      schema: {
        tags: ['jht-claim'],
        summary: 'Kunci pencairan: whether the withdrawal lock is on, and a pending turning-off',
        response: { 200: WithdrawalLockResponse, 401: Problem },
      },
    },
    async (request) => getWithdrawalLock(deps, request.principal!),
  );

  r.put(
    '/api/v1/me/withdrawal-lock',
    {
      config: member,
      schema: {
        tags: ['jht-claim'],
        summary:
          'Turn the withdrawal lock on (at once) or off (step-up; takes effect after the configured delay)',
        body: WithdrawalLockBody,
        response: { 200: WithdrawalLockResponse, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const result = await setWithdrawalLock(deps, request.principal!, request.body.on, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.get(
    '/api/v1/employer/leave-report-requests',
    {
      config: { access: ['employer'] },
      schema: {
        tags: ['employer'],
        summary: "Workers' open requests to report their leaving (resolved by reporting the leaver)",
        response: { 200: EmployerLeaveReportRequestsResponse, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const result = await employerLeaveReportRequests(deps, request.staff!);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );
}
