/**
 * The yearly development-return job on a real database: each JHT balance gets core's amount for the
 * year (month-end balances, the year's rate, one rounding), credited on 31 December, once however
 * often the job runs; a year not over yet, or an illustrative rate outside the sandbox, is refused.
 */
import { developmentReturnForYear, developmentReturnRateForYear, type Rupiah } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createPerson, payContribution } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { creditDevelopmentReturns } from './development-return.job.ts';
import { balancesAsOf } from './ledger.repository.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('creditDevelopmentReturns', () => {
  it('credits each balance by the core method, once, on 31 December', async () => {
    const employer = await createEmployer(t.deps);
    const person = await createPerson(t.deps);
    const card = await createCard(t.deps, { personId: person.personId, employerId: employer.id });
    await payContribution(t.deps, card, {
      period: '2023-12',
      wage: 5_000_000n,
      employer: 185_000n,
      worker: 100_000n,
      paidOn: '2024-01-10',
    });
    await payContribution(t.deps, card, {
      period: '2024-05',
      wage: 5_000_000n,
      employer: 185_000n,
      worker: 100_000n,
      paidOn: '2024-06-12',
    });
    const empty = await createCard(t.deps, { personId: person.personId, employerId: employer.id });

    const first = await creditDevelopmentReturns(t.deps, {
      year: 2024,
      asOf: '2025-01-02',
      allowIllustrative: true,
      batchAccounts: 1,
    });
    const expected = developmentReturnForYear({
      year: 2024,
      monthEndBalances: [
        285_000n,
        285_000n,
        285_000n,
        285_000n,
        285_000n,
        570_000n,
        570_000n,
        570_000n,
        570_000n,
        570_000n,
        570_000n,
        570_000n,
      ] as Rupiah[],
      rate: developmentReturnRateForYear(2024).value.rateBp,
    }).amount;
    expect(first).toMatchObject({ ok: true, credited: 1 });
    const balances = await balancesAsOf(t.deps.db, [card.accountId, empty.accountId], '2024-12-31');
    expect(balances.get(card.accountId)).toBe(570_000n + expected);
    expect(balances.get(empty.accountId)).toBe(0n);

    const again = await creditDevelopmentReturns(t.deps, {
      year: 2024,
      asOf: '2025-03-01',
      allowIllustrative: true,
    });
    expect(again).toMatchObject({ ok: true, credited: 0, total: 0n });
    expect((await balancesAsOf(t.deps.db, [card.accountId], '2099-01-01')).get(card.accountId)).toBe(
      570_000n + expected,
    );
  });

  it('refuses a year that is not over, and an illustrative rate for real balances', async () => {
    expect(
      await creditDevelopmentReturns(t.deps, { year: 2026, asOf: '2026-12-31', allowIllustrative: true }),
    ).toMatchObject({
      ok: false,
      error: 'year_not_complete',
    });
    expect(
      await creditDevelopmentReturns(t.deps, { year: 2024, asOf: '2025-01-02', allowIllustrative: false }),
    ).toMatchObject({
      ok: false,
      error: 'rate_illustrative',
    });
  });
});
