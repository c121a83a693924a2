/**
 * Banks (the outside world for payouts): the account-name inquiry that proves an account is the
 * member's before any money goes there. Disbursement joins this port with the JHT claim.
 */

export type AccountInquiry =
  | { status: 'active'; holderName: string }
  /** No such account at that bank. */
  | { status: 'not_found' }
  /** The account exists but takes no credits (closed, dormant or blocked). */
  | { status: 'closed' };

export interface BankGateway {
  /** `bankCode` is a code from core `BANKS`; `accountNumber` digits already validated by core. */
  inquireAccount(bankCode: string, accountNumber: string): Promise<AccountInquiry>;
}

/** The bank did not answer (timeout, maintenance): not a verdict about the account. */
export class BankUnavailableError extends Error {
  override readonly name = 'BankUnavailableError';
}

/** Where no bank link is configured: every inquiry fails as unavailable. */
export const unavailableBank: BankGateway = {
  async inquireAccount() {
    throw new BankUnavailableError('no bank link is configured');
  },
};
