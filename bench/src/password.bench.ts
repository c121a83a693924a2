/**
 * `npm run bench:password -w @jmo/bench`: what a password costs on this machine. argon2id with
 * OWASP's parameters (19 MiB, t=2, p=1) is slow on purpose; this prints the time per hash and per
 * verification (one sign-in), the sign-ins per second one core can check, and the ratio to a legacy
 * bcrypt verification (cost 10, as BPJSTKU accounts arrive), all measured in one run.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '@jmo/server/security/password';
import bcrypt from 'bcryptjs';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const password = 'sawah hijau di lereng merapi';

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const argonHash = await hashPassword(password);
const bcryptHash = bcrypt.hashSync(password, 10);
const hashMs = await medianMs(() => hashPassword(password));
const verifyMs = await medianMs(() => verifyPassword(argonHash, password));
const bcryptMs = await medianMs(() => verifyPassword(bcryptHash, password));

console.log(
  `Machine: Node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
);
console.log(`Median of ${ROUNDS} runs each:`);
console.log(`  argon2id hash (registration, password change)   ${hashMs.toFixed(1)} ms`);
console.log(`  argon2id verify (one sign-in)                    ${verifyMs.toFixed(1)} ms`);
console.log(`  sign-ins one core can check per second           ${(1000 / verifyMs).toFixed(1)}`);
console.log(`  bcrypt cost 10 verify (legacy BPJSTKU hash)      ${bcryptMs.toFixed(1)} ms`);
console.log(`  ratio argon2id verify / bcrypt verify            ${(verifyMs / bcryptMs).toFixed(2)}`);
