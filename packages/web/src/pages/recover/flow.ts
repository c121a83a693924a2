/** "Lupa Akun" on the wire, and what its steps share. KPJ and NIK stay in memory, never in the address. */
import type {
  AccountRecoveryChannels,
  AccountRecoveryCodeSent,
  AccountRecoveryIdentifiers,
  AccountRecoveryRequestBody,
  AccountRecoveryRequestReceipt,
} from '@jmo/core/contracts/recovery';
import { request } from '../../api.ts';
import type { Say } from '../../i18n.ts';

export type Identity = { kpj: string; nik: string };
export type RecoveryChannel = 'email' | 'sms';
export type ChannelOption = AccountRecoveryChannels['channels'][number];
export type Identifiers = AccountRecoveryIdentifiers;
export type Receipt = AccountRecoveryRequestReceipt;
export type RequestBody = AccountRecoveryRequestBody;

/** A code is on its way to `masked`; a resend is possible from `resendAt`. */
export type Sent = { channel: RecoveryChannel; masked: string; resendAt: string; notice: Say | null };

export const RECOVER_PATH = '/lupa-akun';

export const recoveryApi = {
  lookUp: (body: Identity) => request<AccountRecoveryChannels>('POST', '/auth/account-recovery', { body }),
  sendCode: (body: Identity & { channel: RecoveryChannel }) =>
    request<AccountRecoveryCodeSent>('POST', '/auth/account-recovery/code', { body }),
  verify: (body: Identity & { channel: RecoveryChannel; code: string }) =>
    request<AccountRecoveryIdentifiers>('POST', '/auth/account-recovery/verify', { body }),
  setPassword: (body: Identity & { channel: RecoveryChannel; code: string; newPassword: string }) =>
    request<undefined>('POST', '/auth/account-recovery/password', { body }),
  submitRequest: (body: RequestBody) =>
    request<AccountRecoveryRequestReceipt>('POST', '/auth/account-recovery/requests', { body }),
};

export const KPJ_LENGTH = 11;
export const NIK_LENGTH = 16;

/** A number as typed, without the spaces, dots and dashes people copy from a card. */
export function cleanNumber(value: string, max: number): string {
  return value.replace(/[\s.-]+/g, '').slice(0, max);
}
