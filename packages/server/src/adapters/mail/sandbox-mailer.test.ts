/** The sandbox mailer against the real database: the Mailer contract, read back from the outbox. */
import { describe, expect, it } from 'vitest';
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

describe('sandbox mailer', () => {
  it('keeps the captured message in the database, so a restart or another instance still shows it', async () => {
    const database = await openTestDatabase();
    try {
      const deps = { db: database.db, clock: systemClock, newId: newUuid };
      await createSandboxMailer(deps).send({
        to: 'Siti@Demo.JMO.id',
        subject: 'Kode',
        text: 'Kode Anda 123456',
      });
      const seenByAnother = await listMessages(database.db, { to: 'siti@demo.jmo.id', channel: 'email' });
      expect(seenByAnother).toEqual([
        expect.objectContaining({ channel: 'email', subject: 'Kode', body: 'Kode Anda 123456' }),
      ]);
    } finally {
      await database.close();
    }
  });
});
