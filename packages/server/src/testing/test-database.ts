/**
 * A fresh, migrated database for one test file. PGlite in memory by default; with DATABASE_URL set
 * (CI), a new database on that PostgreSQL server, dropped afterwards. Same migrations, same code.
 */
import { randomBytes } from 'node:crypto';
import { migrateToLatest, type OpenDatabase, openDatabase, runAdminStatement } from '../db/database.ts';

export type TestDatabase = OpenDatabase;

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || serverUrl.startsWith('pglite:')) {
    const open = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    await migrateToLatest(open.db);
    return open;
  }
  const name = `jmo_test_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 5 });
  await migrateToLatest(open.db);
  return {
    ...open,
    async close() {
      await open.close();
      await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
