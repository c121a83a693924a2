/**
 * Identity corrections over HTTP: the member's evidence uploads and requests
 * (`/api/v1/me/identity-corrections`), and the officers' queue, case, evidence photos and decision
 * (`/api/v1/console/identity-corrections`). Ownership is checked in the service.
 */
import {
  EvidenceUploadQuery,
  EvidenceUploadResponse,
  IdentityCorrectionBody,
  IdentityCorrectionCase,
  IdentityCorrectionDecisionBody,
  IdentityCorrectionDecisionResponse,
  IdentityCorrectionQueueResponse,
  IdentityCorrectionsResponse,
  IdentityCorrectionView,
  Problem,
} from '@jmo/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf, sendProblem } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import {
  correctionQueue,
  createCorrection,
  decideCorrection,
  evidenceImage,
  listCorrections,
  openCorrection,
  uploadEvidence,
} from './identity-correction.service.ts';

const OFFICERS = ['officer', 'supervisor'] as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, Problem]));

export async function identityCorrectionRoutes(
  app: FastifyInstance,
  { deps }: { deps: Deps },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/me/identity-corrections';
  // The same limit as a selfie: a phone photo of a card is no bigger than one of a face.
  const maxBytes = deps.config.face.maxSelfieBytes;

  // Evidence arrives as the raw image (camera capture or a chosen file); only this plugin reads it.
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
    done(null, body),
  );

  r.get(
    base,
    {
      config: { access: 'participant' },
      schema: {
        tags: ['identity-correction'],
        summary: "The member's current name and birth date, and their correction requests (newest first)",
        response: { 200: IdentityCorrectionsResponse, ...problems(401) },
      },
    },
    async (request) => listCorrections(deps, request.principal!),
  );

  r.post(
    `${base}/evidence`,
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      bodyLimit: maxBytes,
      // Too large or not an image: say so in the evidence's own words, not as a JSON problem.
      errorHandler: (error: FastifyError, request, reply) => {
        if (error.statusCode === 413)
          return sendProblem(request, reply, 'identity_evidence_too_large', {
            detail: `${localeOf(request) === 'en' ? 'At most' : 'Paling besar'} ${(maxBytes / 1_000_000).toLocaleString('id-ID')} MB`,
          });
        if (error.statusCode === 415) return sendProblem(request, reply, 'identity_evidence_not_an_image');
        throw error;
      },
      schema: {
        tags: ['identity-correction'],
        summary:
          'A photo of the KTP or KK (raw image/jpeg, image/png or image/webp body); re-encoded without metadata and stored encrypted',
        querystring: EvidenceUploadQuery,
        response: { 201: EvidenceUploadResponse, ...problems(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new ApiError('identity_evidence_not_an_image');
      const result = await uploadEvidence(deps, request.principal!, request.query.kind, request.body);
      if (!result.ok) throw new ApiError(result.error);
      return reply.code(201).send(result.value);
    },
  );

  r.post(
    base,
    {
      config: { access: 'participant', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity-correction'],
        summary:
          'Ask for the name and/or birth date to be corrected to the KTP, citing uploaded evidence; one open request per person',
        body: IdentityCorrectionBody,
        response: { 201: IdentityCorrectionView, ...problems(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const result = await createCorrection(deps, request.principal!, request.body);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  // ── Officers ───────────────────────────────────────────────────────────────────────────────────

  const consoleBase = '/api/v1/console/identity-corrections';
  r.get(
    consoleBase,
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'Open identity corrections, soonest due first; masked',
        response: { 200: IdentityCorrectionQueueResponse, ...problems(401, 403) },
      },
    },
    async () => correctionQueue(deps),
  );

  r.get(
    `${consoleBase}/:id`,
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'One request in clear (our data, the registry record, the requested values, the evidence list); the read is recorded, and the first officer to open it holds it',
        params: z.object({ id: z.uuid() }),
        response: { 200: IdentityCorrectionCase, ...problems(400, 401, 403, 404, 503) },
      },
    },
    async (request) => {
      const result = await openCorrection(deps, request.staff!, request.params.id);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );

  r.get(
    `${consoleBase}/:id/evidence/:evidenceId`,
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary: 'One evidence photo as image bytes; the view is recorded',
        params: z.object({ id: z.uuid(), evidenceId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const result = await evidenceImage(deps, request.staff!, request.params.id, request.params.evidenceId);
      if (!result.ok) throw new ApiError(result.error);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline')
        .type(result.value.contentType)
        .send(result.value.bytes);
    },
  );

  r.post(
    `${consoleBase}/:id/decision`,
    {
      config: { access: OFFICERS },
      schema: {
        tags: ['console'],
        summary:
          'Approve (the person is corrected, a version recorded with the officer as author) or reject with a reason the member reads',
        params: z.object({ id: z.uuid() }),
        body: IdentityCorrectionDecisionBody,
        response: { 200: IdentityCorrectionDecisionResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const result = await decideCorrection(deps, request.staff!, request.params.id, request.body);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );
}
