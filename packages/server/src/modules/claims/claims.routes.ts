/**
 * Claims over HTTP: the member's JHT claim (`/api/v1/me/cards/{kpj}/jht-claims`, `/api/v1/me/claims`)
 * and the officers' queue and decisions (`/api/v1/console/claims`). Ownership is checked in the
 * services: a member reaches only the claims of their own account.
 */
import {
  ClaimDecisionBody,
  ClaimDetail,
  ClaimList,
  ClaimSelfieResponse,
  ConsoleClaimCase,
  ConsoleClaimQueue,
  IdempotencyKey,
  KpjParams,
  Problem,
  StartJhtClaimBody,
  SubmitJhtClaimBody,
} from '@jmo/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf, sendProblem } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import {
  cancelOwnClaim,
  listOwnClaims,
  ownClaim,
  startJhtClaim,
  submitClaimSelfie,
  submitJhtClaim,
} from './claims.service.ts';
import { claimPhoto, claimQueue, decideClaim, openClaimCase } from './console-claims.service.ts';

const OFFICERS = ['officer', 'supervisor'] as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, Problem]));
const IdParams = z.object({ id: z.uuid() });
const KeyHeaders = z.object({ 'idempotency-key': IdempotencyKey });

export async function claimsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const maxSelfieBytes = deps.config.face.maxSelfieBytes;

  app.addContentTypeParser(
    IMAGE_TYPES,
    { parseAs: 'buffer', bodyLimit: maxSelfieBytes },
    (_request, body, done) => done(null, body),
  );

  r.post(
    '/api/v1/me/cards/:kpj/jht-claims',
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['claims'],
        summary: 'Start (or resume) the JHT claim of a card: a draft with what it would pay today',
        description:
          '201 a new draft; 200 the same claim again (the same Idempotency-Key, or the draft the card already has). 422 claim_not_eligible says the first condition not met; 409 claim_already_open names the claim in progress.',
        params: KpjParams,
        headers: KeyHeaders,
        body: StartJhtClaimBody,
        response: { 200: ClaimDetail, 201: ClaimDetail, ...problems(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const result = await startJhtClaim(
        deps,
        request.principal!,
        {
          kpj: request.params.kpj,
          reason: request.body.reason,
          idempotencyKey: request.headers['idempotency-key'],
        },
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(result.value.created ? 201 : 200).send(result.value.claim);
    },
  );

  r.get(
    '/api/v1/me/claims',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['claims'],
        summary: "The member's claims, newest first, each with its state, holder and due date",
        response: { 200: ClaimList, ...problems(401) },
      },
    },
    async (request) => listOwnClaims(deps, request.principal!, localeOf(request)),
  );

  r.get(
    '/api/v1/me/claims/:id',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['claims'],
        summary: 'Tracking Klaim: one claim with its timeline, holder, reason, SLA, amounts and account',
        params: IdParams,
        response: { 200: ClaimDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const result = await ownClaim(deps, request.principal!, request.params.id, localeOf(request));
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.post(
    '/api/v1/me/claims/:id/selfie',
    {
      config: { access: 'participant', rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: maxSelfieBytes,
      errorHandler: (error: FastifyError, request, reply) => {
        if (error.statusCode === 413) return sendProblem(request, reply, 'selfie_too_large');
        if (error.statusCode === 415) return sendProblem(request, reply, 'selfie_not_an_image');
        throw error;
      },
      schema: {
        tags: ['claims'],
        summary: "The claim's face re-verification: a selfie (raw image/jpeg, png or webp body)",
        description:
          '200 passed; 202 referred (the attempts of the day are used up: an officer confirms the face, the claim may still be sent); 422 with the advice for the cause and the attempts left.',
        params: IdParams,
        response: {
          200: ClaimSelfieResponse,
          202: ClaimSelfieResponse,
          ...problems(400, 401, 404, 409, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new ApiError('selfie_not_an_image');
      const result = await submitClaimSelfie(
        deps,
        request.principal!,
        request.params.id,
        request.body,
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(result.value.outcome === 'passed' ? 200 : 202).send(result.value);
    },
  );

  r.post(
    '/api/v1/me/claims/:id/submit',
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['claims'],
        summary: 'Konfirmasi: send the claim (step-up first); paid straight through when every check passes',
        description:
          'The conditions are checked again, the amounts fixed with their tax lines and the bank account taken from the data update. The answer is the claim: paying (straight through) or verifying (an officer). Sending a claim already sent (a double tap, a retry, another tab) answers with the claim as it is now and sends nothing again.',
        params: IdParams,
        headers: KeyHeaders,
        body: SubmitJhtClaimBody,
        response: { 200: ClaimDetail, ...problems(400, 401, 403, 404, 409, 422, 429, 503) },
      },
    },
    async (request) => {
      const result = await submitJhtClaim(
        deps,
        request.principal!,
        { id: request.params.id, idempotencyKey: request.headers['idempotency-key'] },
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    '/api/v1/me/claims/:id/cancel',
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['claims'],
        summary: 'Cancel a claim not yet approved; the balance stays whole',
        params: IdParams,
        response: { 200: ClaimDetail, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const result = await cancelOwnClaim(deps, request.principal!, request.params.id, localeOf(request));
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  // ── Console ─────────────────────────────────────────────────────────────────────────────────

  r.get(
    '/api/v1/console/claims',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'Claims waiting for an officer (verifying, interview), the longest waiting first, with their SLA',
        response: { 200: ConsoleClaimQueue, ...problems(401, 403) },
      },
    },
    async () => claimQueue(deps),
  );

  r.get(
    '/api/v1/console/claims/:id',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'One claim with the member in clear and the decisions allowed now; the read is recorded',
        params: IdParams,
        response: { 200: ConsoleClaimCase, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const result = await openClaimCase(deps, request.staff!, request.params.id, localeOf(request));
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.get(
    '/api/v1/console/claims/:id/photos/:which',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          "The claim's latest selfie or the registry reference photo, as image bytes; the view is recorded",
        params: z.object({ id: z.uuid(), which: z.enum(['selfie', 'reference']) }),
      },
    },
    async (request, reply) => {
      const result = await claimPhoto(deps, request.staff!, request.params.id, request.params.which);
      if (!result.ok) throw new ApiError(result.error);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline')
        .type(result.value.contentType)
        .send(result.value.bytes);
    },
  );

  r.post(
    '/api/v1/console/claims/:id/decision',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'Approve (the payout is ordered at once), reject, return for a fix, or call for an interview',
        params: IdParams,
        body: ClaimDecisionBody,
        response: { 200: ConsoleClaimCase, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (request) => {
      const result = await decideClaim(
        deps,
        request.staff!,
        request.params.id,
        request.body,
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
