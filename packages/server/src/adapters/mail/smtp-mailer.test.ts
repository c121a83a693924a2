/**
 * The SMTP mailer against a real SMTP server in this process (smtp-server, parsed with mailparser):
 * the Mailer contract, plus what only a wire shows (From, headers, the HTML part, login, refusals).
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailerContract } from './mail.contract.ts';
import { MailDeliveryError } from './mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

const USER = 'jmo';
const PASSWORD = 'rahasia-smtp';
const FROM = 'JMO <no-reply@jmo.local>';

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** An SMTP server on a random local port that keeps every message it accepts. */
async function startSmtpServer(): Promise<{ port: number; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    // Plain text on loopback: no certificate to trust, login allowed without TLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('ditolak')) {
        callback(
          Object.assign(new Error(`<${address.address}>: mailbox unavailable`), { responseCode: 550 }),
        );
      } else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const newestFirst = <T>(items: T[]): T[] => [...items].reverse();

mailerContract('SMTP (nodemailer → in-process smtp-server)', async () => {
  const server = await startSmtpServer();
  const mailer = createSmtpMailer({ url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${server.port}`, from: FROM });
  return {
    mailer,
    async delivered(to) {
      return newestFirst(server.received.filter((r) => r.envelopeTo.includes(to))).map(({ mail }) => ({
        to: addressesOf(mail.to).join(', '),
        subject: mail.subject ?? '',
        // The wire ends the text part with a line break; the body we sent did not have one.
        text: (mail.text ?? '').replace(/\n$/, ''),
      }));
    },
    close: server.stop,
  };
});

function addressesOf(field: ParsedMail['to']): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((group) => group.value.map((a) => a.address ?? ''));
}

describe('SMTP mailer on the wire', () => {
  let server: Awaited<ReturnType<typeof startSmtpServer>>;
  let url: string;
  beforeAll(async () => {
    server = await startSmtpServer();
    url = `smtp://${USER}:${PASSWORD}@127.0.0.1:${server.port}`;
  });
  afterAll(() => server.stop());

  it('sends from MAIL_FROM with the language, an HTML alternative and Auto-Submitted', async () => {
    const mailer = createSmtpMailer({ url, from: FROM });
    const sent = await mailer.send({
      to: 'wire@test.jmo.id',
      subject: 'Your JMO verification code',
      text: 'Your code is 120934.',
      html: '<p>Your code is <strong>120934</strong>.</p>',
      locale: 'en',
    });
    const { mail } = server.received.at(-1)!;
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.from?.value).toEqual([{ name: 'JMO', address: 'no-reply@jmo.local' }]);
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.html).toBe('<p>Your code is <strong>120934</strong>.</p>');
  });

  it('marks a message Indonesian when no language is given', async () => {
    await createSmtpMailer({ url, from: FROM }).send({ to: 'id@test.jmo.id', subject: 'Halo', text: 'Halo' });
    expect(server.received.at(-1)!.mail.headers.get('content-language')).toBe('id');
  });

  it('reports a refused recipient as rejected, without quoting the address', async () => {
    const attempt = createSmtpMailer({ url, from: FROM }).send({
      to: 'ditolak@test.jmo.id',
      subject: 'x',
      text: 'x',
    });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({ reason: 'rejected' });
    expect((error as Error).message).toMatch(/EENVELOPE 550/);
    expect((error as Error).message).not.toContain('ditolak');
  });

  it('reports a wrong password as unavailable, without quoting the credentials', async () => {
    const wrong = `smtp://${USER}:salah@127.0.0.1:${server.port}`;
    const error = await createSmtpMailer({ url: wrong, from: FROM })
      .send({ to: 'budi@test.jmo.id', subject: 'x', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'unavailable', message: expect.stringMatching(/EAUTH 535/) });
    expect((error as Error).message).not.toMatch(/salah|budi/);
  });

  it('reports a server that is not there as unavailable', async () => {
    const closed = await startSmtpServer();
    await closed.stop();
    const error = await createSmtpMailer({ url: `smtp://127.0.0.1:${closed.port}`, from: FROM })
      .send({ to: 'budi@test.jmo.id', subject: 'x', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: 'unavailable',
      message: expect.stringMatching(/ECONNECTION|ESOCKET/),
    });
  });
});
