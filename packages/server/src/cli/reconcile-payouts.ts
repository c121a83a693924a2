/**
 * `npm run payouts:reconcile`: prove that the ledger, the payouts and (in the sandbox) the sandbox
 * bank agree (modules/payouts/reconcile.ts). Prints the report as JSON (payout ids and amounts, no
 * PII); exits 1 when anything disagrees.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { reconcilePayouts } from '../modules/payouts/reconcile.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: 1 }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    const report = await reconcilePayouts({ db: database.db, config });
    console.log(
      JSON.stringify(report, (_key, value) => (typeof value === 'bigint' ? String(value) : value), 2),
    );
    if (!report.ok) process.exitCode = 1;
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `Reconciliation failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
