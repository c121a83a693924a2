/**
 * The composition root of the HTTP server: `buildApp(deps)` wires plugins and modules around the
 * dependencies it is given. Tests build their own deps (a fresh database, a fixed clock).
 */
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type ErrorCode, errorMessages } from '@jmo/core';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { z } from 'zod';
import { registerAccessControl } from './http/access.ts';
import { ApiError, sendProblem } from './http/problem.ts';
import type { Deps } from './lib/deps.ts';
import { contactRoutes } from './modules/accounts/contact.routes.ts';
import { registrationRoutes } from './modules/accounts/registration.routes.ts';
import { alertsRoutes } from './modules/alerts/alerts.routes.ts';
import { accountRecoveryRoutes } from './modules/auth/account-recovery.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { passkeysRoutes } from './modules/auth/passkeys.routes.ts';
import { passwordResetRoutes } from './modules/auth/password-reset.routes.ts';
import { sessionsRoutes } from './modules/auth/sessions.routes.ts';
import { stepUpRoutes } from './modules/auth/step-up.routes.ts';
import { bpuRoutes } from './modules/bpu/bpu.routes.ts';
import { cardCredentialsRoutes } from './modules/card-credentials/card-credentials.routes.ts';
import { cardsRoutes } from './modules/cards/cards.routes.ts';
import { followClaimPayouts } from './modules/claims/claim-payout.ts';
import { claimsRoutes } from './modules/claims/claims.routes.ts';
import { consoleRoutes } from './modules/console/console.routes.ts';
import { dataUpdateRoutes } from './modules/data-update/data-update.routes.ts';
import { employerRoutes } from './modules/employer/employer.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { identityCorrectionRoutes } from './modules/identity-correction/identity-correction.routes.ts';
import { jhtClaimRoutes } from './modules/jht-claim/jht-claim.routes.ts';
import { paymentsRoutes } from './modules/payments/payments.routes.ts';
import { payoutsRoutes } from './modules/payouts/payouts.routes.ts';
import { sandboxRoutes } from './modules/sandbox/sandbox.routes.ts';
import { simulationsRoutes } from './modules/simulations/simulations.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';

export interface AppOptions {
  /** Folder of the built web app (packages/web/dist); served at `/` when it exists. */
  webRoot?: string;
  /** `false` silences logging (tests); `pretty` prints human-readable lines (a terminal in development). */
  logger?: false | { pretty: boolean };
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            // Never log secrets or PII: only method, a masked URL and the address of a request; no
            // headers (cookies), no bodies.
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                url: maskUrlForLog(req.url),
                remoteAddress: req.ip,
              }),
            },
            ...(options.logger?.pretty
              ? {
                  transport: {
                    target: 'pino-pretty',
                    options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
                  },
                }
              : {}),
          },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.env === 'production',
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Security headers (CSP, HSTS, nosniff…) from helmet, built once: @fastify/helmet rebuilt the
  // middleware on every request, a tenth of the time of a cached balance read.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        // Plain http on localhost and in the sandbox must keep working; TLS is the proxy's job.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new ApiError('too_many_requests', { detail: `retry after ${context.after}` }), {
        statusCode: 429,
      }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'JMO API',
        version: '0.1.0',
        description:
          "Participant services of the workers' social security (Jamsostek Mobile). Money is whole rupiah as a string of digits. Errors are RFC 9457 problem+json with a stable `code`; messages follow Accept-Language (id, en).",
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jmo_session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAccessControl(app, deps);
  const webRoot =
    options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html')) ? options.webRoot : undefined;
  setErrorHandling(
    app,
    webRoot !== undefined,
    webRoot !== undefined && fs.existsSync(path.join(webRoot, 'verify.html')),
  );

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>().get(
    '/api/problems/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'What an error code means, in Indonesian and English',
        params: z.object({ code: z.string().max(64) }),
      },
    },
    async (request) => {
      const code = request.params.code as ErrorCode;
      if (!Object.hasOwn(errorMessages, code)) throw new ApiError('not_found');
      return { code, ...errorMessages[code] };
    },
  );

  await app.register(healthRoutes, { deps });
  await app.register(authRoutes, { deps });
  await app.register(registrationRoutes, { deps });
  await app.register(sessionsRoutes, { deps });
  await app.register(stepUpRoutes, { deps });
  await app.register(contactRoutes, { deps });
  await app.register(passwordResetRoutes, { deps });
  await app.register(passkeysRoutes, { deps });
  await app.register(accountRecoveryRoutes, { deps });
  await app.register(cardsRoutes, { deps });
  await app.register(cardCredentialsRoutes, { deps });
  await app.register(staffRoutes, { deps });
  await app.register(consoleRoutes, { deps });
  await app.register(employerRoutes, { deps });
  await app.register(paymentsRoutes, { deps });
  await app.register(alertsRoutes, { deps });
  await app.register(bpuRoutes, { deps });
  await app.register(dataUpdateRoutes, { deps });
  await app.register(identityCorrectionRoutes, { deps });
  await app.register(simulationsRoutes, { deps });
  await app.register(jhtClaimRoutes, { deps });
  await app.register(claimsRoutes, { deps });
  // A claim moves with its payout, in the payout's own transactions (modules/claims/claim-payout.ts).
  const stopFollowingPayouts = followClaimPayouts(deps);
  app.addHook('onClose', async () => stopFollowingPayouts());
  await app.register(payoutsRoutes, { deps });
  // Captured mail and SMS, codes included: only where the sandbox is on (never in production).
  if (deps.config.sandbox) await app.register(sandboxRoutes, { deps });

  if (webRoot) await serveWeb(app, webRoot);
  return app;
}

/** KPJ, NIK and account numbers in paths and queries become `230…78` in logs. */
export function maskLongNumbers(url: string): string {
  return url.replace(/\d{6,}/g, (digits) => `${digits.slice(0, 3)}…${digits.slice(-2)}`);
}

/** What a logged URL shows: long numbers masked, and e-mail addresses (`?to=…` filters) dropped. */
export function maskUrlForLog(url: string): string {
  return maskLongNumbers(url.replace(/[^/?&=#]+(?:@|%40)[^/?&=#]+/gi, '…@…'));
}

function setErrorHandling(app: FastifyInstance, servesWeb: boolean, servesVerify = false): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return sendProblem(request, reply, error.code, error.extra);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, 'invalid_request', {
        errors: error.validation.map((v) => ({
          path: `${error.validationContext ?? ''}${v.instancePath}`.replace(/\//g, '.') || '.',
          message: v.message ?? 'invalid',
        })),
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(request, reply, 'body_too_large');
    if (status === 415) return sendProblem(request, reply, 'unsupported_media_type');
    if (status === 429) return sendProblem(request, reply, 'too_many_requests');
    if (status === 400 && (error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError)) {
      return sendProblem(request, reply, 'malformed_json');
    }
    if (status >= 400 && status < 500) return sendProblem(request, reply, 'invalid_request');
    // Unexpected: log it (message and stack, no request body) and answer without internals.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal_error');
  });
  // Client-side routes of the PWA (/, /masuk, /kartu/…) get the app shell; the API, the sandbox
  // (server-rendered, absent when switched off) and missing files (anything with an extension) keep a
  // real 404.
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    const wantsPage =
      servesWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !pathname.startsWith('/api/') &&
      pathname !== '/sandbox' &&
      !pathname.startsWith('/sandbox/') &&
      path.extname(pathname) === '';
    if (!wantsPage) return sendProblem(request, reply, 'not_found');
    reply.header('cache-control', 'no-cache');
    // The verify surface (clinics checking digital cards) is its own small page, not the member app.
    if (servesVerify && (pathname === '/verify' || pathname.startsWith('/verify/')))
      return reply.sendFile('verify.html');
    return reply.sendFile('index.html');
  });
}

async function serveWeb(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    // One route per built file; every other path falls through to the app shell (not-found handler).
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      // Hashed file names under assets/ never change; everything else (shell, service worker,
      // manifest, icons) is revalidated so an update reaches phones promptly.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
