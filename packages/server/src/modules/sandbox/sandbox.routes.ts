/**
 * The sandbox surface: what the sandbox adapters captured instead of sending. Mounted by app.ts only
 * when `config.sandbox` is on (never in production), because it shows verification codes and
 * addresses to anyone who asks. Public on purpose: a developer or a demo audience reads the codes
 * here to finish a sign-up.
 */
import { Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMessages, MAX_LIST_LIMIT } from '../../adapters/sandbox/outbox.ts';
import type { Deps } from '../../lib/deps.ts';
import { renderInbox } from './inbox-page.ts';
import { type CitizenView, renderRegistry } from './registry-page.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

const MessagesQuery = z.object({
  to: z.preprocess(emptyToUndefined, z.string().trim().max(254).optional()).meta({
    description: 'An e-mail address (any case) or a mobile number in any usual form',
  }),
  channel: z.preprocess(emptyToUndefined, z.enum(['email', 'sms']).optional()),
  limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(50),
});

const SandboxMessage = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});

const MessagesResponse = z.object({ messages: z.array(SandboxMessage) });

export async function sandboxRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Captured codes must not linger in caches.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  r.get(
    '/api/v1/sandbox/messages',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sandbox'],
        summary: 'E-mail and SMS captured by the sandbox (not sent), newest first; development only',
        querystring: MessagesQuery,
        response: { 200: MessagesResponse, 400: Problem },
      },
    },
    async (request) => {
      const messages = await listMessages(deps.db, request.query);
      return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
    },
  );

  r.get(
    '/sandbox/inbox',
    { config: { access: 'public' }, schema: { hide: true, querystring: MessagesQuery } },
    async (request, reply) => {
      const messages = await listMessages(deps.db, request.query);
      const page = renderInbox({ messages, filter: request.query, timeZone: deps.config.timeZone });
      return reply.type('text/html; charset=utf-8').send(page);
    },
  );

  r.get(
    '/api/v1/sandbox/registry',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sandbox'],
        summary: 'Citizens of the sandbox population registry without a JMO account; development only',
        response: {
          200: z.object({
            citizens: z.array(
              z.object({
                nik: z.string(),
                fullName: z.string(),
                birthDate: z.string(),
                isMember: z.boolean(),
                kpjs: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ citizens: await citizensWithoutAccount(deps) }),
  );

  r.get(
    '/sandbox/registry',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(renderRegistry(await citizensWithoutAccount(deps))),
  );
}

/** Up to 50 registry citizens who could register now; members (with KPJ cards) first. */
async function citizensWithoutAccount(deps: Deps): Promise<CitizenView[]> {
  const rows = await deps.db
    .selectFrom('sandbox_registry as r')
    .leftJoin('people as p', 'p.nik_index', 'r.nik_index')
    .leftJoin('user_accounts as u', 'u.person_id', 'p.id')
    .select(['r.nik_enc', 'r.full_name', 'r.birth_date', 'p.id as person_id'])
    .where('u.id', 'is', null)
    .orderBy('r.full_name')
    .limit(50)
    .execute();
  const personIds = rows.flatMap((r) => (r.person_id ? [r.person_id] : []));
  const cards =
    personIds.length === 0
      ? []
      : await deps.db
          .selectFrom('memberships')
          .select(['person_id', 'kpj'])
          .where('person_id', 'in', personIds)
          .orderBy('joined_on', 'desc')
          .execute();
  return rows
    .map((r) => ({
      nik: deps.pii.decrypt(r.nik_enc),
      fullName: r.full_name,
      birthDate: r.birth_date,
      isMember: r.person_id !== null,
      kpjs: cards.filter((c) => c.person_id === r.person_id).map((c) => c.kpj),
    }))
    .sort((a, b) => Number(b.isMember) - Number(a.isMember));
}
