/**
 * What every Mailer must do, run against each implementation (smtp-mailer.test.ts against a real
 * SMTP server in the test process, sandbox-mailer.test.ts against the database). A new
 * implementation passes this suite before it is wired in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryError, type Mailer } from './mailer.ts';

export interface DeliveredMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailerHarness {
  mailer: Mailer;
  /** What reached `to`, newest first. */
  delivered(to: string): Promise<DeliveredMail[]>;
  close(): Promise<void>;
}

/** Indonesian with the characters real messages carry, and some that only UTF-8 can. */
export const UTF8_SUBJECT =
  'Kode verifikasi JMO: 482913 — berlaku 10 menit · “Saldo JHT” Rp1.250.000 ✓ café ñ 日本語 🙂';
export const UTF8_TEXT = [
  'Halo Budi Śantoso,',
  '',
  'Kode verifikasi Anda: 482913. Kode ini berlaku 10 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas BPJAMSOSTEK — kami tidak pernah memintanya lewat telepon, WhatsApp, atau e-mail.',
  '.Baris yang diawali titik tetap utuh.',
  'From baris ini juga.',
  'Ümlaut, ñ, ç, «kutipan», ‘apostrof’, 10 000 ₹ / € / ¥, 🙂👍🏽',
  '',
  'Salam,',
  'JMO',
].join('\n');

export function mailerContract(name: string, open: () => Promise<MailerHarness>): void {
  describe(`Mailer contract: ${name}`, () => {
    let h: MailerHarness;
    beforeAll(async () => {
      h = await open();
    });
    afterAll(() => h.close());

    it('delivers subject and text to the one recipient and returns a message id', async () => {
      const sent = await h.mailer.send({
        to: 'budi.contract@test.jmo.id',
        subject: 'Selamat datang di JMO',
        text: 'Akun Anda sudah aktif.',
      });
      expect(sent.messageId).toEqual(expect.any(String));
      expect(sent.messageId.length).toBeGreaterThan(0);
      expect(await h.delivered('budi.contract@test.jmo.id')).toEqual([
        { to: 'budi.contract@test.jmo.id', subject: 'Selamat datang di JMO', text: 'Akun Anda sudah aktif.' },
      ]);
    });

    it('keeps Indonesian text and any UTF-8 intact, in subject and body, with long lines', async () => {
      await h.mailer.send({ to: 'utf8@test.jmo.id', subject: UTF8_SUBJECT, text: UTF8_TEXT, locale: 'id' });
      const [mail] = await h.delivered('utf8@test.jmo.id');
      expect(mail).toEqual({ to: 'utf8@test.jmo.id', subject: UTF8_SUBJECT, text: UTF8_TEXT });
    });

    it('sends in English too, and with an HTML alternative the text stays the plain body', async () => {
      await h.mailer.send({
        to: 'english@test.jmo.id',
        subject: 'Your JMO verification code',
        text: 'Your code is 120934.',
        html: '<p>Your code is <strong>120934</strong>.</p>',
        locale: 'en',
      });
      expect(await h.delivered('english@test.jmo.id')).toEqual([
        { to: 'english@test.jmo.id', subject: 'Your JMO verification code', text: 'Your code is 120934.' },
      ]);
    });

    it('keeps each recipient’s messages apart, newest first, each with its own id', async () => {
      const first = await h.mailer.send({ to: 'ayu@test.jmo.id', subject: 'Satu', text: '1' });
      const second = await h.mailer.send({ to: 'ayu@test.jmo.id', subject: 'Dua', text: '2' });
      await h.mailer.send({ to: 'made@test.jmo.id', subject: 'Lain', text: '3' });
      expect(first.messageId).not.toBe(second.messageId);
      expect((await h.delivered('ayu@test.jmo.id')).map((m) => m.subject)).toEqual(['Dua', 'Satu']);
      expect((await h.delivered('made@test.jmo.id')).map((m) => m.subject)).toEqual(['Lain']);
    });

    it.each([
      'siti@test.jmo.id, eve@test.jmo.id',
      'siti@test.jmo.id;eve@test.jmo.id',
      'Siti <siti@test.jmo.id>',
      'siti@test.jmo.id\r\nBcc: eve@test.jmo.id',
      'siti',
      '',
    ])('refuses a recipient that is not one bare address: %j', async (to) => {
      const attempt = h.mailer.send({ to, subject: 'x', text: 'x' });
      await expect(attempt).rejects.toBeInstanceOf(MailDeliveryError);
      await expect(attempt).rejects.toMatchObject({ reason: 'invalid_recipient' });
      expect(await h.delivered('eve@test.jmo.id')).toEqual([]);
      expect(await h.delivered('siti@test.jmo.id')).toEqual([]);
    });
  });
}
