/**
 * Work that runs beside the HTTP server in `npm start`: posting paid invoices too big to post
 * inline, telling members about unpaid months, and crediting last year's development return. Each
 * job is safe to run again at any time and on several instances at once (their writes are keyed), so a crash or a restart loses nothing: the
 * next tick picks up where the last one stopped. A job never overlaps itself in one process.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../lib/deps.ts';
import { notifyUnpaidContributions } from '../modules/alerts/alerts.service.ts';
import { today } from '../modules/cards/cards.service.ts';
import { sendClaimNotices } from '../modules/claims/claim-notices.ts';
import { runPostingJob } from '../modules/invoices/invoices.service.ts';
import { sendDueClaimReminders } from '../modules/jht-claim/jht-claim.service.ts';
import { creditDevelopmentReturns } from '../modules/ledger/development-return.job.ts';
import { runPayoutWorker, runSandboxBankTick } from '../modules/payouts/payouts.service.ts';

export interface BackgroundJobs {
  stop(): Promise<void>;
}

interface Job {
  name: string;
  everyMs: number;
  run(): Promise<Record<string, number>>;
}

export function startBackgroundJobs(deps: Deps, log: FastifyBaseLogger): BackgroundJobs {
  let payoutsRefusalLogged = false;
  const jobs: Job[] = [
    { name: 'post paid invoices', everyMs: 15_000, run: () => runPostingJob(deps) },
    {
      name: 'unpaid-contribution alerts',
      everyMs: 60 * 60_000,
      run: async () => ({ sent: await notifyUnpaidContributions(deps) }),
    },
    {
      // Last year's development return, once the year is over; a no-op once credited. Real balances
      // are never credited at a rate the table marks illustrative.
      name: 'development returns',
      everyMs: 6 * 60 * 60_000,
      run: async (): Promise<Record<string, number>> => {
        const asOf = today(deps);
        const result = await creditDevelopmentReturns(deps, {
          year: Number(asOf.slice(0, 4)) - 1,
          asOf,
          allowIllustrative: deps.config.sandbox,
        });
        if (!result.ok) {
          if (result.error === 'rate_illustrative')
            log.warn({ detail: result.detail }, 'development return not credited');
          return {};
        }
        return { credited: result.credited };
      },
    },
    {
      // "Remind me on the day I can claim": each due reminder once (notices are keyed by reminder).
      name: 'JHT claim reminders',
      everyMs: 30 * 60_000,
      run: async () => ({ sent: await sendDueClaimReminders(deps) }),
    },
    {
      // Claim moves not announced yet: the payouts' (which move claims inside their own transactions)
      // and any a crash left behind; requests and officers announce their own right after commit.
      name: 'claim notices',
      everyMs: 5_000,
      run: async () => ({ sent: await sendClaimNotices(deps) }),
    },
    {
      // Payouts out of the outbox to the banks. Where payouts cannot run (PGlite or fsync off outside
      // the sandbox) it says so once and does nothing.
      name: 'payouts',
      everyMs: 2_000,
      run: async () => {
        const { unavailable, refused, ...counts } = await runPayoutWorker(deps);
        if (unavailable && !payoutsRefusalLogged) {
          payoutsRefusalLogged = true;
          log.warn({ job: 'payouts' }, unavailable);
        }
        return counts;
      },
    },
    ...(deps.config.sandbox
      ? [{ name: 'sandbox bank transfers', everyMs: 1_000, run: () => runSandboxBankTick(deps) }]
      : []),
  ];
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const started = performance.now();
      const work = job
        .run()
        .then((result) => {
          if (Object.values(result).some((n) => n > 0))
            log.info({ job: job.name, ms: Math.round(performance.now() - started), ...result }, 'job done');
        })
        .catch((error: unknown) =>
          log.error({ err: error, job: job.name }, 'job failed; it runs again at the next tick'),
        )
        .finally(() => {
          busy = false;
          running.delete(work);
        });
      running.add(work);
    };
    setTimeout(tick, 2_000).unref();
    return setInterval(tick, job.everyMs).unref();
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
