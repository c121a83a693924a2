/**
 * The incomes an informal worker (BPU) may declare, as dated data. PP 44/2015 art. 20(1)-(2) has the
 * member choose their income from the table in annex II; PP 82/2019 replaced that annex. The annex
 * was not found (RULES.md §2, §10.9). Sourced are only the ends: the lowest income Rp1.000.000 (JKK
 * Rp10.000) and the highest JKK amount Rp207.000, i.e. an income of Rp20.700.000 at 1%
 * (radarmukomuko.disway.id [M]).
 *
 * Our choice for the brackets in between, marked illustrative one by one: steps of Rp500.000 from
 * Rp1.000.000 to Rp20.500.000, then the sourced top Rp20.700.000 (41 brackets). Rp500.000 steps keep
 * the list short enough to pick from on a phone, and every income the demo data declares is one of
 * them.
 *
 * The table starts with PP 82/2019 (promulgated 2 December 2019 as remembered, not read; RULES.md
 * §11 says signed 29 November 2019): the older annex is unknown, so earlier periods are not covered.
 */
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type BpuIncomeBracket = {
  readonly income: Rupiah;
  /** True when this bracket's value is ours, not read in a source. */
  readonly illustrative: boolean;
};

export type BpuIncomeBrackets = { readonly brackets: readonly BpuIncomeBracket[] };

const LOWEST = 1_000_000;
const HIGHEST = 20_700_000;
const STEP = 500_000;

function brackets(): BpuIncomeBracket[] {
  const list: BpuIncomeBracket[] = [];
  for (let income = LOWEST; income < HIGHEST; income += STEP) {
    list.push({ income: rupiah(income), illustrative: income !== LOWEST });
  }
  list.push({ income: rupiah(HIGHEST), illustrative: false });
  return list;
}

export const BPU_INCOME_BRACKETS = ruleTable<BpuIncomeBrackets>([
  {
    validFrom: '2019-12-02',
    value: { brackets: brackets() },
    source:
      'PP 82/2019 annex II (not found); ends per radarmukomuko.disway.id [M]: lowest Rp1.000.000, highest JKK Rp207.000',
    note:
      'Rp1.000.000 and Rp20.700.000 are sourced; the brackets in between (steps of Rp500.000) are ours and ' +
      'illustrative until the annex is found.',
  },
]);
