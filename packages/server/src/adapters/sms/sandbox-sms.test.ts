/** The sandbox SMS sender against the real database: the SmsSender contract, read back from the outbox. */
import { describe, expect, it } from 'vitest';
import { newUuid, systemClock } from '../../lib/deps.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { listMessages } from '../sandbox/outbox.ts';
import { createSandboxSmsSender } from './sandbox-sms.ts';
import { smsSenderContract } from './sms.contract.ts';
import { SmsDeliveryError, unavailableSmsSender } from './sms-sender.ts';

smsSenderContract('sandbox (captured in sandbox_messages)', async () => {
  const database = await openTestDatabase();
  return {
    sms: createSandboxSmsSender({ db: database.db, clock: systemClock, newId: newUuid }),
    async delivered(to) {
      const messages = await listMessages(database.db, { to, channel: 'sms' });
      return messages.map((m) => ({ to: m.to, text: m.body }));
    },
    close: database.close,
  };
});

describe('production without an SMS gateway', () => {
  it('refuses every message as unavailable', async () => {
    const attempt = unavailableSmsSender.send({ to: '+6281234567890', text: 'Kode: 482913' });
    await expect(attempt).rejects.toBeInstanceOf(SmsDeliveryError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unavailable' });
  });
});
