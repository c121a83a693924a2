/**
 * Klaim JHT's eligibility and the withdrawal lock on the wire, on the app's shared `request()`.
 * Types only from core: the server validates, the app reads what the contracts describe.
 */
import type {
  ClaimReminderResponse,
  JhtEligibilityResponse,
  LeaveReportRequestResponse,
  WithdrawalLockResponse,
} from '@jmo/core/contracts/jht-claim';
import { request } from '../../api.ts';

export type {
  ClaimReminderResponse,
  JhtEligibilityResponse,
  LeaveReportRequestResponse,
  WithdrawalLockResponse,
};

const card = (kpj: string) => `/me/cards/${encodeURIComponent(kpj)}`;

export const jhtClaimApi = {
  eligibility: (kpj: string, signal?: AbortSignal) =>
    request<JhtEligibilityResponse>('GET', `${card(kpj)}/jht-eligibility`, signal ? { signal } : {}),
  /** "Minta pemberi kerja melaporkan": the open request is returned again while it is open. */
  askEmployer: (kpj: string) =>
    request<LeaveReportRequestResponse>('POST', `${card(kpj)}/leave-report-requests`, { body: {} }),
  /** "Ingatkan saya": a notice on the day the waiting period ends. */
  remindMe: (kpj: string) =>
    request<ClaimReminderResponse>('POST', `${card(kpj)}/jht-claim-reminder`, { body: {} }),
  withdrawalLock: (signal?: AbortSignal) =>
    request<WithdrawalLockResponse>('GET', '/me/withdrawal-lock', signal ? { signal } : {}),
  setWithdrawalLock: (on: boolean) =>
    request<WithdrawalLockResponse>('PUT', '/me/withdrawal-lock', { body: { on } }),
};

export const claimPath = (kpj: string) => `/klaim-jht/${encodeURIComponent(kpj)}`;
export const submitClaimPath = (kpj: string) => `/klaim-jht/${encodeURIComponent(kpj)}/ajukan`;
export const dataUpdatePath = (kpj: string) => `/kartu/${encodeURIComponent(kpj)}/pengkinian`;
export const LAPAK_ASIK = '/lapak-asik';
export const SECURITY = '/keamanan';
