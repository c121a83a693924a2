import { Problem, SessionsResponse } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../http/access.ts';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { endOtherSessions, endSession, listSessions } from './sessions.service.ts';

export async function sessionsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me/sessions',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Devices signed in to the account, most recently active first',
        response: { 200: SessionsResponse, 401: Problem },
      },
    },
    async (request) => {
      const p = request.principal!;
      return { sessions: await listSessions(deps, p.userId, p.sessionTokenHash) };
    },
  );

  r.delete(
    '/api/v1/me/sessions/:sessionId',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Sign one device out',
        params: z.object({ sessionId: z.uuid() }),
        response: { 204: z.undefined(), 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const p = request.principal!;
      const ended = await endSession(deps, p.userId, request.params.sessionId, p.sessionTokenHash);
      if (!ended.found) throw new ApiError('session_not_found');
      if (ended.wasCurrent) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/v1/me/sessions/sign-out-others',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out every device but this one',
        response: { 204: z.undefined(), 401: Problem },
      },
    },
    async (request, reply) => {
      const p = request.principal!;
      await endOtherSessions(deps, p.userId, p.sessionTokenHash);
      return reply.code(204).send();
    },
  );
}
