/**
 * The staff console on the wire: only staff endpoints, under the staff session cookie (a member's
 * session opens none of them). A 401 from any of them ends the console session: `staff` becomes
 * null and the console shell sends the officer to /console/masuk.
 */

import type {
  DataUpdateCase,
  DataUpdateDecisionBody,
  DataUpdateDecisionResponse,
  DataUpdateQueueResponse,
} from '@jmo/core/contracts/data-update';
import type {
  EvidenceKind,
  IdentityCorrectionCase,
  IdentityCorrectionDecisionBody,
  IdentityCorrectionDecisionResponse,
  IdentityCorrectionQueueResponse,
  IdentityField,
} from '@jmo/core/contracts/identity-correction';
import type {
  MemberRecord as MemberRecordSchema,
  MemberSearchResponse as MemberSearchSchema,
  NewStaffBody,
  PiiReadsResponse as PiiReadsSchema,
  ReadPurpose,
  RecoveryQueueResponse as RecoveryQueueSchema,
  RecoveryRequestRecord as RecoveryRequestSchema,
  StaffChangeBody,
  StaffListResponse as StaffListSchema,
  StaffMe,
} from '@jmo/core/contracts/staff';
import { signal } from '@preact/signals';
// Types only: core exports these answers as schemas, and the app reads what they describe.
import type { z } from 'zod';
import type { ApiResult } from '../../api.ts';
import { API_BASE, isProblem, isUnauthenticated, request } from '../../api.ts';

export type { ReadPurpose, StaffMe };
export type StaffRole = StaffMe['role'];
export type StaffList = z.infer<typeof StaffListSchema>;
export type StaffAccount = StaffList['staff'][number];
export type MemberSearchResponse = z.infer<typeof MemberSearchSchema>;
export type MemberMatch = MemberSearchResponse['members'][number];
export type MemberRecord = z.infer<typeof MemberRecordSchema>;
export type PiiReadsResponse = z.infer<typeof PiiReadsSchema>;
export type RecoveryQueueResponse = z.infer<typeof RecoveryQueueSchema>;
export type QueuedRequest = RecoveryQueueResponse['requests'][number];
export type RecoveryRequestRecord = z.infer<typeof RecoveryRequestSchema>;
export type { DataUpdateCase, DataUpdateDecisionBody, DataUpdateDecisionResponse, DataUpdateQueueResponse };
export type QueuedDataUpdate = DataUpdateQueueResponse['items'][number];
export type FaceAttempt = DataUpdateCase['faceAttempts'][number];
export type CasePhotoKind = 'selfie' | 'reference';
export type {
  EvidenceKind,
  IdentityCorrectionCase,
  IdentityCorrectionDecisionBody,
  IdentityCorrectionQueueResponse,
  IdentityField,
};
export type QueuedIdentityCorrection = IdentityCorrectionQueueResponse['items'][number];
export type RecoveryDecision = { decision: 'approve' } | { decision: 'reject'; reason: string };

/** The signed-in staff account: undefined until asked, null when signed out. Never stored on the device. */
export const staff = signal<StaffMe | null | undefined>(undefined);

export const READ_PURPOSES: readonly ReadPurpose[] = [
  'member_request',
  'account_recovery',
  'data_update_review',
  'claim_review',
  'complaint',
];

export const CONSOLE_HOME = '/console';
export const CONSOLE_LOGIN = '/console/masuk';
/** Employer users work in their own portal (pages/employer), on the same staff session. */
export const EMPLOYER_HOME = '/employer';
export const EMPLOYER_LOGIN = '/employer/masuk';

/** Where a staff role works: employer users in the employer portal, everyone else in the console. */
export function staffHome(role: StaffRole): string {
  return role === 'employer' ? EMPLOYER_HOME : CONSOLE_HOME;
}

/** Whether `next` is a page of the surface at `home`, other than its sign-in, and of no other site. */
function isPageOf(home: string, login: string, next: string): boolean {
  const inside = new RegExp(`^${home}(\\/|\\?|$)`).test(next) && !next.includes('\\');
  return inside && !next.startsWith(login);
}

/**
 * Where a staff account goes after signing in: the page it came from when that page is on its own
 * surface (an officer is never sent into the employer portal, nor an employer user into the
 * console), else its surface's home.
 */
export function staffNext(role: StaffRole, next: string | undefined): string {
  const home = staffHome(role);
  const login = role === 'employer' ? EMPLOYER_LOGIN : CONSOLE_LOGIN;
  return next && isPageOf(home, login, next) ? next : home;
}

export function consoleLoginPath(current: string): string {
  return current === CONSOLE_HOME ? CONSOLE_LOGIN : `${CONSOLE_LOGIN}?lanjut=${encodeURIComponent(current)}`;
}

export function memberRecordPath(personId: string, purpose: ReadPurpose): string {
  return `/console/peserta/${encodeURIComponent(personId)}?tujuan=${purpose}`;
}

export function recoveryRequestPath(id: string): string {
  return `/console/pemulihan/${encodeURIComponent(id)}`;
}

/** The data-update case; without `?tujuan=` nothing is read yet (the officer opens it first). */
export function dataUpdateCasePath(id: string, open = false): string {
  return `/console/pengkinian/${encodeURIComponent(id)}${open ? '?tujuan=data_update_review' : ''}`;
}

/** The identity-correction case; like the data update, nothing is read before `?tujuan=`. */
export function identityCorrectionPath(id: string, open = false): string {
  return `/console/koreksi-identitas/${encodeURIComponent(id)}${open ? '?tujuan=data_update_review' : ''}`;
}

type Method = 'GET' | 'POST' | 'DELETE';

/**
 * A request under the staff session; an answer saying the session is gone signs the console (and
 * the employer portal, which shares the session) out.
 */
export async function staffRequest<T>(
  method: Method,
  path: string,
  options: { body?: unknown; signal?: AbortSignal } = {},
): Promise<ApiResult<T>> {
  const result = await request<T>(method, path, options);
  if (!result.ok && isUnauthenticated(result.error)) staff.value = null;
  return result;
}

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

export const consoleApi = {
  /** Not through staffRequest: a wrong password answers 401 too, and that is no ended session. */
  login: (body: { email: string; password: string }) => request<StaffMe>('POST', '/staff/login', { body }),
  logout: () => staffRequest<undefined>('POST', '/staff/logout'),
  /**
   * Every staff role may ask who it is, so a 403 here means the browser holds a member's session and
   * no staff one: that is signed out of the console too.
   */
  me: async (signal?: AbortSignal) => {
    const result = await staffRequest<StaffMe>('GET', '/staff/me', withSignal(signal));
    if (!result.ok && isProblem(result.error, 'forbidden')) staff.value = null;
    return result;
  },

  searchMembers: (by: 'nik' | 'kpj', value: string) =>
    staffRequest<MemberSearchResponse>('GET', `/console/members?${new URLSearchParams({ [by]: value })}`),
  /** The audited read: the member sees who read their data, when and why. */
  member: (personId: string, purpose: ReadPurpose, signal?: AbortSignal) =>
    staffRequest<MemberRecord>(
      'GET',
      `/console/members/${encodeURIComponent(personId)}?purpose=${purpose}`,
      withSignal(signal),
    ),
  piiReads: (signal?: AbortSignal) =>
    staffRequest<PiiReadsResponse>('GET', '/console/pii-reads', withSignal(signal)),

  recoveryQueue: (signal?: AbortSignal) =>
    staffRequest<RecoveryQueueResponse>('GET', '/console/recovery-requests', withSignal(signal)),
  /** The request in full, recorded as a read. */
  recoveryRequest: (id: string, signal?: AbortSignal) =>
    staffRequest<RecoveryRequestRecord>(
      'GET',
      `/console/recovery-requests/${encodeURIComponent(id)}`,
      withSignal(signal),
    ),
  decide: (id: string, body: RecoveryDecision) =>
    staffRequest<{ status: 'resolved' | 'rejected' }>(
      'POST',
      `/console/recovery-requests/${encodeURIComponent(id)}/decision`,
      { body },
    ),

  dataUpdateQueue: (signal?: AbortSignal) =>
    staffRequest<DataUpdateQueueResponse>('GET', '/console/data-updates', withSignal(signal)),
  /** The case in clear: the server records the read (purpose `data_update_review`) and the first opener holds it. */
  dataUpdateCase: (id: string, signal?: AbortSignal) =>
    staffRequest<DataUpdateCase>(
      'GET',
      `/console/data-updates/${encodeURIComponent(id)}`,
      withSignal(signal),
    ),
  decideDataUpdate: (id: string, body: DataUpdateDecisionBody) =>
    staffRequest<DataUpdateDecisionResponse>(
      'POST',
      `/console/data-updates/${encodeURIComponent(id)}/decision`,
      { body },
    ),
  /**
   * A selfie (the latest, or one attempt's) or the registry's reference photo, as a blob under the
   * staff session; the server records each view. Null when there is none; throws on a network error.
   */
  dataUpdatePhoto: async (
    id: string,
    which: CasePhotoKind,
    attempt: string | undefined,
    signal?: AbortSignal,
  ): Promise<Blob | null> => {
    const query = attempt ? `?${new URLSearchParams({ attempt })}` : '';
    const response = await fetch(
      `${API_BASE}/console/data-updates/${encodeURIComponent(id)}/photos/${which}${query}`,
      { credentials: 'same-origin', cache: 'no-store', ...withSignal(signal) },
    );
    if (response.status === 401) staff.value = null;
    if (!response.ok) return null;
    return response.blob();
  },

  identityQueue: (signal?: AbortSignal) =>
    staffRequest<IdentityCorrectionQueueResponse>('GET', '/console/identity-corrections', withSignal(signal)),
  /** The request in clear: the server records the read (purpose `data_update_review`) and the first opener holds it. */
  identityCase: (id: string, signal?: AbortSignal) =>
    staffRequest<IdentityCorrectionCase>(
      'GET',
      `/console/identity-corrections/${encodeURIComponent(id)}`,
      withSignal(signal),
    ),
  decideIdentity: (id: string, body: IdentityCorrectionDecisionBody) =>
    staffRequest<IdentityCorrectionDecisionResponse>(
      'POST',
      `/console/identity-corrections/${encodeURIComponent(id)}/decision`,
      { body },
    ),
  /**
   * One KTP/KK photo as a blob under the staff session; the server records each view. Null when it
   * is not there; throws on a network error.
   */
  identityEvidence: async (id: string, evidenceId: string, signal?: AbortSignal): Promise<Blob | null> => {
    const response = await fetch(
      `${API_BASE}/console/identity-corrections/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`,
      { credentials: 'same-origin', cache: 'no-store', ...withSignal(signal) },
    );
    if (response.status === 401) staff.value = null;
    if (!response.ok) return null;
    return response.blob();
  },

  staffList: (signal?: AbortSignal) => staffRequest<StaffList>('GET', '/admin/staff', withSignal(signal)),
  createStaff: (body: NewStaffBody) => staffRequest<StaffMe>('POST', '/admin/staff', { body }),
  /**
   * The shared request() is typed for GET, POST and DELETE only (and api.ts is not the console's to
   * change); it hands the method to fetch as given, so PATCH goes through it unchanged.
   */
  changeStaff: (id: string, body: StaffChangeBody) =>
    staffRequest<StaffMe>('PATCH' as Method, `/admin/staff/${encodeURIComponent(id)}`, { body }),
};
