/**
 * What every SmsSender must do, run against each implementation (today the sandbox; a gateway
 * adapter runs it against the gateway's test double).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsDeliveryError, type SmsSender } from './sms-sender.ts';

export interface DeliveredSms {
  to: string;
  text: string;
}

export interface SmsHarness {
  sms: SmsSender;
  /** What reached `to` (E.164), newest first. */
  delivered(to: string): Promise<DeliveredSms[]>;
  close(): Promise<void>;
}

export function smsSenderContract(name: string, open: () => Promise<SmsHarness>): void {
  describe(`SmsSender contract: ${name}`, () => {
    let h: SmsHarness;
    beforeAll(async () => {
      h = await open();
    });
    afterAll(() => h.close());

    it('delivers the text to the number and returns a message id', async () => {
      const text = 'Kode JMO Anda: 482913. Berlaku 10 menit. Jangan berikan kode ini kepada siapa pun.';
      const sent = await h.sms.send({ to: '+6281234567890', text });
      expect(sent.messageId).toEqual(expect.any(String));
      expect(sent.messageId.length).toBeGreaterThan(0);
      expect(await h.delivered('+6281234567890')).toEqual([{ to: '+6281234567890', text }]);
    });

    it('keeps UTF-8 intact', async () => {
      const text = 'Halo Śiti — kode “JMO” Anda 120934 ✓ 🙂';
      await h.sms.send({ to: '+6281311112222', text });
      expect(await h.delivered('+6281311112222')).toEqual([{ to: '+6281311112222', text }]);
    });

    it('keeps each number’s messages apart, newest first, each with its own id', async () => {
      const first = await h.sms.send({ to: '+6285700000001', text: 'satu' });
      const second = await h.sms.send({ to: '+6285700000001', text: 'dua' });
      await h.sms.send({ to: '+6285700000002', text: 'lain' });
      expect(first.messageId).not.toBe(second.messageId);
      expect((await h.delivered('+6285700000001')).map((m) => m.text)).toEqual(['dua', 'satu']);
      expect((await h.delivered('+6285700000002')).map((m) => m.text)).toEqual(['lain']);
    });

    it.each(['081299990000', '6281299990000', '+62 812 9999 0000', '+62812999900001234567', ''])(
      'refuses a number that is not E.164: %j',
      async (to) => {
        const attempt = h.sms.send({ to, text: 'x' });
        await expect(attempt).rejects.toBeInstanceOf(SmsDeliveryError);
        await expect(attempt).rejects.toMatchObject({ reason: 'invalid_recipient' });
        expect(await h.delivered('+6281299990000')).toEqual([]);
      },
    );

    it('refuses an empty text', async () => {
      await expect(h.sms.send({ to: '+6281299991111', text: '  ' })).rejects.toMatchObject({
        reason: 'empty_text',
      });
      expect(await h.delivered('+6281299991111')).toEqual([]);
    });
  });
}
