/**
 * `npm run import:bpjstku -- accounts.csv [--progress-every=10000]`: import accounts exported from
 * the predecessor app (BPJSTKU) into the configured database (DATABASE_URL, or the embedded one in
 * JMO_DATA_DIR), with the PII keys the server uses. Prints progress and a summary; exits 0 once the
 * file was processed, even when rows were rejected, and 1 when it could not be (no file, bad header,
 * no database). See modules/legacy-import/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase, pendingMigrations } from '../db/database.ts';
import { newUuid, systemClock } from '../lib/deps.ts';
import { LegacyCsvError, readLegacyCsv } from '../modules/legacy-import/legacy-csv.ts';
import { importLegacyAccounts } from '../modules/legacy-import/legacy-import.service.ts';
import { formatImportSummary } from '../modules/legacy-import/report.ts';
import { createPiiCipher, resolvePiiKeys } from '../security/pii.ts';

const USAGE = 'Usage: npm run import:bpjstku -- <file.csv> [--progress-every=<rows>]';
const BATCH_SIZE = 500;

class FatalError extends Error {}

function parseArguments(args: string[]): { file: string; progressEvery: number } {
  const files = args.filter((a) => !a.startsWith('--'));
  const flags = args.filter((a) => a.startsWith('--'));
  let progressEvery = 10_000;
  for (const flag of flags) {
    const match = /^--progress-every=(\d+)$/.exec(flag);
    if (!match || Number(match[1]) < 1) throw new FatalError(`Unknown option ${flag}\n${USAGE}`);
    progressEvery = Number(match[1]);
  }
  if (files.length !== 1) throw new FatalError(USAGE);
  return { file: path.resolve(files[0]!), progressEvery };
}

async function run(): Promise<void> {
  const { file, progressEvery } = parseArguments(process.argv.slice(2));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new FatalError(`No such file: ${file}`);
  const config = loadConfig();
  const keys = resolvePiiKeys({
    piiKey: config.piiKey,
    indexKey: config.indexKey,
    keyId: config.piiKeyId,
    previousKeys: config.previousPiiKeys,
    dataDir: config.dataDir,
  });
  if (keys.generatedAt)
    throw new FatalError(
      `No PII keys: set JMO_PII_KEY and JMO_INDEX_KEY, or JMO_DATA_DIR to the server's data folder. New development keys were written to ${keys.generatedAt}; no member stored under other keys could be matched.`,
    );
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: 1 }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0)
      throw new FatalError(
        `The database schema is not current (pending: ${pending.join(', ')}): run npm run db:migrate first.`,
      );
    let reported = 0;
    const summary = await importLegacyAccounts(
      { db: database.db, pii: createPiiCipher(keys), clock: systemClock, newId: newUuid },
      readLegacyCsv(fs.createReadStream(file)),
      {
        batchSize: Math.min(BATCH_SIZE, progressEvery),
        onProgress: (rows) => {
          if (rows - reported < progressEvery) return;
          reported = rows;
          console.log(`… ${rows} rows processed`);
        },
      },
    );
    console.log(formatImportSummary(summary, path.basename(file)));
  } finally {
    await database.close();
  }
}

try {
  await run();
} catch (error) {
  const known =
    error instanceof FatalError || error instanceof LegacyCsvError || error instanceof ConfigError;
  // Other errors come from the database or the file system: their messages hold no row data.
  console.error(known ? (error as Error).message : `Import failed: ${(error as Error).message}`);
  process.exit(1);
}
