/**
 * Masking for screens, logs and notifications: enough to recognise one's own number, too little to
 * use someone else's (`maskPhone` lives in `phone.ts`). Masks keep the length of the value (except
 * e-mail), so a person can still tell a 15-digit account from a 10-digit one. Separators are
 * removed first.
 */
import { parseEmail } from './email.ts';
import { stripSeparators } from './normalize.ts';

/** Replace every character but the last `visible` with `*`; values too short are masked entirely. */
export function maskAllButLast(value: string, visible: number): string {
  if (value.length <= visible) return '*'.repeat(value.length);
  return '*'.repeat(value.length - visible) + value.slice(value.length - visible);
}

/** `3174011708450001` → `************0001`. */
export const maskNik = (nik: string): string => maskAllButLast(stripSeparators(nik), 4);

/** `23012345678` → `*******5678`. */
export const maskKpj = (kpj: string): string => maskAllButLast(stripSeparators(kpj), 4);

/** `01.312.166.0-091.000` → `***********1000` (digits only). */
export const maskNpwp = (npwp: string): string => maskAllButLast(stripSeparators(npwp), 4);

/** `1234567890` → `******7890`. */
export const maskBankAccount = (accountNumber: string): string =>
  maskAllButLast(stripSeparators(accountNumber), 4);

/**
 * `siti.rahayu@demo.jmo.id` → `s***u@demo.jmo.id`: first and last character of the local part (only
 * the first when it is shorter than 3), always three stars so the length does not leak. Text that is
 * not an e-mail address is masked entirely.
 */
export function maskEmail(email: string): string {
  const parsed = parseEmail(email);
  if (!parsed.ok) return '*'.repeat(email.trim().length);
  const { localPart, domain } = parsed.value;
  const visible = localPart.length >= 3 ? `${localPart[0]}***${localPart.slice(-1)}` : `${localPart[0]}***`;
  return `${visible}@${domain}`;
}
