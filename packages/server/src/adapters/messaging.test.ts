/** main.ts's choice of mailer and SMS sender follows the configuration. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { newUuid, systemClock } from '../lib/deps.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createMessaging } from './messaging.ts';
import { listMessages } from './sandbox/outbox.ts';

describe('createMessaging', () => {
  it('captures in the sandbox outbox without SMTP_URL, and sends over SMTP with it', async () => {
    const database = await openTestDatabase();
    try {
      const outbox = { db: database.db, clock: systemClock, newId: newUuid };
      const sandbox = createMessaging(loadConfig({ NODE_ENV: 'development' }), outbox);
      await sandbox.mailer.send({ to: 'budi@test.jmo.id', subject: 'Halo', text: 'Halo' });
      await sandbox.sms.send({ to: '+6281234567890', text: 'Halo' });
      expect((await listMessages(database.db)).map((m) => m.channel)).toEqual(['sms', 'email']);

      // Port 9 on loopback has no SMTP server: the SMTP mailer is the one that tries and fails.
      const smtp = createMessaging(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:9' }), outbox);
      await expect(
        smtp.mailer.send({ to: 'budi@test.jmo.id', subject: 'x', text: 'x' }),
      ).rejects.toMatchObject({
        reason: 'unavailable',
      });
      expect(await listMessages(database.db)).toHaveLength(2);
    } finally {
      await database.close();
    }
  });

  it('has no SMS gateway in production', async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:9',
      PUBLIC_URL: 'https://jmo.example.id',
      PAYMENTS_CALLBACK_SECRET: 'a shared secret of at least 32 characters',
      JMO_PII_KEY: Buffer.alloc(32, 1).toString('base64'),
      JMO_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
      JMO_CARD_SIGNING_KEY: Buffer.concat([
        Buffer.from('302e020100300506032b657004220420', 'hex'),
        Buffer.alloc(32, 5),
      ]).toString('base64'),
    });
    const { sms } = createMessaging(production, {
      db: undefined as never,
      clock: systemClock,
      newId: newUuid,
    });
    await expect(sms.send({ to: '+6281234567890', text: 'x' })).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });
});
