/** The sandbox mailer against the real database: the Mailer contract, read back from the outbox. */
import { newUuid, systemClock } from '../../lib/deps.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { listMessages } from '../sandbox/outbox.ts';
import { mailerContract } from './mail.contract.ts';
import { createSandboxMailer } from './sandbox-mailer.ts';

mailerContract('sandbox (captured in sandbox_messages)', async () => {
  const database = await openTestDatabase();
  return {
    mailer: createSandboxMailer({ db: database.db, clock: systemClock, newId: newUuid }),
    async delivered(to) {
      const messages = await listMessages(database.db, { to, channel: 'email' });
      return messages.map((m) => ({ to: m.to, subject: m.subject ?? '', text: m.body }));
    },
    close: database.close,
  };
});
