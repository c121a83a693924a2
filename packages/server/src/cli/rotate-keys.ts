/**
 * `npm run keys:rotate`: re-encrypt every PII value under the current key pair (JMO_PII_KEY,
 * JMO_INDEX_KEY, JMO_PII_KEY_ID) and recompute its blind indexes, reading older values with
 * JMO_PII_KEY_PREVIOUS. Resumable: run it again after any failure. Start servers with the new keys
 * only after it reports success (README, "Rotating the PII keys").
 *
 * `-- --batch-size=N` sets the rows per transaction (500); `-- --generate` prints a fresh key pair and
 * changes nothing.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase, pendingMigrations } from '../db/database.ts';
import { KeyRotationRefused, rotatePiiKeys } from '../security/key-rotation.ts';
import { createPiiCipher, generatePiiKeyPair } from '../security/pii.ts';

const EX_CONFIG = 78;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      generate: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '500' },
    },
  });
  if (values.generate) {
    const pair = generatePiiKeyPair();
    console.log(`JMO_PII_KEY=${pair.piiKey}\nJMO_INDEX_KEY=${pair.indexKey}`);
    console.error(
      'Give the pair the next JMO_PII_KEY_ID and add the current key to JMO_PII_KEY_PREVIOUS as <id>:<key> (README, "Rotating the PII keys").',
    );
    return 0;
  }
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error('--batch-size must be a whole number of rows, at least 1');
    return EX_CONFIG;
  }
  const config = loadConfig();
  if (!config.piiKey || !config.indexKey) {
    console.error(
      'keys:rotate needs the new key pair in JMO_PII_KEY and JMO_INDEX_KEY with its JMO_PII_KEY_ID, and the keys being replaced in JMO_PII_KEY_PREVIOUS (id:base64,…). Generated development keys are never used here.',
    );
    return EX_CONFIG;
  }
  const pii = createPiiCipher({
    encryptionKey: config.piiKey,
    indexKey: config.indexKey,
    keyId: config.piiKeyId,
    previousKeys: config.previousPiiKeys,
  });
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: 1 }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0) {
      console.error(`Run npm run db:migrate first: pending ${pending.join(', ')}`);
      return 1;
    }
    console.log(`Rotating PII to key id ${pii.keyId} in batches of ${batchSize}`);
    const summary = await rotatePiiKeys(database.db, pii, {
      batchSize,
      onBatch: ({ table, done, total }) => console.log(`  ${table}: ${done}/${total}`),
    });
    for (const { table, rotated } of summary.tables)
      console.log(`${table.padEnd(20)} ${rotated} rows rotated`);
    if (summary.remaining > 0) {
      console.error(
        `${summary.remaining} rows are still under an older key (written during the run by a server with old keys?): stop such servers and run keys:rotate again.`,
      );
      return 1;
    }
    console.log(`Done: all PII is under key id ${pii.keyId}. JMO_PII_KEY_PREVIOUS may now be removed.`);
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = EX_CONFIG;
  } else {
    // Batches commit one by one: whatever was done is kept and a re-run carries on from there.
    console.error(
      `Key rotation stopped: ${(error as Error).message}\nFix the cause and run keys:rotate again.`,
    );
    process.exitCode = error instanceof KeyRotationRefused ? EX_CONFIG : 1;
  }
}
