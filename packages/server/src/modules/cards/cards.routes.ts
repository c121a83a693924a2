import { CardsResponse, KpjParams, Problem, StatementQuery, StatementResponse } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { cardStatement, listCards } from './cards.service.ts';

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
    async (request) => listCards(deps, request.principal!.personId),
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
      const result = await cardStatement(
        deps,
        request.principal!.personId,
        request.params.kpj,
        request.query.year,
      );
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  );
}
