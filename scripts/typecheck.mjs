/**
 * `npm run typecheck`: `tsc -p` for each project, as many at once as there are cores. The server,
 * e2e and bench are one project here (tsconfig.tools.json): e2e and bench import the server's
 * sources, so as separate projects the server was checked three times (38 s on two cores). Each
 * run is incremental: the first after a fresh install takes about 40 s on two cores, a repeat after
 * an edit a few seconds.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';

const projects = ['tsconfig.tools.json', 'packages/web', 'packages/core'];
const tsc = (project) =>
  new Promise((resolve) => {
    // Incremental: a repeat run re-checks only what changed since the last (the build info lives in
    // node_modules/.cache, outside the repository, one file per project).
    const info = `node_modules/.cache/tsc/${project.replaceAll('/', '_')}.tsbuildinfo`;
    const args = [
      'node_modules/typescript/bin/tsc',
      '-p',
      project,
      '--incremental',
      '--tsBuildInfoFile',
      info,
    ];
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
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
