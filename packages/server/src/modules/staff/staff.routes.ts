import {
  NewStaffBody,
  Problem,
  StaffChangeBody,
  StaffListResponse,
  StaffLoginBody,
  StaffMe,
} from '@jmo/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_SESSION_COOKIE } from '../../http/access.ts';
import { ApiError, localeOf } from '../../http/problem.ts';
import type { Deps } from '../../lib/deps.ts';
import { logout } from '../auth/auth.service.ts';
import { changeStaff, createStaff, listStaff, staffLogin, staffProfile } from './staff.service.ts';

const STAFF_ROLES = ['employer', 'officer', 'supervisor', 'admin'] as const;

export async function staffRoutes(app: FastifyInstance, { deps }: { deps: Deps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.session.secureCookie,
  } as const;

  r.post(
    '/api/v1/staff/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['staff'],
        summary: 'Staff sign-in (employer users, officers, supervisors, administrators)',
        body: StaffLoginBody,
        response: { 200: StaffMe, 401: Problem, 423: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await staffLogin(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      reply.setCookie(STAFF_SESSION_COOKIE, result.value.token, {
        ...cookieOptions,
        expires: result.value.expiresAt,
      });
      return result.value.me;
    },
  );

  r.post(
    '/api/v1/staff/logout',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['staff'], summary: 'Staff sign-out', response: { 204: z.undefined(), 401: Problem } },
    },
    async (request, reply) => {
      await logout(deps, request.staff!.sessionTokenHash);
      reply.clearCookie(STAFF_SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/v1/staff/me',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['staff'],
        summary: 'The signed-in staff account',
        response: { 200: StaffMe, 401: Problem },
      },
    },
    async (request) => staffProfile(deps, request.staff!.staffId),
  );

  r.get(
    '/api/v1/admin/staff',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Every staff account',
        response: { 200: StaffListResponse, 401: Problem, 403: Problem },
      },
    },
    async () => listStaff(deps),
  );

  r.post(
    '/api/v1/admin/staff',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Create a staff account',
        body: NewStaffBody,
        response: { 201: StaffMe, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const result = await createStaff(deps, request.staff!, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return reply.code(201).send(result.value);
    },
  );

  r.patch(
    '/api/v1/admin/staff/:staffId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: "Change a staff account's role or branch, or disable it (ends its sessions)",
        params: z.object({ staffId: z.uuid() }),
        body: StaffChangeBody,
        response: { 200: StaffMe, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const result = await changeStaff(deps, request.staff!, request.params.staffId, request.body, {
        ip: request.ip,
        locale: localeOf(request),
      });
      if (!result.ok) throw ApiError.from(result, deps.clock.now());
      return result.value;
    },
  );
}
