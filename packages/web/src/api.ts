/**
 * The one way the app talks to the API: same origin, cookie session, JSON, the chosen language.
 * Failures are values: a problem (the server answered with a stable code) or the network.
 * Core is imported by module path, types only except the error catalogue: the zod schemas stay out
 * of the bundle (the server validates; the app trusts its own API).
 */
import type {
  ContactChangeStarted,
  ContactResponse,
  LoginBody,
  Me,
  StepUpStatus,
} from '@jmo/core/contracts/auth';
import type { BpuMembership, BpuPlanBody, BpuResponse } from '@jmo/core/contracts/bpu';
import type { CardCredentialResponse } from '@jmo/core/contracts/card-credentials';
import type {
  Card,
  CardsResponse,
  FoundCardsResponse,
  MergeCardsBody,
  MergeCardsResponse,
  StatementResponse,
} from '@jmo/core/contracts/cards';
import type { Invoice, NotificationsResponse } from '@jmo/core/contracts/employer';
import type { ErrorCode } from '@jmo/core/contracts/errors';
import { errorMessages } from '@jmo/core/contracts/errors';
import type { Passkey, PasskeysResponse } from '@jmo/core/contracts/passkeys';
import type { RegistrationBody, RegistrationPending } from '@jmo/core/contracts/registration';
import type { DataAccessResponse } from '@jmo/core/contracts/staff';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
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

/**
 * Unblock codes were sent, if the account exists (the answer is the same either way). The times are
 * optional: without them the app assumes the usual 60 s resend cool-down.
 */
export type UnblockSent = { sentTo?: 'email_and_sms'; codesExpireAt?: string; resendAvailableAt?: string };
export type UnblockVerifyBody = { identifier: string; emailCode: string; smsCode: string };

/** As core's `SecurityEventKind` (contracts/auth.ts), plus kinds the screens already have words for. */
export type SecurityEventKind =
  | 'registration_started'
  | 'login_succeeded'
  | 'login_failed'
  | 'login_slowed_down'
  | 'account_blocked'
  | 'account_unblocked'
  | 'registered'
  | 'new_device'
  | 'password_reset'
  | 'password_rehashed'
  | 'legacy_account_imported'
  | 'card_linked'
  | 'passkey_added'
  | 'passkey_removed'
  | 'stepped_up'
  | 'password_changed'
  | 'contact_changed'
  | 'card_credential_reissued'
  | 'card_credential_revoked'
  | 'withdrawal_lock_on'
  | 'withdrawal_lock_off_requested';

/** One entry of the sign-in history; `ip` is already masked by the server ('10.1.x.x'). */
export type SecurityEvent = {
  /** One of SecurityEventKind; a kind added later is shown with a general label. */
  kind: SecurityEventKind | (string & {});
  at: string;
  ip: string | null;
  device: string | null;
};
export type SecurityEventsResponse = { events: SecurityEvent[] };

/** One signed-in device (a session of this account); `ip` is already masked by the server. */
export type DeviceSession = {
  id: string;
  /** The session the request came with: this phone. */
  current: boolean;
  device: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
};
export type SessionsResponse = { sessions: DeviceSession[] };

/** How a password reset reaches the member: a link by e-mail or a code by SMS. */
export type ResetChannel = 'email' | 'sms';
export type PasswordResetBody = { identifier: string; channel: ResetChannel };
/** The same answer whether the account exists or not; the channel is echoed. */
export type PasswordResetSent = { channel?: ResetChannel };
/** With the SMS code (and the account it was sent for), or with the token from the e-mail link. */
export type PasswordResetConfirmBody =
  | { identifier: string; code: string; newPassword: string }
  | { token: string; newPassword: string };

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

/** Below this, a difference between the phone's clock and the server's is the Date header's rounding. */
const CLOCK_SKEW_TOLERANCE_MS = 5_000;

/**
 * The server's instant moved onto the phone's clock, which can be minutes off on a phone set by hand:
 * "try again in 30 seconds" then means 30 seconds, and "until 10.15" is 10.15 on the phone. The
 * answer's `Date` header says what time the server had.
 */
function onPhoneClock(iso: string, response: Response): string {
  const serverNow = Date.parse(response.headers.get('Date') ?? '');
  if (Number.isNaN(serverNow)) return iso;
  const skew = Date.now() - serverNow;
  if (Math.abs(skew) < CLOCK_SKEW_TOLERANCE_MS) return iso;
  return new Date(Date.parse(iso) + skew).toISOString();
}

export async function readProblem(response: Response): Promise<ApiError> {
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
        error.retryAt = onPhoneClock(problem.retryAt, response);
      }
    }
  } catch {
    // Not JSON (a proxy's error page): keep the code derived from the status.
  }
  return error;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
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
    const text = await response.text();
    // 202 Accepted may come without a body: nothing to read then.
    if (response.status === 202 && !text) return { ok: true, data: undefined as T };
    return { ok: true, data: JSON.parse(text) as T };
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
  /** Cards registered under the member's NIK that the account does not hold yet. */
  foundCards: (signal?: AbortSignal) =>
    request<FoundCardsResponse>('GET', '/me/cards/found', signal ? { signal } : {}),
  /** "Tambah Kartu Peserta": typed by number, or picked from the cards found under the NIK. */
  addCard: (kpj: string, via: 'number' | 'discovery') =>
    request<Card>('POST', `/me/cards?via=${via}`, { body: { kpj } }),
  statement: (kpj: string, year: number | undefined, signal?: AbortSignal) =>
    request<StatementResponse>(
      'GET',
      `/me/cards/${encodeURIComponent(kpj)}/statement${year === undefined ? '' : `?year=${year}`}`,
      signal ? { signal } : {},
    ),
  /** "Kartu Digital": the card's current signed credential with its QR code (issued if none is in force). */
  cardCredential: (kpj: string, signal?: AbortSignal) =>
    request<CardCredentialResponse>(
      'GET',
      `/me/cards/${encodeURIComponent(kpj)}/credential`,
      signal ? { signal } : {},
    ),
  /** Revokes the current digital card and issues a new one. */
  reissueCardCredential: (kpj: string) =>
    request<CardCredentialResponse>('POST', `/me/cards/${encodeURIComponent(kpj)}/credential/reissue`, {
      body: {},
    }),
  /** Penggabungan saldo: a non-active card's JHT and JP move to another card; the key makes it happen once. */
  mergeCards: (body: MergeCardsBody) => request<MergeCardsResponse>('POST', '/me/cards/merge', { body }),
  notifications: (signal?: AbortSignal) =>
    request<NotificationsResponse>('GET', '/me/notifications', signal ? { signal } : {}),
  markNotificationsRead: () => request<undefined>('POST', '/me/notifications/read'),
  /** The member's BPU cards (cover, next month, invoices) and the income brackets one may choose. */
  bpu: (signal?: AbortSignal) => request<BpuResponse>('GET', '/me/bpu', signal ? { signal } : {}),
  joinBpu: (body: BpuPlanBody) => request<BpuMembership>('POST', '/me/bpu', { body }),
  changeBpuPlan: (kpj: string, body: BpuPlanBody) =>
    request<BpuMembership>('PUT', `/me/bpu/${encodeURIComponent(kpj)}/plan`, { body }),
  /** The invoice (virtual account) of the next month to pay; asking again returns the same one. */
  issueBpuInvoice: (kpj: string) =>
    request<Invoice>('POST', `/me/bpu/${encodeURIComponent(kpj)}/invoices`, { body: {} }),
  register: (body: RegistrationBody) => request<RegistrationPending>('POST', '/registrations', { body }),
  resendCode: (registrationId: string, channel: CodeChannel) =>
    request<CodesSent>('POST', `/registrations/${encodeURIComponent(registrationId)}/codes`, {
      body: { channel },
    }),
  verifyRegistration: (registrationId: string, body: { emailCode: string; smsCode: string }) =>
    request<Me>('POST', `/registrations/${encodeURIComponent(registrationId)}/verify`, { body }),
  /** Sends (or sends again) the unblock codes to the account's e-mail and phone. */
  unblock: (identifier: string) =>
    request<UnblockSent | undefined>('POST', '/auth/unblock', { body: { identifier } }),
  verifyUnblock: (body: UnblockVerifyBody) => request<undefined>('POST', '/auth/unblock/verify', { body }),
  securityEvents: (signal?: AbortSignal) =>
    request<SecurityEventsResponse>('GET', '/me/security-events', signal ? { signal } : {}),
  sessions: (signal?: AbortSignal) =>
    request<SessionsResponse>('GET', '/me/sessions', signal ? { signal } : {}),
  /** Signs one other device out. */
  endSession: (id: string) => request<undefined>('DELETE', `/me/sessions/${encodeURIComponent(id)}`),
  /** Signs out every device but this one. */
  endOtherSessions: () => request<undefined>('POST', '/me/sessions/sign-out-others'),
  /** Sends a reset link by e-mail or a code by SMS, if the account exists (the answer is the same). */
  requestPasswordReset: (body: PasswordResetBody) =>
    request<PasswordResetSent | undefined>('POST', '/auth/password-reset', { body }),
  confirmPasswordReset: (body: PasswordResetConfirmBody) =>
    request<undefined>('POST', '/auth/password-reset/confirm', { body }),
  stepUpStatus: (signal?: AbortSignal) =>
    request<StepUpStatus>('GET', '/me/step-up', signal ? { signal } : {}),
  /** Sends a confirmation code for a sensitive action to the account's phone or e-mail. */
  stepUpCode: (channel: CodeChannel) => request<CodesSent>('POST', '/me/step-up/code', { body: { channel } }),
  stepUpPasskeyOptions: () =>
    request<PublicKeyCredentialRequestOptionsJSON>('POST', '/me/step-up/passkey-options', { body: {} }),
  /** Confirms with the code or a passkey; the server renews the session cookie. */
  stepUp: (body: { channel: CodeChannel; code: string } | { passkey: AuthenticationResponseJSON }) =>
    request<StepUpStatus>('POST', '/me/step-up', { body }),
  contact: (signal?: AbortSignal) => request<ContactResponse>('GET', '/me/contact', signal ? { signal } : {}),
  /** After a step-up: a code goes to the new e-mail or number. */
  startContactChange: (channel: CodeChannel, value: string) =>
    request<ContactChangeStarted>('POST', '/me/contact', { body: { channel, value } }),
  confirmContactChange: (changeId: string, code: string) =>
    request<ContactResponse>('POST', '/me/contact/verify', { body: { changeId, code } }),
  changePassword: (newPassword: string) =>
    request<undefined>('POST', '/me/password', { body: { newPassword } }),
  /** Who read the member's personal data, when and why. */
  dataAccess: (signal?: AbortSignal) =>
    request<DataAccessResponse>('GET', '/me/data-access', signal ? { signal } : {}),
  passkeys: (signal?: AbortSignal) =>
    request<PasskeysResponse>('GET', '/me/passkeys', signal ? { signal } : {}),
  /** Starts adding a passkey: what the browser needs to create one. */
  passkeyRegistrationOptions: () =>
    request<PublicKeyCredentialCreationOptionsJSON>('POST', '/me/passkeys/options', { body: {} }),
  addPasskey: (body: RegistrationResponseJSON) => request<Passkey>('POST', '/me/passkeys', { body }),
  removePasskey: (id: string) => request<undefined>('DELETE', `/me/passkeys/${encodeURIComponent(id)}`),
  /** Starts signing in with a passkey: nobody is named, the phone offers the passkeys it holds. */
  passkeySignInOptions: () =>
    request<PublicKeyCredentialRequestOptionsJSON>('POST', '/auth/passkey/options', { body: {} }),
  signInWithPasskey: (body: AuthenticationResponseJSON) => request<Me>('POST', '/auth/passkey', { body }),
};

export function isUnauthenticated(error: ApiError): boolean {
  return error.kind === 'problem' && (error.status === 401 || error.code === 'unauthenticated');
}

/**
 * The words for a failure, in the chosen language: core's catalogue for problem codes; for a code
 * the catalogue does not have yet, the app's own words (`problems` in i18n.ts); else the general one.
 */
export function errorText(error: ApiError): string {
  const locale = lang.value;
  const t = dictionaries[locale];
  if (error.kind === 'network') return t.networkError;
  if (Object.hasOwn(errorMessages, error.code)) return errorMessages[error.code as ErrorCode][locale];
  if (Object.hasOwn(t.problems, error.code)) return t.problems[error.code] as string;
  return errorMessages.internal_error[locale];
}

/** Whether a failure is this problem code. */
export function isProblem(error: ApiError | null | undefined, ...codes: string[]): boolean {
  return !!error && error.kind === 'problem' && codes.includes(error.code);
}

/**
 * The input a problem's `errors` entry points at: 'nik' → 'nik', 'body.fullName' → 'fullName',
 * '/body/emailCode' → 'emailCode'. Returns whether the path came from schema validation (`body.`),
 * whose messages are the validator's English: the app then shows its own words for that field.
 */
export function fieldOfPath(path: string): { field: string; fromSchema: boolean } {
  const parts = path.split(/[./]/).filter(Boolean);
  const fromSchema = parts[0] === 'body';
  return { field: (fromSchema ? parts[1] : parts[0]) ?? '', fromSchema };
}

/** The problem entries that name one of `fields`, first one per field. */
export function fieldProblemsFor<F extends string>(
  errors: FieldProblem[] | undefined,
  fields: readonly F[],
): { field: F; message: string; fromSchema: boolean }[] {
  const found = new Map<F, { field: F; message: string; fromSchema: boolean }>();
  for (const e of errors ?? []) {
    const { field, fromSchema } = fieldOfPath(e.path);
    const known = fields.find((f) => f === field);
    if (known && !found.has(known)) found.set(known, { field: known, message: e.message, fromSchema });
  }
  return [...found.values()];
}
