/**
 * Penggabungan saldo: a member moves the whole JHT (and JP) balance of a card they no longer work
 * under to another card of theirs, so their savings sit in one place. Money moves as transfer
 * postings, never by changing a balance: each posting debits the old card's account and credits the
 * new one by the same amount, so both the member's total and the ledger's sum stay unchanged.
 *
 * Exactly once: the client sends an idempotency key (UUID), which names the postings. A replay
 * returns what the first request moved; the same key with other cards is refused. The old card's
 * accounts are locked (FOR UPDATE) while their balance is read and moved, so two merges at once
 * cannot move the same rupiah twice, and no account goes below zero.
 */
import { type MergeCardsResponse, type Rupiah, toWire } from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { balancesAsOf, memberAccountCode, postPostings } from '../ledger/ledger.repository.ts';
import { type CardHolder, today } from './cards.service.ts';

export type MergeError =
  | 'card_not_found'
  | 'merge_same_card'
  | 'card_still_active'
  | 'nothing_to_merge'
  | 'idempotency_key_reused';

const KINDS = ['member_jht', 'member_jp'] as const;

export async function mergeCards(
  deps: Deps,
  holder: CardHolder,
  input: { fromKpj: string; intoKpj: string; idempotencyKey: string },
): Promise<Outcome<MergeCardsResponse, MergeError>> {
  if (input.fromKpj === input.intoKpj) return { ok: false, error: 'merge_same_card' };
  const keyOf = (kind: (typeof KINDS)[number]) =>
    `merge:${input.idempotencyKey}:${kind.replace('member_', '')}`;
  return deps.db.transaction().execute(async (trx) => {
    const cards = await trx
      .selectFrom('memberships as m')
      .innerJoin('account_cards as ac', 'ac.membership_id', 'm.id')
      .select(['m.id', 'm.kpj', 'm.status'])
      .where('ac.user_id', '=', holder.userId)
      .where('m.kpj', 'in', [input.fromKpj, input.intoKpj])
      .execute();
    const from = cards.find((c) => c.kpj === input.fromKpj);
    const into = cards.find((c) => c.kpj === input.intoKpj);
    if (!from || !into) return { ok: false, error: 'card_not_found' } as const;

    const replay = await replayOf(trx, KINDS.map(keyOf));
    if (replay.length > 0) {
      const sameCards = replay.every(
        (e) =>
          e.debited === memberAccountCode(e.kind, from.kpj) &&
          e.credited === memberAccountCode(e.kind, into.kpj),
      );
      if (!sameCards) return { ok: false, error: 'idempotency_key_reused' } as const;
      return { ok: true, value: response(from.kpj, into.kpj, replay, true) } as const;
    }
    if (from.status === 'active') return { ok: false, error: 'card_still_active' } as const;

    // Lock the old card's accounts, then read what they hold.
    const fromAccounts = await trx
      .selectFrom('ledger_accounts')
      .select(['id', 'kind'])
      .where('membership_id', '=', from.id)
      .where('kind', 'in', [...KINDS])
      .forUpdate()
      .execute();
    const balances = await balancesAsOf(
      trx,
      fromAccounts.map((a) => a.id),
      '9999-12-31',
    );
    const moves = fromAccounts
      .map((a) => ({
        kind: a.kind as (typeof KINDS)[number],
        accountId: a.id,
        amount: balances.get(a.id) ?? (0n as Rupiah),
      }))
      .filter((m) => m.amount > 0n);
    if (moves.length === 0) return { ok: false, error: 'nothing_to_merge' } as const;

    const occurredOn = today(deps);
    const postings = [];
    for (const move of moves) {
      const intoAccountId = await ensureMemberAccount(trx, deps.newId, into.id, into.kpj, move.kind);
      postings.push({
        id: deps.newId(),
        sourceKey: keyOf(move.kind),
        kind: 'transfer' as const,
        occurredOn,
        memo: `penggabungan saldo ${from.kpj} → ${into.kpj}`,
        entries: [
          { accountId: move.accountId, amount: -move.amount as Rupiah },
          { accountId: intoAccountId, amount: move.amount },
        ],
      });
    }
    await postPostings(trx, postings);
    return {
      ok: true,
      value: response(
        from.kpj,
        into.kpj,
        moves.map((m) => ({ kind: m.kind, amount: m.amount })),
        false,
      ),
    } as const;
  });
}

function response(
  fromKpj: string,
  intoKpj: string,
  moves: readonly { kind: (typeof KINDS)[number]; amount: Rupiah }[],
  replayed: boolean,
): MergeCardsResponse {
  const of = (kind: (typeof KINDS)[number]) => moves.find((m) => m.kind === kind)?.amount ?? (0n as Rupiah);
  return { fromKpj, intoKpj, jhtMoved: toWire(of('member_jht')), jpMoved: toWire(of('member_jp')), replayed };
}

/** The postings an earlier request with this key made: what each moved and between which accounts. */
async function replayOf(db: Executor, sourceKeys: string[]) {
  const rows = await db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_entries as e', 'e.posting_id', 'p.id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['p.source_key', 'a.code', 'a.kind', 'e.amount'])
    .where('p.source_key', 'in', sourceKeys)
    .execute();
  const bySource = new Map<string, typeof rows>();
  for (const r of rows) bySource.set(r.source_key, [...(bySource.get(r.source_key) ?? []), r]);
  return [...bySource.values()].map((entries) => {
    const credit = entries.find((e) => e.amount > 0n)!;
    return {
      kind: credit.kind as (typeof KINDS)[number],
      amount: credit.amount as Rupiah,
      credited: credit.code,
      debited: entries.find((e) => e.amount < 0n)!.code,
    };
  });
}

async function ensureMemberAccount(
  db: Executor,
  newId: () => string,
  membershipId: string,
  kpj: string,
  kind: (typeof KINDS)[number],
): Promise<string> {
  const code = memberAccountCode(kind, kpj);
  await db
    .insertInto('ledger_accounts')
    .values({ id: newId(), code, kind, membership_id: membershipId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await db
    .selectFrom('ledger_accounts')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}
