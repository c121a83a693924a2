/**
 * The e-mail port. Services send through `deps.mailer` and never know which implementation is behind
 * it: SMTP (`smtp-mailer.ts`, whenever SMTP_URL is set, always in production) or the sandbox
 * (`sandbox-mailer.ts`, which captures the message for `/sandbox/inbox` and tests). Every
 * implementation passes the same contract suite (`mail.contract.ts`).
 *
 * Messages carry verification codes and addresses: nothing here logs them, and delivery errors say
 * what failed without quoting the recipient or the server's reply.
 */
import type { Locale } from '@jmo/core';

export interface MailMessage {
  /** One address, `local@domain` (not a list, no display name). */
  to: string;
  subject: string;
  /** The plain-text body; every message has one. */
  text: string;
  /** An optional HTML alternative of the same content. */
  html?: string;
  /** The language the message is written in (`Content-Language`); Indonesian by default. */
  locale?: Locale;
}

export interface Mailer {
  /** Resolves once the message is accepted for delivery (or captured); rejects with MailDeliveryError. */
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** Why a message could not be handed over. `message` never contains the address or the body. */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    readonly reason: 'invalid_recipient' | 'rejected' | 'unavailable',
    detail: string,
  ) {
    super(`e-mail not sent (${reason}): ${detail}`);
  }
}

// A single bare address: no list separators, brackets, quotes or white space (so no header
// injection, whatever the transport does with it).
const ONE_ADDRESS = /^[^\s@,;:<>()[\]"\\]{1,64}@[^\s@,;:<>()[\]"\\]{1,253}$/;

/** Refuses anything but one bare address, the same way in every implementation. */
export function assertOneAddress(to: string): void {
  if (!ONE_ADDRESS.test(to)) {
    throw new MailDeliveryError('invalid_recipient', 'the recipient must be one address, local@domain');
  }
}
