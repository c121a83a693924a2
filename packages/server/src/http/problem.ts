/**
 * One wire shape for every error: RFC 9457 problem+json with our stable `code` as an extension
 * member, and `title`/`detail` in the caller's language (Accept-Language; Indonesian by default).
 */
import { type ErrorCode, errorMessage, type Locale } from '@jmo/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../lib/outcome.ts';

export const errorStatus: Record<ErrorCode, number> = {
  invalid_request: 400,
  malformed_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  step_up_required: 403,
  contact_change_not_found: 404,
  recovery_request_unmatched: 422,
  login_slowed_down: 429,
  account_blocked: 423,
  too_many_requests: 429,
  card_not_found: 404,
  kpj_not_found: 404,
  kpj_linked_elsewhere: 409,
  kpj_other_nik: 422,
  card_name_mismatch: 422,
  card_already_in_account: 409,
  card_credential_not_found: 404,
  card_credential_already_revoked: 409,
  registry_nik_not_found: 422,
  registry_name_mismatch: 422,
  registry_birth_date_mismatch: 422,
  nik_already_registered: 409,
  email_already_used: 409,
  phone_already_used: 409,
  registration_not_found: 404,
  reset_link_invalid: 410,
  session_not_found: 404,
  passkey_expired: 410,
  passkey_not_recognised: 401,
  passkey_invalid: 422,
  passkey_already_added: 409,
  passkey_not_found: 404,
  contribution_wage_negative: 422,
  contribution_period_not_covered: 422,
  jht_balance_negative: 422,
  contribution_period_too_far_ahead: 422,
  jkk_risk_group_unknown: 422,
  bpu_income_not_a_bracket: 422,
  bpu_mandatory_programs_missing: 422,
  bpu_program_not_available: 422,
  code_invalid: 422,
  code_expired: 410,
  code_attempts_exhausted: 429,
  code_resend_too_soon: 429,
  code_send_limit_reached: 429,
  recovery_data_mismatch: 422,
  recovery_attempts_limited: 429,
  recovery_channel_unavailable: 422,
  worker_already_registered: 409,
  worker_not_found: 404,
  worker_already_left: 409,
  bpu_already_member: 409,
  bpu_paid_ahead_limit: 422,
  merge_same_card: 422,
  card_still_active: 409,
  nothing_to_merge: 422,
  idempotency_key_reused: 409,
  period_in_future: 422,
  period_not_covered: 422,
  wage_period_invoiced: 409,
  invoice_already_issued: 409,
  no_workers_to_invoice: 422,
  wages_missing: 422,
  invoice_not_found: 404,
  payment_signature_invalid: 401,
  virtual_account_already_paid: 409,
  service_unavailable: 503,
  step_out_of_order: 409,
  data_update_step_invalid: 422,
  data_update_in_review: 409,
  face_check_already_passed: 409,
  face_check_with_officer: 409,
  selfie_too_large: 413,
  selfie_not_an_image: 415,
  face_not_found: 422,
  face_several_faces: 422,
  face_too_small: 422,
  face_image_unreadable: 422,
  face_liveness_low: 422,
  face_not_matching: 422,
  face_check_unavailable: 503,
  bank_unavailable: 503,
  bank_account_not_found: 422,
  bank_account_closed: 422,
  bank_holder_mismatch: 422,
  contact_code_not_pending: 404,
  identity_evidence_too_large: 413,
  identity_evidence_not_an_image: 415,
  identity_evidence_not_found: 404,
  identity_correction_no_evidence: 422,
  identity_correction_same_value: 422,
  identity_correction_already_open: 409,
  identity_correction_not_found: 404,
  review_already_decided: 409,
  beneficiaries_invalid: 422,
  claim_not_found: 404,
  claim_not_eligible: 422,
  claim_already_open: 409,
  claim_not_editable: 409,
  claim_selfie_required: 422,
  claim_bank_missing: 422,
  claim_decision_invalid: 422,
  claim_not_in_queue: 409,
  internal_error: 500,
  leave_report_not_needed: 409,
  claim_reminder_not_needed: 409,
  transfer_signature_invalid: 401,
  payouts_unavailable: 503,
};

/** Thrown by route handlers to end a request with a problem; caught by the one error handler. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extra: {
      detail?: string;
      errors?: { path: string; message: string; code?: string }[];
      /** When the caller may try again; sent as `retryAt` and as a Retry-After header. */
      retry?: { at: Date; afterSeconds: number };
    } = {},
  ) {
    super(code);
  }

  /** A service's failure as a problem; a retry time is counted from the service's own clock. */
  static from(failure: Failure<ErrorCode>, now: Date): ApiError {
    return new ApiError(failure.error, {
      ...(failure.detail ? { detail: failure.detail } : {}),
      ...(failure.errors ? { errors: failure.errors } : {}),
      ...(failure.retryAt
        ? {
            retry: {
              at: failure.retryAt,
              afterSeconds: Math.ceil((failure.retryAt.getTime() - now.getTime()) / 1000),
            },
          }
        : {}),
    });
  }
}

/** 'id' unless the caller prefers English before Indonesian. */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.lang === 'id' || x.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'id';
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: ApiError['extra'] = {},
): FastifyReply {
  const status = errorStatus[code];
  const locale = localeOf(request);
  if (extra.retry) reply.header('retry-after', String(Math.max(1, extra.retry.afterSeconds)));
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .header('content-language', locale)
    .send({
      type: `/api/problems/${code}`,
      title: errorMessage(code, locale),
      status,
      code,
      ...(extra.detail ? { detail: extra.detail } : {}),
      instance: request.url.split('?')[0],
      ...(extra.errors ? { errors: extra.errors } : {}),
      ...(extra.retry ? { retryAt: extra.retry.at.toISOString() } : {}),
    });
}
