/**
 * `npm run db:migrate`: apply pending migrations to the configured database (DATABASE_URL, or the
 * embedded one in JMO_DATA_DIR) and exit. Production runs this before starting new instances.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { migrateToLatest, openDatabase, pendingMigrations } from '../db/database.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: 1 }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    const applied = await migrateToLatest(database.db);
    console.log(
      applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the schema is current.',
    );
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0) throw new Error(`still pending: ${pending.join(', ')}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
