/**
 * The sandbox mailer: nothing leaves the machine. Each message is stored in the sandbox outbox,
 * where `/sandbox/inbox` shows it and tests read it (`listMessages`). The default outside
 * production when SMTP_URL is not set; refused in production by configuration.
 */
import { captureMessage, type OutboxDeps } from '../sandbox/outbox.ts';
import { assertOneAddress, type Mailer } from './mailer.ts';

export function createSandboxMailer(deps: OutboxDeps): Mailer {
  return {
    async send(message) {
      assertOneAddress(message.to);
      const captured = await captureMessage(deps, {
        channel: 'email',
        to: message.to,
        subject: message.subject,
        body: message.text,
      });
      return { messageId: captured.id };
    },
  };
}
