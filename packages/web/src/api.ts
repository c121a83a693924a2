/**
 * The one way the app talks to the API: same origin, cookie session, JSON, the chosen language.
 * Failures are values: a problem (the server answered with a stable code) or the network.
 * Core is imported by module path, types only except the error catalogue: the zod schemas stay out
 * of the bundle (the server validates; the app trusts its own API).
 */
import type { LoginBody, Me } from '@jmo/core/contracts/auth';
import type { CardsResponse, StatementResponse } from '@jmo/core/contracts/cards';
import type { ErrorCode } from '@jmo/core/contracts/errors';
import { errorMessages } from '@jmo/core/contracts/errors';
import type { RegistrationBody, RegistrationPending } from '@jmo/core/contracts/registration';
import { dictionaries, lang } from './i18n.ts';

/** One entry of a problem's `errors`: which input (`nik`, `body.fullName`…) and what is wrong with it. */
export type FieldProblem = { path: string; message: string };

export type ApiError =
  | {
      kind: 'problem';
      status: number;
      code: string;
      detail?: string;
      errors?: FieldProblem[];
      /** ISO instant after which the refused action may be tried again (rate limits, resend cool-down). */
      retryAt?: string;
    }
  | { kind: 'network' };

export type ProblemError = Extract<ApiError, { kind: 'problem' }>;

/** A fresh code was sent on one channel. */
export type CodesSent = { codesExpireAt: string; resendAvailableAt: string };
export type CodeChannel = 'email' | 'sms';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const API_BASE = '/api/v1';

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 404) return 'not_found';
  if (status === 429) return 'too_many_requests';
  if (status === 400 || status === 422) return 'invalid_request';
  if (status === 502 || status === 503 || status === 504) return 'service_unavailable';
  return 'internal_error';
}

function fieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter(
    (e): e is FieldProblem =>
      !!e && typeof e === 'object' && typeof e.path === 'string' && typeof e.message === 'string',
  );
  return list.length > 0 ? list : undefined;
}

async function readProblem(response: Response): Promise<ApiError> {
  const error: ProblemError = {
    kind: 'problem',
    status: response.status,
    code: codeForStatus(response.status),
  };
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const problem = body as { code?: unknown; detail?: unknown; errors?: unknown; retryAt?: unknown };
      if (typeof problem.code === 'string' && problem.code) error.code = problem.code;
      if (typeof problem.detail === 'string') error.detail = problem.detail;
      const errors = fieldProblems(problem.errors);
      if (errors) error.errors = errors;
      if (typeof problem.retryAt === 'string' && !Number.isNaN(Date.parse(problem.retryAt))) {
        error.retryAt = problem.retryAt;
      }
    }
  } catch {
    // Not JSON (a proxy's error page): keep the code derived from the status.
  }
  return error;
}

export async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; signal?: AbortSignal } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang.value };
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, init);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, error: await readProblem(response) };
  if (response.status === 204) return { ok: true, data: undefined as T };
  try {
    return { ok: true, data: (await response.json()) as T };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: { kind: 'problem', status: response.status, code: 'internal_error' } };
  }
}

export const api = {
  login: (body: LoginBody, signal?: AbortSignal) =>
    request<Me>('POST', '/auth/login', signal ? { body, signal } : { body }),
  logout: () => request<undefined>('POST', '/auth/logout'),
  me: (signal?: AbortSignal) => request<Me>('GET', '/me', signal ? { signal } : {}),
  cards: (signal?: AbortSignal) => request<CardsResponse>('GET', '/me/cards', signal ? { signal } : {}),
  statement: (kpj: string, year: number | undefined, signal?: AbortSignal) =>
    request<StatementResponse>(
      'GET',
      `/me/cards/${encodeURIComponent(kpj)}/statement${year === undefined ? '' : `?year=${year}`}`,
      signal ? { signal } : {},
    ),
  register: (body: RegistrationBody) => request<RegistrationPending>('POST', '/registrations', { body }),
  resendCode: (registrationId: string, channel: CodeChannel) =>
    request<CodesSent>('POST', `/registrations/${encodeURIComponent(registrationId)}/codes`, {
      body: { channel },
    }),
  verifyRegistration: (registrationId: string, body: { emailCode: string; smsCode: string }) =>
    request<Me>('POST', `/registrations/${encodeURIComponent(registrationId)}/verify`, { body }),
};

export function isUnauthenticated(error: ApiError): boolean {
  return error.kind === 'problem' && (error.status === 401 || error.code === 'unauthenticated');
}

/** The words for a failure, in the chosen language: core's catalogue for problem codes. */
export function errorText(error: ApiError): string {
  const locale = lang.value;
  if (error.kind === 'network') return dictionaries[locale].networkError;
  const code = Object.hasOwn(errorMessages, error.code) ? (error.code as ErrorCode) : 'internal_error';
  return errorMessages[code][locale];
}
