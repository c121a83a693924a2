import {
  AddCardBody,
  Card,
  CardsResponse,
  FoundCardsResponse,
  KpjParams,
  MergeCardsBody,
  MergeCardsResponse,
  Problem,
  StatementQuery,
  StatementResponse,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { addCard, cardStatement, foundCards, listCards } from './cards.service.ts';
import { mergeCards } from './merge.service.ts';

export async function cardsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me/cards',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['cards'],
        summary: "The member's KPJ cards with each JHT balance as of today",
        response: { 200: CardsResponse, 401: Problem },
      },
    },
    async (request, reply) => {
      const cards = await listCards(deps, request.principal!);
      return reply
        .type('application/json; charset=utf-8')
        .serializer(() => cards.json)
        .send(cards.response);
    },
  );

  r.post(
    '/api/v1/me/cards',
    {
      config: {
        access: 'participant',
        // Card numbers are printed, not secret, but must not be probed in bulk.
        rateLimit: { max: 20, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['cards'],
        summary: 'Tambah Kartu Peserta: add a card to the account by its KPJ number',
        description:
          "The card must be registered under the member's NIK and name and not be held by another account.",
        body: AddCardBody,
        querystring: z.object({ via: z.enum(['number', 'discovery']).default('number') }),
        response: {
          201: Card,
          400: Problem,
          401: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await addCard(
        deps,
        request.principal!,
        { kpj: request.body.kpj, via: request.query.via },
        { ip: request.ip, locale: localeOf(request) },
      );
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.post(
    '/api/v1/me/cards/merge',
    {
      config: { access: 'participant', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['cards'],
        summary:
          "Penggabungan saldo: move a former job's card balance (JHT, JP) to another of the member's cards",
        description:
          'Transfer postings in the ledger; exactly once per idempotency key (a retry returns the first result).',
        body: MergeCardsBody,
        response: {
          200: MergeCardsResponse,
          400: Problem,
          401: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (request) => {
      const result = await mergeCards(deps, request.principal!, request.body);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/me/cards/found',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['cards'],
        summary: "Cards registered under the member's NIK that are not in the account yet",
        response: { 200: FoundCardsResponse, 401: Problem },
      },
    },
    async (request) => foundCards(deps, request.principal!),
  );

  r.get(
    '/api/v1/me/cards/:kpj/statement',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['cards'],
        summary: 'Month-by-month JHT history of one card for a year',
        params: KpjParams,
        querystring: StatementQuery,
        response: { 200: StatementResponse, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await cardStatement(deps, request.principal!, request.params.kpj, request.query.year);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );
}
