import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations, ping } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.record(z.string(), z.string()) });

export async function healthRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Liveness: the process answers. Never touches the database, so a slow database does not get
  // a healthy process killed.
  r.get(
    '/healthz',
    { config: { access: 'public' }, schema: { tags: ['operations'], response: { 200: Health } } },
    async () => ({ status: 'ok' as const, checks: {} }),
  );

  // Readiness: the database answers and every migration has run.
  r.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      try {
        await ping(deps.db);
        checks.database = 'ok';
        const pending = await pendingMigrations(deps.db);
        checks.migrations = pending.length === 0 ? 'ok' : `pending: ${pending.join(', ')}`;
      } catch {
        checks.database = 'unreachable';
      }
      const ready = Object.values(checks).every((v) => v === 'ok') && checks.migrations !== undefined;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
    },
  );
}
