/**
 * The ledger auditor (STYLE B9, after TigerBeetle's): long random sequences of contributions,
 * development returns, card merges and replays of any of them run through the real repository and
 * merge service on the real database, beside an in-memory model of every balance. After each
 * sequence: each card's balance equals the model's and the sum of its entries, every posting sums
 * to zero, the whole ledger sums to zero, and no member account is below zero. A failure prints the
 * seed and the shortest sequence fast-check found.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createCard,
  createEmployer,
  createMember,
  creditDevelopmentReturn,
  payContribution,
} from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { mergeCards } from '../cards/merge.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const CARDS = 4;

const operation = fc.oneof(
  fc.record({
    op: fc.constant('contribute' as const),
    card: fc.nat(CARDS - 1),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({
    op: fc.constant('return' as const),
    card: fc.nat(CARDS - 1),
    amount: fc.integer({ min: 1, max: 900_000 }),
  }),
  fc.record({ op: fc.constant('merge' as const), from: fc.nat(CARDS - 1), into: fc.nat(CARDS - 1) }),
  fc.record({ op: fc.constant('replay' as const), back: fc.nat(20) }),
);

it('keeps balances equal to the model, every posting balanced and no account negative', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 20, maxLength: 120 }), async (ops) => {
      run++;
      const member = await createMember(t.deps);
      const holder = { userId: member.userId, personId: member.personId };
      const employer = await createEmployer(t.deps);
      // Card 0 stays active (it cannot be merged from); the others are former jobs.
      const cards = [];
      for (let i = 0; i < CARDS; i++) {
        cards.push(
          await createCard(t.deps, {
            personId: member.personId,
            employerId: employer.id,
            ...(i === 0 ? {} : { status: 'nonactive' as const, leftOn: '2025-01-31' }),
          }),
        );
      }
      const model = new Map(cards.map((c) => [c.kpj, 0n]));
      const done: (() => Promise<void>)[] = [];
      let month = 0;
      let key = 0;
      for (const op of ops) {
        let action: () => Promise<void>;
        if (op.op === 'contribute') {
          const card = cards[op.card]!;
          const period = `${2000 + Math.floor(month / 12) + run * 20}-${String((month % 12) + 1).padStart(2, '0')}`;
          month++;
          const amount = BigInt(op.amount);
          let applied = false;
          action = async () => {
            await payContribution(t.deps, card, {
              period,
              wage: amount * 10n,
              employer: amount,
              worker: 0n,
              paidOn: '2025-06-01',
            }).catch(
              // A replayed contribution: the contributions row is refused and the posting was skipped.
              (e: Error) => {
                if (!/duplicate key/.test(e.message)) throw e;
              },
            );
            if (!applied) model.set(card.kpj, model.get(card.kpj)! + amount);
            applied = true;
          };
        } else if (op.op === 'return') {
          const card = cards[op.card]!;
          const year = 1900 + month++ + run * 200;
          const amount = BigInt(op.amount);
          let applied = false;
          action = async () => {
            await creditDevelopmentReturn(t.deps, card, { year, amount });
            if (!applied) model.set(card.kpj, model.get(card.kpj)! + amount);
            applied = true;
          };
        } else if (op.op === 'merge') {
          const from = cards[op.from]!;
          const into = cards[op.into]!;
          const idempotencyKey = `01936d3a-0000-7000-8000-${String(run * 10_000 + key++).padStart(12, '0')}`;
          let applied = false;
          action = async () => {
            const result = await mergeCards(t.deps, holder, {
              fromKpj: from.kpj,
              intoKpj: into.kpj,
              idempotencyKey,
            });
            const expected =
              from.kpj === into.kpj
                ? 'merge_same_card'
                : op.from === 0
                  ? 'card_still_active'
                  : model.get(from.kpj)! === 0n
                    ? 'nothing_to_merge'
                    : 'ok';
            if (applied) return; // a replay answers, but moves nothing
            expect(result.ok ? 'ok' : result.error).toBe(expected);
            if (result.ok) {
              model.set(into.kpj, model.get(into.kpj)! + model.get(from.kpj)!);
              model.set(from.kpj, 0n);
              applied = true;
            }
          };
        } else {
          const earlier = done[done.length - 1 - op.back];
          if (!earlier) continue;
          action = earlier;
        }
        await action();
        done.push(action);
      }

      for (const card of cards) {
        const { rows } = await sql<{ balance: string }>`
          SELECT coalesce(sum(amount), 0)::text AS balance FROM ledger_entries WHERE account_id = ${card.accountId}`.execute(
          t.deps.db,
        );
        expect(BigInt(rows[0]!.balance)).toBe(model.get(card.kpj));
        expect(model.get(card.kpj)! >= 0n).toBe(true);
      }
      const unbalanced = await sql<{ n: string }>`
        SELECT count(*)::text AS n FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x`.execute(
        t.deps.db,
      );
      expect(unbalanced.rows[0]!.n).toBe('0');
      const total = await sql<{
        total: string;
      }>`SELECT coalesce(sum(amount), 0)::text AS total FROM ledger_entries`.execute(t.deps.db);
      expect(total.rows[0]!.total).toBe('0');
    }),
    { numRuns: 12, verbose: true },
  );
}, 240_000);
