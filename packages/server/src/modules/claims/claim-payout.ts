/**
 * Money for an approved claim, and the claim following its payout. `startPayout` runs in the
 * transaction that approved the claim: the tax is withheld (member JHT → tax withheld), the net is
 * ordered through the payouts outbox (member JHT → clearing), and the claim moves to `paying`, all
 * or nothing. The payouts module tells us, inside its own transactions, what the bank did; the claim
 * moves with it, so the ledger, the bank and the claim states always agree. A reversed payout gives
 * the withheld tax back too: no tax is owed on money that never left.
 */
import { type ClaimActor, dateInZone, type Rupiah } from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import { ensureFundAccount, postPostings } from '../ledger/ledger.repository.ts';
import {
  createPayoutOrder,
  onPayoutChanged,
  type PayoutChange,
  PayoutsUnavailableError,
  type Tx,
} from '../payouts/payouts.service.ts';
import { claimState, moveClaim } from './claim-moves.ts';
import { type ClaimRow, findClaim } from './claims.repository.ts';
import { openBank } from './claims.view.ts';

export const CLAIM_PAYOUT_SOURCE = 'jht_claim';

async function jhtAccountOf(trx: Executor, membershipId: string): Promise<string> {
  const row = await trx
    .selectFrom('ledger_accounts')
    .select('id')
    .where('membership_id', '=', membershipId)
    .where('kind', '=', 'member_jht')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function startPayout(
  trx: Tx,
  deps: Deps,
  claim: ClaimRow,
  by: { actor: ClaimActor; staffId?: string },
): Promise<ClaimRow> {
  const bank = openBank(deps, claim.bank_enc);
  if (!bank || claim.net === null || claim.tax === null) throw new Error(`claim ${claim.id} has no amounts`);
  const account = await jhtAccountOf(trx, claim.membership_id);
  const occurredOn = dateInZone(deps.clock.now(), deps.config.timeZone);
  if (claim.tax > 0n) {
    const taxAccount = await ensureFundAccount(trx, 'fund_tax_withheld', deps.newId);
    await postPostings(trx, [
      {
        id: deps.newId(),
        sourceKey: `claim-tax:${claim.id}`,
        kind: 'transfer',
        occurredOn,
        memo: `PPh 21 withheld on JHT claim ${claim.reference}`,
        entries: [
          { accountId: account, amount: -claim.tax as Rupiah },
          { accountId: taxAccount, amount: claim.tax as Rupiah },
        ],
      },
    ]);
  }
  let payoutId: string;
  try {
    ({ payoutId } = await createPayoutOrder(deps, trx, {
      sourceKind: CLAIM_PAYOUT_SOURCE,
      sourceId: claim.id,
      userId: claim.user_id,
      ledgerAccountId: account,
      amount: claim.net as Rupiah,
      bankCode: bank.bankCode,
      accountNumber: bank.accountNumber,
      holderName: bank.holderName,
    }));
  } catch (error) {
    // Thrown before anything was written; the caller rolls the approval back with it.
    if (error instanceof PayoutsUnavailableError) throw new PayoutsRefused(error.message);
    throw error;
  }
  await trx.updateTable('claims').set({ payout_id: payoutId }).where('id', '=', claim.id).execute();
  const paying = await moveClaim(
    trx,
    deps,
    { ...claim, payout_id: payoutId },
    {
      to: 'paying',
      actor: 'system',
      ...(by.staffId ? { staffId: by.staffId } : {}),
    },
  );
  if (!paying.ok) throw new Error(`claim ${claim.id} could not move to paying: ${paying.error}`);
  return paying.value;
}

/** Payouts cannot run on this database: the whole approval rolls back (see payoutsDurability). */
export class PayoutsRefused extends Error {
  override readonly name = 'PayoutsRefused';
}

/** The claim follows its payout: paid, failed (and retried), or reversed to the balance. */
async function followPayout(deps: Deps, change: PayoutChange): Promise<void> {
  if (change.sourceKind !== CLAIM_PAYOUT_SOURCE) return;
  const { tx } = change;
  let claim = await findClaim(tx, { id: change.sourceId }, { forUpdate: true });
  if (!claim) throw new Error(`payout ${change.payoutId} pays an unknown claim ${change.sourceId}`);
  const step = async (to: Parameters<typeof moveClaim>[3]['to'], actor: ClaimActor, reason?: string) => {
    const moved = await moveClaim(tx, deps, claim!, { to, actor, reason: reason ?? null });
    if (!moved.ok)
      throw new Error(`claim ${claim!.id}: ${claimState(claim!)} → ${to} refused: ${moved.error}`);
    claim = moved.value;
  };
  const reason = change.reason ?? null;
  // The payout's cycle seen from the claim: paying → payout_failed → retrying → paying → …
  const walkTo = async (target: 'paying' | 'payout_failed') => {
    for (let guard = 0; guard < 3 && claimState(claim!) !== target; guard++) {
      const state = claimState(claim!);
      if (state === 'paying')
        await step(
          'payout_failed',
          'bank',
          reason && reason !== 'retries_exhausted' ? reason : 'bank_timeout',
        );
      else if (state === 'payout_failed') await step('retrying', 'system');
      else if (state === 'retrying') await step('paying', 'system');
      else throw new Error(`claim ${claim!.id} in ${state} cannot follow its payout`);
    }
  };
  const state = claimState(claim);
  switch (change.state) {
    case 'paid':
      if (state === 'paid') return;
      await walkTo('paying');
      await step('paid', 'bank');
      return;
    case 'failed':
      // One attempt failed; the payout is retried or reversed next.
      if (state === 'paying') await step('payout_failed', 'bank', reason ?? 'bank_timeout');
      return;
    case 'retrying':
      // Another attempt is scheduled: the claim is back with the bank.
      if (state === 'payout_failed') await walkTo('paying');
      return;
    case 'reversed': {
      if (state === 'reversed') return;
      await walkTo('payout_failed');
      await step('reversed', 'system', reason === 'bank_timeout' || !reason ? 'retries_exhausted' : reason);
      if (claim.tax && claim.tax > 0n) {
        const account = await jhtAccountOf(tx, claim.membership_id);
        const taxAccount = await ensureFundAccount(tx, 'fund_tax_withheld', deps.newId);
        await postPostings(tx, [
          {
            id: deps.newId(),
            sourceKey: `claim-tax-reversal:${claim.id}`,
            kind: 'reversal',
            occurredOn: dateInZone(deps.clock.now(), deps.config.timeZone),
            memo: `Withheld tax returned: JHT claim ${claim.reference} not paid`,
            entries: [
              { accountId: taxAccount, amount: -claim.tax as Rupiah },
              { accountId: account, amount: claim.tax as Rupiah },
            ],
          },
        ]);
      }
      return;
    }
  }
}

/** Called once per process with the app's deps (app.ts); returns a function that stops listening. */
export function followClaimPayouts(deps: Deps): () => void {
  return onPayoutChanged((change) => followPayout(deps, change));
}
