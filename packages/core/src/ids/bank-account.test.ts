/**
 * Proves the bank table holds the clearing codes and the Himbara flag as DOMAIN.md lists them, and
 * that account numbers are checked loosely against each bank's length range with precise reasons.
 */
import { describe, expect, it } from 'vitest';
import { type BankAccountReason, parseBankAccount } from './bank-account.ts';
import { BANKS, findBank } from './banks.ts';

describe('BANKS', () => {
  it('lists the clearing codes of DOMAIN.md', () => {
    const codes = Object.fromEntries(BANKS.map((b) => [b.shortName, b.code]));
    expect(codes).toEqual({
      BRI: '002',
      Mandiri: '008',
      BNI: '009',
      BCA: '014',
      'CIMB Niaga': '022',
      Danamon: '011',
      Permata: '013',
      Maybank: '016',
      Panin: '019',
      'OCBC NISP': '028',
      Muamalat: '147',
      BTN: '200',
      Mega: '426',
      BSI: '451',
    });
  });

  it('flags exactly BRI, BNI, Mandiri and BTN as state banks (BSI is not)', () => {
    expect(
      BANKS.filter((b) => b.isStateOwned)
        .map((b) => b.shortName)
        .sort(),
    ).toEqual(['BNI', 'BRI', 'BTN', 'Mandiri']);
    expect(findBank('451')).toMatchObject({
      isStateOwned: false,
      note: expect.stringMatching(/not a Himbara/),
    });
  });

  it('has unique 3-digit codes and sane length ranges', () => {
    expect(new Set(BANKS.map((b) => b.code)).size).toBe(BANKS.length);
    for (const bank of BANKS) {
      expect(bank.code).toMatch(/^\d{3}$/);
      expect(bank.accountLength.min).toBeGreaterThanOrEqual(10);
      expect(bank.accountLength.max).toBeLessThanOrEqual(16);
      expect(bank.accountLength.min).toBeLessThanOrEqual(bank.accountLength.max);
    }
  });

  it('finds banks by code, padded or not', () => {
    expect(findBank('002')?.shortName).toBe('BRI');
    expect(findBank('2')?.shortName).toBe('BRI');
    expect(findBank(' 014 ')?.shortName).toBe('BCA');
    expect(findBank('999')).toBeUndefined();
    expect(findBank('0002')).toBeUndefined();
    expect(findBank('BCA')).toBeUndefined();
    expect(findBank('')).toBeUndefined();
  });
});

describe('parseBankAccount', () => {
  it.each([
    ['014', '123-456-7890', '1234567890', 'BCA'],
    ['008', '123 00 1234567 8', '1230012345678', 'Mandiri'],
    ['002', '0123-01-012345-50-1', '012301012345501', 'BRI'],
    ['2', '0123456789', '0123456789', 'BRI'],
    ['011', '0123456789012345', '0123456789012345', 'Danamon'],
  ])('accepts bank %s account %j', (bankCode, accountNumber, digits, shortName) => {
    const result = parseBankAccount({ bankCode, accountNumber });
    expect(result).toMatchObject({ ok: true, value: { accountNumber: digits, bank: { shortName } } });
  });

  it.each<[string, string, BankAccountReason]>([
    ['999', '1234567890', 'bank_unknown'],
    ['', '1234567890', 'bank_unknown'],
    ['014', '12345678AB', 'account_not_digits'],
    ['014', '', 'account_wrong_length_for_bank'],
    ['014', '12345678901', 'account_wrong_length_for_bank'],
    ['008', '1234567890', 'account_wrong_length_for_bank'],
    ['011', '123456789', 'account_wrong_length_for_bank'],
    ['011', '12345678901234567', 'account_wrong_length_for_bank'],
  ])('bank %j account %j is rejected with %s', (bankCode, accountNumber, reason) => {
    expect(parseBankAccount({ bankCode, accountNumber })).toMatchObject({ ok: false, error: reason });
  });

  it('says what length the bank uses', () => {
    expect(parseBankAccount({ bankCode: '014', accountNumber: '123' })).toMatchObject({
      detail: '3 digits; BCA uses 10',
    });
    expect(parseBankAccount({ bankCode: '200', accountNumber: '123' })).toMatchObject({
      detail: '3 digits; BTN uses 10 to 16',
    });
  });
});
