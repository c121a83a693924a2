import {
  EmployerProfileResponse,
  EmployerWorker,
  EmployerWorkersResponse,
  InvoiceDetail,
  InvoiceParams,
  InvoicesResponse,
  IssueInvoiceBody,
  LeaverBody,
  Problem,
  RegisterWorkerBody,
  WageReportBody,
  WageReportResponse,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { notifyWageDrops } from '../alerts/alerts.service.ts';
import { invoiceDetail, issueEmployerInvoice, listEmployerInvoices } from '../invoices/invoices.service.ts';
import {
  employerProfile,
  listWorkers,
  registerWorker,
  reportLeaver,
  reportWages,
} from './employer.service.ts';

const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
  503: Problem,
};

/** The employer portal's API: employer users, and only for their own employer (checked in the services). */
export async function employerRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: ['employer'] as const };

  r.get(
    '/api/v1/employer',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: "The employer's profile, active workers and arrears",
        response: { 200: EmployerProfileResponse, ...errors },
      },
    },
    async (request) => {
      const result = await employerProfile(deps, request.staff!);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/employer/workers',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: "The employer's workers (its own only), NIK masked, with programs and the latest wage",
        response: { 200: EmployerWorkersResponse, 401: Problem, 403: Problem },
      },
    },
    async (request) => listWorkers(deps, request.staff!),
  );

  r.post(
    '/api/v1/employer/workers',
    {
      config: { ...access, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['employer'],
        summary:
          'Register a wage earner: NIK, name and birth date are checked with the population registry; a KPJ is issued',
        body: RegisterWorkerBody,
        response: { 201: EmployerWorker, ...errors },
      },
    },
    async (request, reply) => {
      const result = await registerWorker(deps, request.staff!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.post(
    '/api/v1/employer/wage-reports',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: 'Report the wages in force from a period on (all lines or none)',
        body: WageReportBody,
        response: { 200: WageReportResponse, ...errors },
      },
    },
    async (request) => {
      const result = await reportWages(deps, request.staff!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      const { dropped, ...report } = result.value;
      await notifyWageDrops(deps, request.staff!, report.period, dropped);
      return report;
    },
  );

  r.post(
    '/api/v1/employer/leavers',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: 'Report that a worker left (resigned or terminated): the card becomes non-active',
        body: LeaverBody,
        response: { 200: EmployerWorker, ...errors },
      },
    },
    async (request) => {
      const result = await reportLeaver(deps, request.staff!, request.body, localeOf(request));
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );

  r.get(
    '/api/v1/employer/invoices',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: "The employer's invoices, newest period first, with overdue ones and their accrued fines",
        response: { 200: InvoicesResponse, 401: Problem, 403: Problem },
      },
    },
    async (request) => listEmployerInvoices(deps, request.staff!),
  );

  r.post(
    '/api/v1/employer/invoices',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: 'Issue the invoice for a period from the wages in force; a virtual account is opened for it',
        body: IssueInvoiceBody,
        response: { 201: InvoiceDetail, ...errors },
      },
    },
    async (request, reply) => {
      const result = await issueEmployerInvoice(deps, request.staff!, request.body.period);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.get(
    '/api/v1/employer/invoices/:number',
    {
      config: access,
      schema: {
        tags: ['employer'],
        summary: 'One invoice with a line per worker and program, fines billed with it, and each rule source',
        params: InvoiceParams,
        response: { 200: InvoiceDetail, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await invoiceDetail(deps, request.staff!, request.params.number);
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
