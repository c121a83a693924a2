/**
 * The mailer and SMS sender that the configuration asks for (used by main.ts). Tests and the e2e
 * server build the sandbox ones directly, so they can always read what was sent.
 */
import type { Config } from '../config.ts';
import type { Mailer } from './mail/mailer.ts';
import { createSandboxMailer } from './mail/sandbox-mailer.ts';
import { createSmtpMailer } from './mail/smtp-mailer.ts';
import type { OutboxDeps } from './sandbox/outbox.ts';
import { createSandboxSmsSender } from './sms/sandbox-sms.ts';
import { type SmsSender, unavailableSmsSender } from './sms/sms-sender.ts';

export function createMessaging(
  config: Pick<Config, 'mail' | 'sms'>,
  outbox: OutboxDeps,
): { mailer: Mailer; sms: SmsSender } {
  return {
    mailer:
      config.mail.transport === 'smtp'
        ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from })
        : createSandboxMailer(outbox),
    sms: config.sms.transport === 'sandbox' ? createSandboxSmsSender(outbox) : unavailableSmsSender,
  };
}
