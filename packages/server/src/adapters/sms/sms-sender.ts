/**
 * The SMS port. Services send through `deps.sms`. There is no gateway adapter yet: outside
 * production the sandbox implementation (`sandbox-sms.ts`) captures messages for `/sandbox/inbox`
 * and tests; in production `unavailableSmsSender` refuses every message, so a service that also
 * sends the same content by e-mail should treat an SmsDeliveryError as "not sent by SMS". A real
 * gateway is one more implementation of this interface that passes `sms.contract.ts`.
 *
 * Messages carry verification codes and phone numbers: nothing here logs them.
 */

/** A phone number in E.164 form, e.g. `+6281234567890` (core's `parsePhone(...).e164`). */
export type E164 = string;

export interface SmsMessage {
  to: E164;
  text: string;
}

export interface SmsSender {
  /** Resolves once the message is accepted for delivery (or captured); rejects with SmsDeliveryError. */
  send(message: SmsMessage): Promise<{ messageId: string }>;
}

export class SmsDeliveryError extends Error {
  override readonly name = 'SmsDeliveryError';
  constructor(
    readonly reason: 'invalid_recipient' | 'empty_text' | 'unavailable',
    detail: string,
  ) {
    super(`SMS not sent (${reason}): ${detail}`);
  }
}

const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Refuses a number that is not E.164 or an empty text, the same way in every implementation. */
export function assertSendable(message: SmsMessage): void {
  if (!E164_PATTERN.test(message.to)) {
    throw new SmsDeliveryError('invalid_recipient', 'the recipient must be an E.164 number, e.g. +62812…');
  }
  if (message.text.trim() === '') throw new SmsDeliveryError('empty_text', 'the text is empty');
}

/** Production's SMS sender until a gateway adapter exists: every message is refused, none is stored. */
export const unavailableSmsSender: SmsSender = {
  async send(message) {
    assertSendable(message);
    throw new SmsDeliveryError('unavailable', 'no SMS gateway is configured');
  },
};
