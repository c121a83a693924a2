/**
 * The data update over HTTP: the member's wizard per card (`/api/v1/me/cards/{kpj}/data-update`),
 * heirs and the version history (per person), and the officers' queue and decisions
 * (`/api/v1/console/data-updates`). Ownership is checked in the services: a member reaches only the
 * cards their account holds.
 */
import {
  BeneficiariesBody,
  BeneficiariesResponse,
  ContactVerifyBody,
  DataUpdateCase,
  DataUpdateDecisionBody,
  DataUpdateDecisionResponse,
  DataUpdateQueueResponse,
  DataUpdateStepEnum,
  DataUpdateView,
  DataVersionsResponse,
  FaceAttemptResponse,
  KpjParams,
  Problem,
} from '@jmo/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf, sendProblem } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { getBeneficiaries, putBeneficiaries } from './beneficiaries.service.ts';
import { confirmUpdate, getDataUpdate, submitStep, verifyContact } from './data-update.service.ts';
import { submitSelfie } from './face.service.ts';
import { versionsOf } from './history.ts';
import { casePhoto, decideCase, openCase, reviewQueue } from './review.service.ts';

const OFFICERS = ['officer', 'supervisor'] as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, Problem]));

export async function dataUpdateRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/me/cards/:kpj/data-update';
  const maxSelfieBytes = deps.config.face.maxSelfieBytes;

  // Selfies arrive as the raw image (camera capture or a chosen file); only this plugin reads them.
  app.addContentTypeParser(
    IMAGE_TYPES,
    { parseAs: 'buffer', bodyLimit: maxSelfieBytes },
    (_request, body, done) => done(null, body),
  );

  r.get(
    base,
    {
      config: { access: 'participant' },
      schema: {
        tags: ['data-update'],
        summary:
          "A card's data update: where to resume, the current data to start from, and anything offered for reuse",
        params: KpjParams,
        response: { 200: DataUpdateView, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const result = await getDataUpdate(deps, request.principal!, request.params.kpj, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.put(
    `${base}/steps/:step`,
    {
      config: { access: 'participant', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['data-update'],
        summary: 'Save one step; a step whose earlier steps are not done is refused (step_out_of_order)',
        description:
          'Bodies by step: membership MembershipStepBody, confirm ConfirmStepBody, contact ContactStepBody (202 while codes to new addresses wait), tax_bank TaxBankStepBody, population PopulationStepBody, additional AdditionalStepBody. The face step takes POST …/face, the review POST …/confirm.',
        params: KpjParams.extend({ step: DataUpdateStepEnum }),
        body: z.record(z.string(), z.unknown()).optional(),
        response: {
          200: DataUpdateView,
          202: DataUpdateView,
          ...problems(400, 401, 403, 404, 409, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const result = await submitStep(
        deps,
        request.principal!,
        request.params.kpj,
        request.params.step,
        request.body,
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(result.value.pending ? 202 : 200).send(result.value.view);
    },
  );

  r.post(
    `${base}/face`,
    {
      config: { access: 'participant', rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: maxSelfieBytes,
      // Too large or not an image: say so in the selfie's own words, not as a JSON problem.
      errorHandler: (error: FastifyError, request, reply) => {
        if (error.statusCode === 413)
          return sendProblem(request, reply, 'selfie_too_large', {
            detail: `${localeOf(request) === 'en' ? 'At most' : 'Paling besar'} ${(maxSelfieBytes / 1_000_000).toLocaleString('id-ID')} MB`,
          });
        if (error.statusCode === 415) return sendProblem(request, reply, 'selfie_not_an_image');
        throw error;
      },
      schema: {
        tags: ['data-update'],
        summary: 'The selfie (raw image/jpeg, image/png or image/webp body) compared with the registry photo',
        description:
          '200 passed; 202 referred to an officer (attempts of the day used up, or no usable reference photo); 422 with the advice for the cause and the attempts left.',
        params: KpjParams,
        response: {
          200: FaceAttemptResponse,
          202: FaceAttemptResponse,
          ...problems(400, 401, 404, 409, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new ApiError('selfie_not_an_image');
      const result = await submitSelfie(
        deps,
        request.principal!,
        request.params.kpj,
        request.body,
        localeOf(request),
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(result.value.outcome === 'passed' ? 200 : 202).send(result.value);
    },
  );

  r.post(
    `${base}/contact/verify`,
    {
      config: {
        access: 'participant',
        rateLimit: { max: deps.config.registrationRateLimitPerMinute * 2, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['data-update'],
        summary:
          'Enter the code sent to a new phone or e-mail; the contact step is done once each is confirmed',
        params: KpjParams,
        body: ContactVerifyBody,
        response: { 200: DataUpdateView, ...problems(400, 401, 404, 409, 410, 422, 429) },
      },
    },
    async (request) => {
      const result = await verifyContact(deps, request.principal!, request.params.kpj, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.post(
    `${base}/confirm`,
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['data-update'],
        summary:
          '"Konfirmasi": everything checked again; all checks passed → updated at once, else in_review',
        params: KpjParams,
        response: { 200: DataUpdateView, ...problems(400, 401, 404, 409, 422, 503) },
      },
    },
    async (request) => {
      const result = await confirmUpdate(deps, request.principal!, request.params.kpj, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/me/data-versions',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['data-update'],
        summary: "What changed in the member's data, when and by whom (newest first)",
        response: { 200: DataVersionsResponse, ...problems(401) },
      },
    },
    async (request) => versionsOf(deps, deps.db, request.principal!.personId),
  );

  r.get(
    '/api/v1/me/beneficiaries',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['data-update'],
        summary: 'The heirs the member nominated (NIK masked)',
        response: { 200: BeneficiariesResponse, ...problems(401) },
      },
    },
    async (request) => getBeneficiaries(deps, request.principal!),
  );

  r.put(
    '/api/v1/me/beneficiaries',
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['data-update'],
        summary:
          'Replace the nominated heirs; shares in basis points must add up to 10000 (an empty list withdraws all)',
        body: BeneficiariesBody,
        response: { 200: BeneficiariesResponse, ...problems(400, 401, 422, 429) },
      },
    },
    async (request) => {
      const result = await putBeneficiaries(deps, request.principal!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  // ── Officers ───────────────────────────────────────────────────────────────────────────────────

  r.get(
    '/api/v1/console/data-updates',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'Data updates waiting for an officer (submitted, or a failed face check), oldest SLA first; masked',
        response: { 200: DataUpdateQueueResponse, ...problems(401, 403) },
      },
    },
    async () => reviewQueue(deps),
  );

  r.get(
    '/api/v1/console/data-updates/:id',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'One case in clear (before and after, face attempts with scores); the read is recorded, and the first officer to open it holds it',
        params: z.object({ id: z.uuid() }),
        response: { 200: DataUpdateCase, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const result = await openCase(deps, request.staff!, request.params.id);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.get(
    '/api/v1/console/data-updates/:id/photos/:which',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'The selfie (latest, or ?attempt=) or the registry reference photo, as image bytes; the view is recorded',
        params: z.object({ id: z.uuid(), which: z.enum(['selfie', 'reference']) }),
        querystring: z.object({ attempt: z.uuid().optional() }),
      },
    },
    async (request, reply) => {
      const { id, which } = request.params;
      const result = await casePhoto(deps, request.staff!, id, which, request.query.attempt);
      if (!result.ok) throw new ApiError(result.error);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline')
        .type(result.value.contentType)
        .send(result.value.bytes);
    },
  );

  r.post(
    '/api/v1/console/data-updates/:id/decision',
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'Approve (applies the update, the officer as author) or return with reason codes the member reads',
        params: z.object({ id: z.uuid() }),
        body: DataUpdateDecisionBody,
        response: { 200: DataUpdateDecisionResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const result = await decideCase(deps, request.staff!, request.params.id, request.body);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
