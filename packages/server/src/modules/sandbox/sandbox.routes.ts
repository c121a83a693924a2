/**
 * The sandbox surface: what the sandbox adapters captured instead of sending. Mounted by app.ts only
 * when `config.sandbox` is on (never in production), because it shows verification codes and
 * addresses to anyone who asks. Public on purpose: a developer or a demo audience reads the codes
 * here to finish a sign-up.
 */
import { findBank, Problem } from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listSandboxBankAccounts } from '../../adapters/bank/sandbox.ts';
import { SIGNATURE_HEADER } from '../../adapters/payments/port.ts';
import { listSandboxVirtualAccounts, payVirtualAccount } from '../../adapters/payments/sandbox.ts';
import { listMessages, MAX_LIST_LIMIT } from '../../adapters/sandbox/outbox.ts';
import { DEMO_BANK_ACCOUNTS } from '../../demo/bank-accounts.ts';
import { ApiError } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { type BankAccountRow, renderBank } from './bank-page.ts';
import { renderInbox } from './inbox-page.ts';
import { renderPayments } from './payments-page.ts';
import { type CitizenView, renderRegistry } from './registry-page.ts';

const MAX_BANK_ACCOUNTS_LISTED = 200;

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

  // The sandbox bank: pay a VA and deliver the gateway's signed callback to JMO's own callback route,
  // through HTTP inside this process (the same route a real gateway calls).
  const payAndDeliver = async (vaNumber: string, deliveries: number) => {
    const paid = await payVirtualAccount(deps.db, deps.clock, deps.config.payments.callbackSecret, vaNumber);
    if (!paid.ok) return { error: paid.error } as const;
    const outcomes: string[] = [];
    for (let i = 0; i < deliveries; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/payments/callbacks',
        headers: { [SIGNATURE_HEADER]: paid.signature },
        payload: paid.callback,
      });
      outcomes.push(
        response.statusCode === 200
          ? (response.json() as { outcome: string }).outcome
          : `http_${response.statusCode}`,
      );
    }
    return { paymentId: paid.callback.paymentId, outcomes } as const;
  };

  r.post(
    '/api/v1/sandbox/payments/:va/pay',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sandbox'],
        summary:
          'Pay a sandbox virtual account in full and deliver the callback (twice, to simulate a replay); development only',
        params: z.object({ va: z.string().regex(/^\d{10,20}$/) }),
        body: z.object({ deliveries: z.number().int().min(1).max(3).default(1) }).default({ deliveries: 1 }),
        response: {
          200: z.object({ paymentId: z.string(), outcomes: z.array(z.string()) }),
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request) => {
      const result = await payAndDeliver(request.params.va, request.body.deliveries);
      if ('error' in result)
        throw new ApiError(result.error === 'unknown_va' ? 'not_found' : 'virtual_account_already_paid');
      return result;
    },
  );

  // Form posts from the sandbox page (no script on it).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  r.get(
    '/sandbox/payments',
    {
      config: { access: 'public' },
      schema: { hide: true, querystring: z.object({ notice: z.string().max(200).optional() }) },
    },
    async (request, reply) => {
      const accounts = await listSandboxVirtualAccounts(deps.db, 100);
      const page = renderPayments({ accounts, notice: request.query.notice, timeZone: deps.config.timeZone });
      return reply.type('text/html; charset=utf-8').send(page);
    },
  );
  r.post(
    '/sandbox/payments/pay',
    {
      config: { access: 'public' },
      schema: { hide: true, body: z.object({ va: z.string().regex(/^\d{10,20}$/) }) },
    },
    async (request, reply) => {
      const result = await payAndDeliver(request.body.va, 1);
      const notice =
        'error' in result
          ? result.error === 'already_paid'
            ? 'Virtual account ini sudah lunas.'
            : 'Virtual account tidak dikenal.'
          : result.outcomes[0] === 'applied'
            ? 'Pembayaran diterima JMO dan iuran dibukukan.'
            : `Pembayaran terkirim; jawaban JMO: ${result.outcomes[0]}.`;
      return reply.redirect(`/sandbox/payments?notice=${encodeURIComponent(notice)}`, 303);
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

  r.get(
    '/api/v1/sandbox/bank/accounts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sandbox'],
        summary:
          'Accounts of the sandbox bank with full numbers, as its account-name inquiry answers them; development only',
        response: {
          200: z.object({
            accounts: z.array(
              z.object({
                bankCode: z.string(),
                accountNumber: z.string(),
                holderName: z.string(),
                status: z.enum(['active', 'closed']),
                isHimbara: z.boolean(),
                forLogin: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      accounts: (await bankAccounts(deps)).map((a) => ({
        bankCode: a.bankCode,
        accountNumber: a.accountNumber,
        holderName: a.holderName,
        status: a.status,
        isHimbara: findBank(a.bankCode)?.isStateOwned === true,
        forLogin: a.demo?.forLogin ?? null,
      })),
    }),
  );

  r.get('/sandbox/bank', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderBank(await bankAccounts(deps))),
  );
}

/** The sandbox bank's accounts, each demo one with what it is for. */
async function bankAccounts(deps: Deps): Promise<BankAccountRow[]> {
  const accounts = await listSandboxBankAccounts(deps.db, deps.pii, MAX_BANK_ACCOUNTS_LISTED);
  return accounts.map((a) => {
    const demo = DEMO_BANK_ACCOUNTS.find(
      (d) => d.bankCode === a.bankCode && d.accountNumber === a.accountNumber,
    );
    return { ...a, demo: demo && { forLogin: demo.forLogin, shows: demo.shows.id } };
  });
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
