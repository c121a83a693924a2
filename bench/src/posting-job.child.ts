/**
 * The posting job in a process of its own, for the resumability part of `posting.bench.ts`: the
 * bench kills this process (SIGKILL, no clean-up of any kind) after some chunks, then runs the job
 * again and checks that nothing is missing or posted twice. Reports each committed chunk to the
 * parent over IPC. Arguments: the database URL and the chunk size in workers.
 */
import { loadConfig } from '@jmo/server/config';
import { openDatabase } from '@jmo/server/db/database';
import { runPostingJob } from '@jmo/server/modules/invoices/invoices.service';
import { depsFor } from './support.ts';

const [url, chunkText] = process.argv.slice(2);
if (!url || !chunkText || !process.send)
  throw new Error('usage: fork(posting-job.child.ts, [url, chunkWorkers])');
const open = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
const deps = depsFor(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), open.db);
let chunks = 0;
let postings = 0;
const result = await runPostingJob(deps, {
  chunkWorkers: Number(chunkText),
  onChunk: (posted) => {
    chunks++;
    postings += posted;
    process.send!({ chunks, postings });
  },
});
process.send({ done: true, ...result });
await open.close();
process.disconnect();
