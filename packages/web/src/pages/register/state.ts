/**
 * What the registration flow keeps between its steps. Only the pending verification is stored (in
 * sessionStorage, so a reload on the code screen continues; it ends with the tab). It holds the id
 * and the already-masked e-mail and number: no NIK, no password.
 */
import type { RegistrationPending } from '@jmo/core/contracts/registration';
import type { CodeChannel, CodesSent } from '../../api.ts';

export type Segment = 'PU' | 'BPU' | 'PMI';
export const SEGMENTS: readonly Segment[] = ['PU', 'BPU', 'PMI'];

export function isSegment(value: unknown): value is Segment {
  return value === 'PU' || value === 'BPU' || value === 'PMI';
}

/** Each channel's code has its own expiry and resend time (a resend renews one channel only). */
export type ChannelTimes = { expiresAt: string; resendAt: string };

export type Pending = {
  registrationId: string;
  segment: Segment;
  maskedEmail: string;
  maskedPhone: string;
  email: ChannelTimes;
  sms: ChannelTimes;
};

export type Details = {
  nik: string;
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  password: string;
  consent: boolean;
};

export const EMPTY_DETAILS: Details = {
  nik: '',
  fullName: '',
  birthDate: '',
  email: '',
  phone: '',
  password: '',
  consent: false,
};

const STORAGE_KEY = 'jmo.daftar';

function isTimes(value: unknown): value is ChannelTimes {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(t.expiresAt)) &&
    typeof t.resendAt === 'string' &&
    !Number.isNaN(Date.parse(t.resendAt))
  );
}

export function loadPending(): Pending | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return null;
    const p = value as Record<string, unknown>;
    if (
      typeof p.registrationId === 'string' &&
      isSegment(p.segment) &&
      typeof p.maskedEmail === 'string' &&
      typeof p.maskedPhone === 'string' &&
      isTimes(p.email) &&
      isTimes(p.sms)
    ) {
      return p as Pending;
    }
  } catch {
    // Blocked storage or a damaged value: start from step 1.
  }
  return null;
}

export function savePending(pending: Pending | null): void {
  try {
    if (pending) globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(pending));
    else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Not persisted: the flow still works until the page is reloaded.
  }
}

export function pendingFrom(segment: Segment, created: RegistrationPending): Pending {
  const times = { expiresAt: created.codesExpireAt, resendAt: created.resendAvailableAt };
  return {
    registrationId: created.registrationId,
    segment,
    maskedEmail: created.maskedEmail,
    maskedPhone: created.maskedPhone,
    email: times,
    sms: { ...times },
  };
}

export function withResent(pending: Pending, channel: CodeChannel, sent: CodesSent): Pending {
  return { ...pending, [channel]: { expiresAt: sent.codesExpireAt, resendAt: sent.resendAvailableAt } };
}
