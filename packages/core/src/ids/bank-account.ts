/**
 * A bank account to pay a benefit into: a known bank and an account number of a plausible length
 * for it. This is a loose check (see `banks.ts`); the bank's account-name inquiry is the real one.
 */
import { err, ok, type Result } from '../result.ts';
import { type Bank, findBank } from './banks.ts';
import type { IdReason } from './messages.ts';
import { isDigits, stripSeparators } from './normalize.ts';

export type BankAccountReason = Extract<IdReason, 'bank_unknown' | `account_${string}`>;

export type ParsedBankAccount = {
  readonly bank: Bank;
  /** Digits only, separators removed. */
  readonly accountNumber: string;
};

export function parseBankAccount(input: {
  readonly bankCode: string;
  readonly accountNumber: string;
}): Result<ParsedBankAccount, BankAccountReason> {
  const bank = findBank(input.bankCode);
  if (!bank) return err('bank_unknown', input.bankCode);
  const digits = stripSeparators(input.accountNumber);
  if (digits !== '' && !isDigits(digits)) return err('account_not_digits');
  const { min, max } = bank.accountLength;
  if (digits.length < min || digits.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    return err(
      'account_wrong_length_for_bank',
      `${digits.length} digits; ${bank.shortName} uses ${expected}`,
    );
  }
  return ok({ bank, accountNumber: digits });
}
