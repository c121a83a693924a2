/**
 * `npm run typecheck`: `tsc -p` for each project, as many at once as there are cores. The server,
 * e2e and bench are one project here (tsconfig.tools.json): e2e and bench import the server's
 * sources, so as separate projects the server was checked three times (38 s on two cores; now
 * about 20 s).
 */
import { spawn } from 'node:child_process';
import os from 'node:os';

const projects = ['tsconfig.tools.json', 'packages/web', 'packages/core'];
const tsc = (project) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve({ project, code }));
  });

const queue = [...projects];
const failed = [];
await Promise.all(
  Array.from({ length: Math.min(os.availableParallelism(), queue.length) }, async () => {
    for (let project = queue.shift(); project; project = queue.shift()) {
      const { code } = await tsc(project);
      if (code !== 0) failed.push(project);
    }
  }),
);
if (failed.length > 0) {
  console.error(`typecheck failed in: ${failed.join(', ')}`);
  process.exit(1);
}
