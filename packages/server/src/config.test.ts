/** Configuration comes from the environment, with defaults that run the demo and errors that say what to fix. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ engine: 'pglite', dataDir: expect.stringMatching(/data[/\\]pglite$/) });
    expect(c.timeZone).toBe('Asia/Jakarta');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/jmo', DATABASE_POOL_SIZE: '20' });
    expect(c.database).toEqual({ engine: 'postgres', url: 'postgres://u@db:5432/jmo', poolSize: 20 });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JMO_PII_KEY: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
      expect(message).toMatch(/JMO_PII_KEY: must be 32 bytes/);
    }
  });

  it("takes the face models from Human's package unless JMO_FACE_MODELS_DIR names a folder", () => {
    expect(loadConfig({}).face.modelsDir).toBeUndefined();
    expect(loadConfig({ JMO_FACE_MODELS_DIR: '' }).face.modelsDir).toBeUndefined();
    expect(loadConfig({ JMO_FACE_MODELS_DIR: '/srv/models/' }).face.modelsDir).toBe('/srv/models');
  });

  it('demands real keys in production and rejects an unknown time zone', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JMO_PII_KEY and JMO_INDEX_KEY are required/,
    );
    expect(() => loadConfig({ JMO_TIME_ZONE: 'Asia/Atlantis' })).toThrow(/unknown time zone/);
  });

  describe('PII key generations', () => {
    const pair = {
      JMO_PII_KEY: Buffer.alloc(32, 1).toString('base64'),
      JMO_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
    };
    const older = Buffer.alloc(32, 3).toString('base64');
    const oldest = Buffer.alloc(32, 4).toString('base64');

    it('takes the keys as id 1 with no earlier keys by default', () => {
      const c = loadConfig(pair);
      expect(c.piiKeyId).toBe(1);
      expect(c.previousPiiKeys).toEqual([]);
      expect(loadConfig({}).previousPiiKeys).toEqual([]);
    });

    it('reads the current id and the earlier encryption keys by id', () => {
      const c = loadConfig({ ...pair, JMO_PII_KEY_ID: '3', JMO_PII_KEY_PREVIOUS: `2:${older}, 1:${oldest}` });
      expect(c.piiKeyId).toBe(3);
      expect(c.previousPiiKeys.map((k) => [k.id, k.encryptionKey.toString('base64')])).toEqual([
        [2, older],
        [1, oldest],
      ]);
    });

    it('refuses a broken list without quoting any key', () => {
      const cases: [Record<string, string>, RegExp][] = [
        [
          { JMO_PII_KEY_PREVIOUS: older },
          /JMO_PII_KEY_PREVIOUS: entry 1 must be <id 1–255>:<32 bytes, base64>/,
        ],
        [{ JMO_PII_KEY_PREVIOUS: `2:${older},0:${oldest}` }, /entry 2 must be/],
        [{ JMO_PII_KEY_PREVIOUS: `2:${older.slice(4)}` }, /entry 1 must be/],
        [{ JMO_PII_KEY_PREVIOUS: `1:${older}` }, /key id 1 is the current JMO_PII_KEY_ID/],
        [{ JMO_PII_KEY_ID: '2', JMO_PII_KEY_PREVIOUS: `1:${older},1:${oldest}` }, /key id 1 is listed twice/],
        [{ JMO_PII_KEY_ID: '256' }, /JMO_PII_KEY_ID/],
      ];
      for (const [env, message] of cases) {
        try {
          loadConfig({ ...pair, ...env });
          expect.unreachable();
        } catch (error) {
          expect((error as ConfigError).message).toMatch(message);
          expect((error as ConfigError).message).not.toContain(older.slice(0, 20));
        }
      }
    });

    it('wants both keys of a pair, and the id and earlier keys only beside them', () => {
      expect(() => loadConfig({ JMO_PII_KEY: pair.JMO_PII_KEY })).toThrow(/go together: set both/);
      expect(() => loadConfig({ JMO_PII_KEY_ID: '2' })).toThrow(/set JMO_PII_KEY and JMO_INDEX_KEY too/);
      expect(() => loadConfig({ JMO_PII_KEY_PREVIOUS: `1:${older}` })).toThrow(
        /set JMO_PII_KEY and JMO_INDEX_KEY too/,
      );
    });
  });

  describe('mail, SMS and the sandbox', () => {
    const keys = {
      JMO_PII_KEY: Buffer.alloc(32, 1).toString('base64'),
      JMO_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
      // An Ed25519 PKCS#8 key from a fixed seed (the DER prefix, then the 32-byte seed).
      JMO_CARD_SIGNING_KEY: Buffer.concat([
        Buffer.from('302e020100300506032b657004220420', 'hex'),
        Buffer.alloc(32, 5),
      ]).toString('base64'),
    };

    it('captures mail and SMS in the sandbox and mounts it outside production by default', () => {
      for (const NODE_ENV of ['development', 'test']) {
        const c = loadConfig({ NODE_ENV });
        expect(c.mail).toEqual({ transport: 'sandbox', from: 'JMO <no-reply@jmo.local>' });
        expect(c.sms).toEqual({ transport: 'sandbox' });
        expect(c.sandbox).toBe(true);
      }
    });

    it('sends over SMTP when SMTP_URL is set, from MAIL_FROM', () => {
      const c = loadConfig({
        SMTP_URL: 'smtp://jmo:secret@mail.example.id:587',
        MAIL_FROM: 'BPJS Demo <noreply@example.id>',
      });
      expect(c.mail).toEqual({
        transport: 'smtp',
        smtpUrl: 'smtp://jmo:secret@mail.example.id:587',
        from: 'BPJS Demo <noreply@example.id>',
      });
      expect(loadConfig({ SMTP_URL: 'smtps://mail.example.id:465' }).mail.transport).toBe('smtp');
      expect(loadConfig({ SMTP_URL: '' }).mail.transport).toBe('sandbox');
    });

    it('rejects an SMTP_URL that is not smtp:// or smtps:// without echoing it, and a bad MAIL_FROM', () => {
      for (const SMTP_URL of ['http://mail.example.id', 'mail.example.id:587', 'smtp://']) {
        const attempt = () => loadConfig({ SMTP_URL });
        expect(attempt).toThrow(/SMTP_URL: must be smtp:\/\//);
      }
      try {
        loadConfig({ SMTP_URL: 'sendmail://jmo:p4ssw0rd@host' });
        expect.unreachable();
      } catch (error) {
        expect((error as ConfigError).message).not.toContain('p4ssw0rd');
      }
      expect(() => loadConfig({ MAIL_FROM: 'no address' })).toThrow(/MAIL_FROM: must be an address/);
      expect(() => loadConfig({ MAIL_FROM: 'a@b.id\r\nBcc: eve@x.id' })).toThrow(/MAIL_FROM/);
    });

    it('lets JMO_SANDBOX turn the sandbox surface off, or on where it is off by default', () => {
      expect(loadConfig({ JMO_SANDBOX: 'off' }).sandbox).toBe(false);
      expect(loadConfig({ NODE_ENV: 'test', JMO_SANDBOX: 'on' }).sandbox).toBe(true);
      expect(() => loadConfig({ JMO_SANDBOX: 'yes' })).toThrow(/JMO_SANDBOX/);
    });

    it('gives the sandbox bank a latency: 150 ms by default, none under test, or JMO_SANDBOX_BANK_LATENCY_MS', () => {
      expect(loadConfig({}).bank).toEqual({ sandboxLatencyMs: 150 });
      expect(loadConfig({ NODE_ENV: 'test' }).bank).toEqual({ sandboxLatencyMs: 0 });
      expect(loadConfig({ NODE_ENV: 'test', JMO_SANDBOX_BANK_LATENCY_MS: '800' }).bank.sandboxLatencyMs).toBe(
        800,
      );
      expect(() => loadConfig({ JMO_SANDBOX_BANK_LATENCY_MS: '-1' })).toThrow(/JMO_SANDBOX_BANK_LATENCY_MS/);
    });

    it('in production demands SMTP, refuses the sandbox and has no SMS gateway', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', ...keys })).toThrow(
        /SMTP_URL is required in production: without it e-mail .* would only be captured by the sandbox/,
      );
      expect(() =>
        loadConfig({ NODE_ENV: 'production', ...keys, SMTP_URL: 'smtp://mail:587', JMO_SANDBOX: 'on' }),
      ).toThrow(/JMO_SANDBOX=on is not allowed in production/);
      const c = loadConfig({
        NODE_ENV: 'production',
        ...keys,
        SMTP_URL: 'smtp://mail.example.id:587',
        PUBLIC_URL: 'https://jmo.example.id',
        PAYMENTS_CALLBACK_SECRET: 'a shared secret of at least 32 characters',
      });
      expect(c.mail.transport).toBe('smtp');
      expect(c.sms).toEqual({ transport: 'none' });
      expect(c.sandbox).toBe(false);
    });

    it('signs payment callbacks with the configured secret, or a fresh one per process outside production', () => {
      expect(loadConfig({ PAYMENTS_CALLBACK_SECRET: 'x'.repeat(32) }).payments).toEqual({
        gateway: 'sandbox',
        callbackSecret: Buffer.from('x'.repeat(32)),
      });
      expect(loadConfig({}).payments.callbackSecret).not.toEqual(loadConfig({}).payments.callbackSecret);
      expect(() => loadConfig({ PAYMENTS_CALLBACK_SECRET: 'short' })).toThrow(/PAYMENTS_CALLBACK_SECRET/);
    });

    it('lists every production problem at once', () => {
      try {
        loadConfig({ NODE_ENV: 'production', JMO_SANDBOX: 'on' });
        expect.unreachable();
      } catch (error) {
        // keys, SMTP, the sandbox, the public address for links in e-mails, the payment callback
        // secret and the card signing key
        expect((error as ConfigError).problems).toHaveLength(6);
      }
    });
  });
  it('reads the face check settings, with the defaults the data update is tested with', () => {
    expect(loadConfig({}).face).toEqual({
      matchThreshold: 0.7,
      livenessThreshold: 0.35,
      maxAttemptsPerDay: 3,
      maxSelfieBytes: 5_000_000,
    });
    const c = loadConfig({ JMO_FACE_MATCH_THRESHOLD: '0.8', JMO_FACE_MAX_ATTEMPTS_PER_DAY: '5' });
    expect(c.face).toMatchObject({ matchThreshold: 0.8, maxAttemptsPerDay: 5 });
    expect(() => loadConfig({ JMO_FACE_MATCH_THRESHOLD: '0' })).toThrow(/JMO_FACE_MATCH_THRESHOLD/);
    expect(() => loadConfig({ JMO_FACE_LIVENESS_THRESHOLD: '1.5' })).toThrow(/JMO_FACE_LIVENESS_THRESHOLD/);
  });
});
