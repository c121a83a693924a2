import { openDatabase } from '@jmo/server/db/database';
import { postInvoiceChunk } from '@jmo/server/modules/invoices/posting.repository';
import { sql } from 'kysely';
const url = `postgres://postgres@127.0.0.1:5432/${process.argv[2]}`;
const database = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
try {
  await database.db.transaction().execute(async (trx) => {
    await sql`LOAD 'auto_explain'`.execute(trx);
    await sql`SET LOCAL auto_explain.log_min_duration = 50`.execute(trx);
    await sql`SET LOCAL auto_explain.log_analyze = on`.execute(trx);
    await sql`SET LOCAL auto_explain.log_triggers = on`.execute(trx);
    await sql`SET LOCAL auto_explain.log_nested_statements = on`.execute(trx);
    const t = performance.now();
    const r = await postInvoiceChunk(trx, { invoiceId: process.argv[3]!, limit: 5000 });
    console.log('chunk', r.posted, (performance.now() - t).toFixed(0), 'ms');
    throw new Error('rollback');
  });
} catch (e) { if ((e as Error).message !== 'rollback') throw e; }
await database.close();
