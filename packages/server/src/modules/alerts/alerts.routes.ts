import { NotificationsResponse, Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../lib/deps.ts';
import { listNotifications, markNotificationsRead } from './alerts.service.ts';

export async function alertsRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/me/notifications',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['cards'],
        summary: "The member's notices: unpaid months, wage drops, contributions received (newest first)",
        response: { 200: NotificationsResponse, 401: Problem },
      },
    },
    async (request) => listNotifications(deps, request.principal!),
  );
  r.post(
    '/api/v1/me/notifications/read',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['cards'],
        summary: 'Mark every notice read',
        response: { 204: z.undefined(), 401: Problem },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(deps, request.principal!);
      return reply.code(204).send();
    },
  );
}
