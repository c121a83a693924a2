import {
  CardCredentialResponse,
  CardKeysResponse,
  CardRevocationListResponse,
  CardRevokeBody,
  CardVerifyBody,
  CardVerifyResponse,
  KpjParams,
  Problem,
  StaffCardCredentialsResponse,
} from '@jmo/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import {
  credentialsOfCardForStaff,
  memberCardPdf,
  memberCredential,
  publishedKeys,
  reissueMemberCredential,
  revocationList,
  revokeCredentialByStaff,
  type VerifySite,
  verifyOnServer,
} from './card-credentials.service.ts';

const REVOKERS = ['officer', 'supervisor', 'admin'] as const;

export async function cardCredentialsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Outside production PUBLIC_URL may be unset (config.ts requires it there): the QR then points at
  // the address this request came to, as password-reset links do.
  const site = (request: FastifyRequest): VerifySite => ({
    publicUrl: (deps.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, ''),
  });

  r.get(
    '/api/v1/me/cards/:kpj/credential',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['card credentials'],
        summary:
          'Kartu Digital: the current signed credential of a card, with its QR code (issued if none is in force)',
        params: KpjParams,
        response: { 200: CardCredentialResponse, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const result = await memberCredential(deps, request.principal!, request.params.kpj, site(request));
      if (!result.ok) throw new ApiError(result.error);
      return reply.header('cache-control', 'no-store').send(result.value);
    },
  );

  r.post(
    '/api/v1/me/cards/:kpj/credential/reissue',
    {
      config: { access: 'participant', rateLimit: { max: 10, timeWindow: '1 hour' } },
      schema: {
        tags: ['card credentials'],
        summary: 'Terbitkan ulang: revoke the current digital card (reason reissued) and issue a new one',
        params: KpjParams,
        response: { 201: CardCredentialResponse, 401: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await reissueMemberCredential(deps, request.principal!, request.params.kpj, {
        ...site(request),
        ip: request.ip,
      });
      if (!result.ok) throw new ApiError(result.error);
      return reply.code(201).header('cache-control', 'no-store').send(result.value);
    },
  );

  r.get(
    '/api/v1/me/cards/:kpj/card.pdf',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['card credentials'],
        summary: 'The digital card as a one-page A6 PDF with its QR code',
        params: KpjParams,
        response: { 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const result = await memberCardPdf(deps, request.principal!, request.params.kpj, site(request));
      if (!result.ok) throw new ApiError(result.error);
      return (
        reply
          .type('application/pdf')
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename="kartu-digital-${request.params.kpj}.pdf"`)
          // Bytes, not JSON: no response schema applies to a 200 here.
          .send(Buffer.from(result.value) as never)
      );
    },
  );

  r.get(
    '/api/v1/card-credentials/keys',
    {
      config: { access: 'public' },
      schema: {
        tags: ['card credentials'],
        summary: 'The public keys (JWKS) that verify digital cards',
        response: { 200: CardKeysResponse },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=3600').send(publishedKeys(deps)),
  );

  r.get(
    '/api/v1/card-credentials/revoked',
    {
      config: { access: 'public' },
      schema: {
        tags: ['card credentials'],
        summary: 'Revoked digital cards that have not expired: ids and revocation times only',
        response: { 200: CardRevocationListResponse },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').send(await revocationList(deps)),
  );

  r.post(
    '/api/v1/card-credentials/verify',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.card.verifyRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['card credentials'],
        summary:
          'Check a digital card as the verify page does: valid, expired, revoked, forged, unknown key, malformed',
        body: CardVerifyBody,
        response: { 200: CardVerifyResponse, 400: Problem, 429: Problem },
      },
    },
    async (request) => verifyOnServer(deps, request.body.token, localeOf(request)),
  );

  r.get(
    '/api/v1/console/card-credentials',
    {
      config: { access: REVOKERS },
      schema: {
        tags: ['console'],
        summary: "A card's digital cards (newest first), to find the one to revoke",
        querystring: z.object({ kpj: z.string().regex(/^\d{11}$/) }),
        response: { 200: StaffCardCredentialsResponse, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => credentialsOfCardForStaff(deps, request.query.kpj),
  );

  r.post(
    '/api/v1/console/card-credentials/:id/revoke',
    {
      config: { access: REVOKERS },
      schema: {
        tags: ['console'],
        summary: 'Revoke a digital card with a reason (recorded as a security event)',
        params: z.object({ id: z.string().max(64) }),
        body: CardRevokeBody,
        response: {
          200: z.object({ id: z.string(), revokedAt: z.iso.datetime() }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request) => {
      const result = await revokeCredentialByStaff(deps, request.staff!, request.params.id, request.body, {
        ip: request.ip,
      });
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );
}
