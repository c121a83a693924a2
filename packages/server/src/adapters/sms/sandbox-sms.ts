/**
 * The sandbox SMS sender: each message is stored in the sandbox outbox (channel `sms`), where
 * `/sandbox/inbox` shows it and tests read it (`listMessages`). Outside production only.
 */
import { captureMessage, type OutboxDeps } from '../sandbox/outbox.ts';
import { assertSendable, type SmsSender } from './sms-sender.ts';

export function createSandboxSmsSender(deps: OutboxDeps): SmsSender {
  return {
    async send(message) {
      assertSendable(message);
      const captured = await captureMessage(deps, {
        channel: 'sms',
        to: message.to,
        subject: null,
        body: message.text,
      });
      return { messageId: captured.id };
    },
  };
}
