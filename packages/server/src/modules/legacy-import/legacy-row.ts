/**
 * One BPJSTKU account as exported, checked field by field with the same validators registration
 * uses. Reasons name the field and say what is wrong, never the value: they end up in the
 * operator's report.
 */
import { idReasonMessage, isCalendarDate, parseEmail, parseKpj, parseNik, parsePhone } from '@jmo/core';
import { z } from 'zod';
import { isBcryptHash } from '../../security/password.ts';
import type { LegacyColumn } from './legacy-csv.ts';

export interface LegacyAccount {
  nik: string;
  fullName: string;
  birthDate: string;
  /** Lower-cased as registration stores it; null when the export has none. */
  email: string | null;
  /** E.164; null when the export has none. */
  phone: string | null;
  bcryptHash: string;
  /** Distinct KPJ card numbers, 11 digits each. */
  kpj: string[];
}

const text = (max: number) => z.string({ error: 'missing' }).trim().max(max, `longer than ${max} characters`);

function legacyRowSchema(asOfYear: number) {
  return z
    .object({
      nik: text(40).transform((value, ctx) => {
        const nik = parseNik(value, { asOfYear, requireKnownDistrict: false });
        if (nik.ok) return nik.value.nik;
        ctx.addIssue({ code: 'custom', message: idReasonMessage(nik.error, 'en') });
        return z.NEVER;
      }),
      full_name: text(200).min(1, 'empty'),
      birth_date: text(10).refine(isCalendarDate, 'not a date as YYYY-MM-DD'),
      email: text(254).transform((value, ctx) => {
        if (value === '') return null;
        const email = parseEmail(value);
        if (email.ok) return email.value.email.toLowerCase();
        ctx.addIssue({ code: 'custom', message: idReasonMessage(email.error, 'en') });
        return z.NEVER;
      }),
      phone: text(40).transform((value, ctx) => {
        if (value === '') return null;
        const phone = parsePhone(value);
        if (phone.ok) return phone.value.e164;
        ctx.addIssue({ code: 'custom', message: idReasonMessage(phone.error, 'en') });
        return z.NEVER;
      }),
      password_hash: text(100).refine(isBcryptHash, 'not a bcrypt hash ($2a$, $2b$ or $2y$, cost 04 to 31)'),
      kpj: text(2000).transform((value, ctx) => {
        const numbers = value
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean);
        const cards = new Set<string>();
        for (const [i, number] of numbers.entries()) {
          const kpj = parseKpj(number);
          if (kpj.ok) cards.add(kpj.value.kpj);
          else
            ctx.addIssue({ code: 'custom', message: `number ${i + 1}: ${idReasonMessage(kpj.error, 'en')}` });
        }
        return [...cards];
      }),
    })
    .refine((row) => row.email !== null || row.phone !== null, {
      message: 'an account needs an e-mail address or a mobile number to sign in with',
      path: ['email'],
    });
}

/** The account a CSV row describes, or every reason it cannot be imported (`field: why; …`). */
export function parseLegacyRow(
  fields: Partial<Record<LegacyColumn, string>>,
  asOfYear: number,
): { ok: true; value: LegacyAccount } | { ok: false; reason: string } {
  const parsed = legacyRowSchema(asOfYear).safeParse(fields);
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    };
  }
  const row = parsed.data;
  return {
    ok: true,
    value: {
      nik: row.nik,
      fullName: row.full_name,
      birthDate: row.birth_date,
      email: row.email,
      phone: row.phone,
      bcryptHash: row.password_hash,
      kpj: row.kpj,
    },
  };
}
