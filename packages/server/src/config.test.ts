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

  it('demands real keys in production and rejects an unknown time zone', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JMO_PII_KEY and JMO_INDEX_KEY are required/,
    );
    expect(() => loadConfig({ JMO_TIME_ZONE: 'Asia/Atlantis' })).toThrow(/unknown time zone/);
  });
});
