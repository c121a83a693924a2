/**
 * The real mailer: nodemailer's SMTP client to the server in SMTP_URL (`smtp://user:pass@host:587`
 * upgrades with STARTTLS when the server offers it; add `?requireTLS=true` to insist; `smtps://…:465`
 * is TLS from the first byte). One connection per message, with bounded waits.
 */
import nodemailer from 'nodemailer';
import { assertOneAddress, MailDeliveryError, type Mailer } from './mailer.ts';

export interface SmtpMailerOptions {
  /** `smtp://` or `smtps://` URL; query parameters are nodemailer options (`?requireTLS=true`). */
  url: string;
  /** The From header, e.g. `JMO <no-reply@jmo.local>`. */
  from: string;
  /** Milliseconds to wait for the connection, the server's greeting, and between socket reads. */
  timeouts?: { connectMs?: number; greetingMs?: number; socketMs?: number };
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: options.timeouts?.connectMs ?? 10_000,
    greetingTimeout: options.timeouts?.greetingMs ?? 10_000,
    socketTimeout: options.timeouts?.socketMs ?? 30_000,
    // Our messages never attach files or fetch URLs; refuse both outright.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(message) {
      assertOneAddress(message.to);
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
          headers: {
            'Content-Language': message.locale ?? 'id',
            // RFC 3834: machine-generated, so vacation responders stay quiet.
            'Auto-Submitted': 'auto-generated',
          },
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

/**
 * nodemailer's errors quote the server's reply, which often names the recipient; keep only the
 * error code, the SMTP status and the command, which are enough to act on. A permanent refusal of
 * the recipient is `rejected` (retrying will not help); anything else (connection, TLS, login,
 * temporary refusals) is `unavailable`.
 */
function toDeliveryError(error: unknown): MailDeliveryError {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const code = typeof e.code === 'string' ? e.code : 'unknown';
  const status = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const command = typeof e.command === 'string' ? e.command.split(' ')[0] : undefined;
  const rejected = code === 'EENVELOPE' && status !== undefined && status >= 500;
  const detail = [code, status, command].filter((part) => part !== undefined).join(' ');
  return new MailDeliveryError(rejected ? 'rejected' : 'unavailable', detail);
}
