/**
 * `npm run bench:claims -w @jmo/bench`: what an in-app JHT claim costs, on a scratch PostgreSQL
 * database (`jmo_bench_claims_<ms>`, migrated, dropped afterwards), all measured in one run:
 *
 * 1. **Claim throughput**: N members who resigned, with their data updated and a BRI account at the
 *    sandbox bank, each start a claim, pass the selfie (a matcher that always passes: the face model
 *    has its own bench, `bench:face`) and send it after a step-up, C at a time, through the claims
 *    service as the routes call it. Straight-through processing approves each one and orders its
 *    payout in the same transaction. Printed: claims per second, and the cost of one claim as a
 *    ratio to one durable single-row commit (INSERT + COMMIT) on the same server.
 * 2. **Payout throughput**: the payout worker and the sandbox bank (Himbara delay 0) run until every
 *    claim is paid; payouts per second; then the reconciliation (ledger = payouts = bank) must be clean.
 * 3. **Konfirmasi → paid** for a Himbara bank as `npm start` runs it: the background jobs on the real
 *    clock (payout worker every 2 s, sandbox bank every 1 s, its Himbara delay as configured, 4 s by
 *    default), K claims sent one after another, the time from Konfirmasi to the claim's `paid`.
 *
 * Flags: --claims N (default 300), --concurrency C (8), --latency-claims K (3), --database-url.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { EMPTY_PERSON_DATA, type PersonData } from '@jmo/core';
import { addSandboxBankAccounts, createSandboxBank } from '@jmo/server/adapters/bank/sandbox';
import { loadConfig } from '@jmo/server/config';
import type { Principal } from '@jmo/server/http/access';
import { startBackgroundJobs } from '@jmo/server/jobs/background';
import type { Deps } from '@jmo/server/lib/deps';
import { followClaimPayouts } from '@jmo/server/modules/claims/claim-payout';
import { findClaim } from '@jmo/server/modules/claims/claims.repository';
import { startJhtClaim, submitClaimSelfie, submitJhtClaim } from '@jmo/server/modules/claims/claims.service';
import { runPayoutWorker, runSandboxBankTick } from '@jmo/server/modules/payouts/payouts.service';
import { reconcilePayouts } from '@jmo/server/modules/payouts/reconcile';
import { createCard, createEmployer, createPerson, payContribution } from '@jmo/server/testing/factories';
import sharp from 'sharp';
import { count, depsFor, flag, fmt, machineLine, serverLine, table, withScratchDatabase } from './support.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    concurrency: { type: 'string' },
    'latency-claims': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const CLAIMS = count(flag(values, 'claims'), 300);
const CONCURRENCY = count(flag(values, 'concurrency'), 8);
const LATENCY_CLAIMS = count(flag(values, 'latency-claims'), 3);
const SERVER_URL =
  flag(values, 'database-url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const quietLog = {
  info() {},
  warn() {},
  error(obj: unknown, msg?: string) {
    console.error(msg, obj);
  },
  child() {
    return quietLog;
  },
} as never;

async function claimant(deps: Deps, serial: number, selfie: Buffer) {
  const nik = `3273${String(serial).padStart(12, '0')}`;
  const { personId } = await createPerson(deps, { nik, fullName: 'Agus Pratama' });
  const userId = deps.newId();
  const email = `claimant${serial}@bench.jmo.id`;
  await deps.db
    .insertInto('user_accounts')
    .values({
      id: userId,
      person_id: personId,
      email_enc: deps.pii.encrypt(email),
      email_index: deps.pii.blindIndex('email', email),
      phone_enc: deps.pii.encrypt(`+62813${String(serial).padStart(8, '0')}`),
      phone_index: deps.pii.blindIndex('phone', `+62813${String(serial).padStart(8, '0')}`),
      // Never signed in with: the bench calls the services with a session made below.
      password_hash: 'bench-no-password',
    })
    .execute();
  const employer = await createEmployer(deps, 'PT Bench Sejahtera');
  const card = await createCard(deps, {
    personId,
    employerId: employer.id,
    status: 'nonactive',
    joinedOn: '2023-01-02',
    leftOn: '2026-08-15',
  });
  for (const period of ['2026-05', '2026-06', '2026-07']) {
    await payContribution(deps, card, {
      period,
      wage: 5_000_000n,
      employer: 185_000n,
      worker: 100_000n,
      paidOn: `${period}-10`,
    });
  }
  const accountNumber = `7${String(serial).padStart(14, '0')}`;
  await addSandboxBankAccounts(deps.db, deps, [
    { bankCode: '002', accountNumber, holderName: 'AGUS PRATAMA', status: 'active' },
  ]);
  const now = deps.clock.now();
  const data: PersonData = {
    ...EMPTY_PERSON_DATA,
    bank: { code: '002', accountNumber, holderName: 'AGUS PRATAMA' },
  };
  await deps.db
    .insertInto('person_profiles')
    .values({
      person_id: personId,
      data_enc: deps.pii.encrypt(JSON.stringify(data)),
      version: 1,
      updated_at: now,
    })
    .execute();
  await deps.db
    .insertInto('data_updates')
    .values({
      id: deps.newId(),
      membership_id: card.membershipId,
      person_id: personId,
      status: 'updated',
      completed_steps: [],
      current_step: null,
      checks: '{}',
      payload_enc: deps.pii.encrypt('{"entries":{}}'),
      face_attempts_since: now,
      created_at: now,
      updated_at: now,
      submitted_at: now,
      completed_at: now,
    })
    .execute();
  // A session that stepped up a minute ago, as Konfirmasi finds it after the code.
  const tokenHash = randomBytes(32);
  const hour = 3_600_000;
  await deps.db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      device_label: 'bench',
      ip: null,
      staff_id: null,
      stepped_up_until: new Date(now.getTime() + 5 * 60_000),
      created_at: now,
      last_seen_at: now,
      idle_expires_at: new Date(now.getTime() + hour),
      absolute_expires_at: new Date(now.getTime() + 12 * hour),
    })
    .execute();
  const principal: Principal = { role: 'participant', userId, personId, sessionTokenHash: tokenHash };
  return { principal, kpj: card.kpj, selfie };
}

type Claimant = Awaited<ReturnType<typeof claimant>>;

/** Konfirmasi as the app reaches it: start, selfie, send. */
async function claimOnce(deps: Deps, c: Claimant): Promise<string> {
  const key = randomUUID();
  const started = await startJhtClaim(
    deps,
    c.principal,
    { kpj: c.kpj, reason: 'resigned', idempotencyKey: key },
    'id',
  );
  if (!started.ok) throw new Error(`start: ${started.error} ${started.detail ?? ''}`);
  const id = started.value.claim.id;
  const face = await submitClaimSelfie(deps, c.principal, id, c.selfie, 'id');
  if (!face.ok) throw new Error(`selfie: ${face.error}`);
  const sent = await submitJhtClaim(deps, c.principal, { id, idempotencyKey: key }, 'id');
  if (!sent.ok) throw new Error(`submit: ${sent.error} ${sent.detail ?? ''}`);
  if (sent.value.state !== 'paying') throw new Error(`claim went to ${sent.value.state}, not paying`);
  return id;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

console.log(`Claims bench — ${machineLine()}`);
await withScratchDatabase(SERVER_URL, 'claims', { poolSize: CONCURRENCY + 2 }, async (scratch) => {
  console.log(`  ${await serverLine(scratch.client)}`);
  // The sandbox as `npm start` runs it (its bank and captured messages), on PostgreSQL.
  const config = loadConfig({
    NODE_ENV: 'development',
    JMO_SANDBOX: 'on',
    DATABASE_URL: scratch.url,
    LOG_LEVEL: 'silent',
  });
  const base = depsFor(config, scratch.db);
  const selfie = await sharp({ create: { width: 480, height: 640, channels: 3, background: '#c8a08c' } })
    .jpeg()
    .toBuffer();
  const makeDeps = (himbaraDelayMs: number): Deps => ({
    ...base,
    face: { compare: async () => ({ ok: true, similarity: 0.9, liveness: 0.9, millis: 1 }) },
    registry: { ...base.registry, referencePhoto: async () => selfie },
    bank: createSandboxBank(
      { db: scratch.db, pii: base.pii, clock: base.clock },
      { latencyMs: 0, himbaraDelayMs, batchMs: config.payouts.sandboxBatchMs },
    ),
  });
  const deps = makeDeps(0);
  const stopFollowing = followClaimPayouts(deps);

  // Baseline: one durable single-row commit on this server.
  await scratch.client.query('CREATE TEMP TABLE bench_commit (id serial PRIMARY KEY, at timestamptz)');
  const commits = 300;
  let started = performance.now();
  for (let i = 0; i < commits; i++)
    await scratch.client.query('INSERT INTO bench_commit (at) VALUES (now())');
  const commitMs = (performance.now() - started) / commits;

  process.stdout.write(`  setting up ${fmt(CLAIMS + LATENCY_CLAIMS)} members who resigned…`);
  const people: Claimant[] = [];
  for (let i = 0; i < CLAIMS + LATENCY_CLAIMS; i++) people.push(await claimant(deps, i + 1, selfie));
  console.log(' done');
  const [load, later] = [people.slice(0, CLAIMS), people.slice(CLAIMS)];

  started = performance.now();
  const ids: string[] = [];
  await inBatches(load, CONCURRENCY, async (c) => ids.push(await claimOnce(deps, c)));
  const claimsMs = performance.now() - started;

  started = performance.now();
  let rounds = 0;
  for (;;) {
    rounds++;
    await Promise.all([runPayoutWorker(deps, { batchSize: 100 }), runPayoutWorker(deps, { batchSize: 100 })]);
    await runSandboxBankTick(deps);
    const left = await scratch.db
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('state', '!=', 'paid')
      .executeTakeFirstOrThrow();
    if (Number(left.n) === 0) break;
    if (rounds > 500) throw new Error('payouts did not settle');
  }
  const payoutsMs = performance.now() - started;
  const report = await reconcilePayouts(deps, { quiescent: true });
  if (!report.ok) throw new Error(`reconciliation failed: ${report.problems.join('; ')}`);
  stopFollowing();

  // Konfirmasi → paid, with the background jobs on the real clock and the configured Himbara delay.
  const live = makeDeps(config.payouts.sandboxHimbaraDelayMs);
  const stopLive = followClaimPayouts(live);
  const jobs = startBackgroundJobs(live, quietLog);
  const latencies: number[] = [];
  for (const c of later) {
    const t0 = performance.now();
    const id = await claimOnce(live, c);
    for (;;) {
      const claim = await findClaim(scratch.db, { id });
      if (claim?.state === 'paid') break;
      if (performance.now() - t0 > 120_000) throw new Error('a claim was not paid within two minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    latencies.push(performance.now() - t0);
  }
  await jobs.stop();
  stopLive();

  const perClaimMs = claimsMs / CLAIMS;
  console.log(
    table([
      ['measure', 'value'],
      ['claims sent (start + selfie + Konfirmasi), straight through', fmt(CLAIMS)],
      [`claims per second (${CONCURRENCY} at a time)`, (CLAIMS / (claimsMs / 1000)).toFixed(1)],
      ['time per claim (wall ÷ claims)', `${perClaimMs.toFixed(1)} ms`],
      ['one durable single-row commit on this server', `${commitMs.toFixed(2)} ms`],
      ['RATIO claim ÷ commit', (perClaimMs / commitMs).toFixed(1)],
      [
        'payouts paid per second (worker ×2 + sandbox bank, delay 0)',
        (CLAIMS / (payoutsMs / 1000)).toFixed(1),
      ],
      ['reconciliation (ledger = payouts = bank)', report.ok ? 'clean' : 'FAILED'],
      [
        `Konfirmasi → paid, Himbara, background jobs (delay ${config.payouts.sandboxHimbaraDelayMs} ms)`,
        latencies.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', '),
      ],
    ]),
  );
});
