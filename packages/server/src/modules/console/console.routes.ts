import {
  DataAccessResponse,
  MemberRecord,
  MemberSearchQuery,
  MemberSearchResponse,
  PiiReadsResponse,
  Problem,
  ReadPurpose,
  RecoveryDecisionBody,
  RecoveryQueueResponse,
  RecoveryRequestRecord,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { dataAccessOf, piiReadsFor, readMember, searchMembers } from './console.service.ts';
import { openRecoveryRequest, recoveryQueue, resolveRecoveryRequest } from './recovery-requests.service.ts';

const OFFICERS = ['officer', 'supervisor'] as const;

export async function consoleRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/console/members',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'Find a member by NIK or KPJ (masked; opening the record is the audited read)',
        querystring: MemberSearchQuery,
        response: { 200: MemberSearchResponse, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => searchMembers(deps, request.query),
  );

  r.get(
    '/api/v1/console/members/:personId',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: "A member's record with personal data in clear; the read and its purpose are recorded",
        params: z.object({ personId: z.uuid() }),
        querystring: z.object({ purpose: ReadPurpose }),
        response: { 200: MemberRecord, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await readMember(deps, request.staff!, request.params.personId, request.query.purpose);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.get(
    '/api/v1/console/pii-reads',
    {
      config: { access: ['supervisor', 'admin'] },
      schema: {
        tags: ['console'],
        summary: "Officers' reads of members' personal data: a supervisor's branch, or all for an admin",
        response: { 200: PiiReadsResponse, 401: Problem, 403: Problem },
      },
    },
    async (request) => piiReadsFor(deps, request.staff!),
  );

  r.get(
    '/api/v1/console/recovery-requests',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'Open account-recovery requests (lost both e-mail and phone), soonest due first',
        response: { 200: RecoveryQueueResponse, 401: Problem, 403: Problem },
      },
    },
    async () => recoveryQueue(deps),
  );

  r.get(
    '/api/v1/console/recovery-requests/:requestId',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'One open request in full, for the identity checks (recorded as a read)',
        params: z.object({ requestId: z.uuid() }),
        response: { 200: RecoveryRequestRecord, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await openRecoveryRequest(deps, request.staff!, request.params.requestId);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.post(
    '/api/v1/console/recovery-requests/:requestId/decision',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'Approve (move the account to the new e-mail and number) or reject with a reason',
        params: z.object({ requestId: z.uuid() }),
        body: RecoveryDecisionBody,
        response: {
          200: z.object({ status: z.enum(['resolved', 'rejected']) }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (request) => {
      const result = await resolveRecoveryRequest(
        deps,
        request.staff!,
        request.params.requestId,
        request.body,
        {
          ip: request.ip,
        },
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/me/data-access',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: "Who read the member's personal data, when and why (newest first)",
        response: { 200: DataAccessResponse, 401: Problem },
      },
    },
    async (request) => dataAccessOf(deps, request.principal!.personId),
  );
}
