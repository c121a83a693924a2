/**
 * A deterministic generator of a plausible member population for demos, tests and benchmarks:
 * people with valid NIKs from real district codes, employers, KPJ cards over a career, monthly
 * wages and JHT contributions, and yearly development returns.
 *
 * Determinism: the same (seed, asOf, people) gives the same output, byte for byte, on any machine.
 * Every person and employer draws from their own seeded stream (`deriveSeed`), and only integer
 * arithmetic is used for money.
 *
 * Bounded memory: `generatePeople` yields one person at a time. What it keeps is fixed by the
 * options, not by how far it has got: the employer list (one per 20 people) and a counter of NIK
 * serials per (district, birth date, sex) — about 5 MB — which makes every NIK unique and its
 * serial small, as real ones are ("0001" is the first person born that day in that district).
 *
 * Money and rules come from @jmo/core: `computeJhtContribution` for PU contributions, the dated
 * development-return table and `developmentReturnForYear` for the yearly credit. Wage floors are
 * demo-only (`wage-floors.ts`).
 */
import {
  addMonths,
  applyRate,
  assert,
  type BasisPoints,
  BPU_CONTRIBUTION_RATES,
  bp,
  buildNik,
  type CalendarDate,
  computeJhtContribution,
  DISTRICTS,
  dateOf,
  developmentReturnForYear,
  developmentReturnRateForYear,
  isCalendarDate,
  issueKpj,
  JHT_CONTRIBUTION_RATES,
  JHT_DEVELOPMENT_RETURN_RATES,
  lastDayOf,
  max,
  monthsBetween,
  type Period,
  period,
  periodOfDate,
  periodParts,
  type Rupiah,
  ruleForPeriod,
  rupiah,
  type Sex,
  ZERO,
} from '@jmo/core';
import { addDays, addYears, dayNumber } from './days.ts';
import {
  BALINESE,
  EMPLOYER_WORDS,
  NAME_POOLS,
  NAME_STYLES_BY_PROVINCE,
  type NameStyle,
  PROVINCE_WEIGHTS,
} from './names.ts';
import { createRng, deriveSeed, type Rng } from './random.ts';
import { roundToThousand, wageFloor } from './wage-floors.ts';

export type LeavingReason = 'resigned' | 'terminated' | 'lapsed';

export interface GenerateOptions {
  /** Any 32-bit integer. */
  seed: number;
  /** The day the population is generated for ('YYYY-MM-DD'): nothing happens after it. */
  asOf: CalendarDate;
  /** How many people `generatePeople` yields. */
  people: number;
  /** First month of the histories; default 2015-01 (the development-return table starts in 2015). */
  historyFrom?: Period;
  /** Share of informal (BPU) members in percent; default 12. */
  bpuPercent?: number;
}

export interface DemoEmployer {
  npp: string;
  name: string;
  /** Two-digit province code where the employer reports wages; sets the wage floor. */
  provinceCode: string;
}

export interface DemoPerson {
  nik: string;
  fullName: string;
  birthDate: CalendarDate;
  sex: Sex;
  districtCode: string;
}

export interface DemoContribution {
  period: Period;
  /** PU: the wage the employer reported; BPU: the income the member declared. */
  reportedWage: Rupiah;
  jhtEmployer: Rupiah;
  jhtWorker: Rupiah;
  total: Rupiah;
  paidOn: CalendarDate;
}

export interface DemoDevelopmentReturn {
  year: number;
  rateBp: BasisPoints;
  amount: Rupiah;
  creditedOn: CalendarDate;
}

export interface DemoMembership {
  kpj: string;
  segment: 'PU' | 'BPU';
  /** NPP of the employer (PU), null for BPU. */
  employerNpp: string | null;
  status: 'active' | 'nonactive';
  joinedOn: CalendarDate;
  leftOn: CalendarDate | null;
  leavingReason: LeavingReason | null;
  /** Ordered by payment date. */
  contributions: DemoContribution[];
  /** One per completed year with a balance, credited on 31 December. */
  developmentReturns: DemoDevelopmentReturn[];
}

/** One person and everything that belongs to them: what `generatePeople` yields. */
export interface PersonBundle {
  person: DemoPerson;
  /** Oldest card first. */
  memberships: DemoMembership[];
}

export const DEFAULT_HISTORY_FROM = '2015-01' as Period;
const DEFAULT_BPU_PERCENT = 12;
const PEOPLE_PER_EMPLOYER = 20;

/** Generated NIK serials stay below this; fixed personas use serials from here up. */
export const RESERVED_NIK_SERIAL_FROM = 9000;
/** KPJ card indexes from here up are reserved for fixed personas (see `kpjFor`). */
export const RESERVED_CARD_INDEX_FROM = 99_999_000;
/** At most this many cards per generated person (PU careers of up to 3 jobs, plus a BPU card). */
const CARDS_PER_PERSON = 4;
export const MAX_PEOPLE = Math.floor(RESERVED_CARD_INDEX_FROM / CARDS_PER_PERSON);

// Independent random streams, so adding a draw to one kind of record never shifts another.
const STREAM_EMPLOYER = 1;
const STREAM_PERSON = 2;
export const STREAM_PERSONA = 3;

// ---------------------------------------------------------------------------------------------
// Identifiers

const NPP_SPACE = 80_000_000;
const NPP_FIRST = 20_000_000;
const KPJ_SPACE = 100_000_000;

/** Odd and not a multiple of 5, so multiplying by it permutes 0..10^k−1 (and 0..8×10^7−1). */
const SPREAD_MULTIPLIER = 48_271_817;

/**
 * A generated employer's NPP: 8 digits from 20000000, spread out so that neighbours do not look
 * sequential; distinct for distinct indexes (a permutation of the space). Fixed personas' employers
 * use 1000000x numbers, which this never produces.
 */
export function nppFor(seed: number, index: number): string {
  assert(Number.isInteger(index) && index >= 0 && index < NPP_SPACE, `employer index out of range: ${index}`);
  const offset = deriveSeed(seed, STREAM_EMPLOYER, -1) % NPP_SPACE;
  return String(NPP_FIRST + ((index * (SPREAD_MULTIPLIER % NPP_SPACE) + offset) % NPP_SPACE));
}

/**
 * The KPJ of card `cardIndex` (person index × 4 + card number, or a reserved persona index) joined
 * in `joinYear`: our 10-digit serial is the two-digit join year followed by a permutation of the
 * card index over 8 digits, then core's check digit (`issueKpj`). Distinct indexes give distinct
 * numbers whatever the years.
 */
export function kpjFor(seed: number, cardIndex: number, joinYear: number): string {
  assert(Number.isInteger(cardIndex) && cardIndex >= 0 && cardIndex < KPJ_SPACE, `card index out of range`);
  const offset = deriveSeed(seed, STREAM_PERSON, -1) % KPJ_SPACE;
  // The product stays below 2^53: both factors are under 10^8 · 5·10^7.
  const spread = (cardIndex * SPREAD_MULTIPLIER + offset) % KPJ_SPACE;
  return issueKpj((joinYear % 100) * KPJ_SPACE + spread);
}

// ---------------------------------------------------------------------------------------------
// Employers

export function employerCount(people: number): number {
  return Math.max(8, Math.ceil(people / PEOPLE_PER_EMPLOYER));
}

const provinceWeights: readonly (readonly [string, number])[] = Object.entries(PROVINCE_WEIGHTS);

/** Employer `index` of a seed: the same every time it is asked for. */
export function employerAt(seed: number, index: number): DemoEmployer {
  const rng = createRng(deriveSeed(seed, STREAM_EMPLOYER, index));
  const form = rng.weighted(EMPLOYER_WORDS.forms);
  const first = rng.pick(EMPLOYER_WORDS.first);
  let second = rng.pick(EMPLOYER_WORDS.second);
  if (second === first) second = 'Utama';
  const words =
    form === 'PT' && rng.chance(40)
      ? [first, rng.pick(EMPLOYER_WORDS.industry), second]
      : form === 'PT' && rng.chance(15)
        ? [first, second, 'Tbk']
        : [first, second];
  const name =
    form === 'PT' && words[2] === 'Tbk' ? `PT ${words[0]} ${words[1]} Tbk` : `${form} ${words.join(' ')}`;
  return { npp: nppFor(seed, index), name, provinceCode: rng.weighted(provinceWeights) };
}

/** Every employer the people of `options` may work for, in index order. */
export function* generateEmployers(
  options: Pick<GenerateOptions, 'seed' | 'people'>,
): Generator<DemoEmployer> {
  const count = employerCount(options.people);
  for (let i = 0; i < count; i++) yield employerAt(options.seed, i);
}

// ---------------------------------------------------------------------------------------------
// Names

function buildName(rng: Rng, style: NameStyle, sex: Sex): string {
  if (style === 'balinese') {
    const order = rng.pick(rng.pick(BALINESE.birthOrder));
    if (sex === 'M') return `I ${order} ${rng.pick(BALINESE.male)}`;
    const given = rng.pick(BALINESE.female);
    return rng.chance(50)
      ? `Ni ${order} ${given}`
      : `Ni ${order} ${given} ${pickOther(rng, BALINESE.female, given)}`;
  }
  const pool = NAME_POOLS[style];
  const firstNames = sex === 'M' ? pool.male : pool.female;
  const seconds = (sex === 'M' ? pool.secondMale : pool.secondFemale) ?? pool.second;
  let first = rng.pick(firstNames);
  // Titles and abbreviations ("Andi", "Muh.", "Cut", "Teuku") are never a whole name.
  if (TITLES.has(first)) first = `${first} ${pickOther(rng, firstNames, first)}`;
  else if (rng.chance(pool.singleNamePercent) || seconds.length === 0) return first;
  if (seconds.length === 0) return first;
  const second = pickOther(rng, seconds, first);
  return `${first} ${second}`;
}

const TITLES = new Set(['Andi', 'Andi Muhammad', 'Muh.', 'Cut', 'Teuku']);

/** An item that is neither a title nor already part of `taken`. */
function pickOther(rng: Rng, items: readonly string[], taken: string): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const item = rng.pick(items);
    if (!TITLES.has(item) && !taken.split(' ').includes(item)) return item;
  }
  return items.find((item) => !TITLES.has(item) && !taken.split(' ').includes(item)) ?? items[0]!;
}

// ---------------------------------------------------------------------------------------------
// Careers: jobs → memberships with contributions and development returns

/** One KPJ card to build: when, where, and at what wage it starts. */
export interface CardPlan {
  kpj: string;
  segment: 'PU' | 'BPU';
  employer: DemoEmployer | null;
  joinedOn: CalendarDate;
  /** Set for a card that is no longer active; payments stop with this month. */
  leftOn: CalendarDate | null;
  leavingReason: LeavingReason | null;
  /** PU: the monthly wage in the join year; BPU: the declared income. */
  startingWage: Rupiah;
  /** BPU only: whether the member chose to save in JHT (PU always does). */
  hasJht: boolean;
  /** BPU lapsed: the last month the member paid for. */
  lastPaidPeriod?: Period;
}

/**
 * The months of a card, its wage month by month (a raise each January, never under the year's
 * floor), each month's JHT contribution and payment day, and the development return of every
 * completed year. Payments after `asOf` have not happened yet and are left out.
 */
export function buildMembership(plan: CardPlan, rng: Rng, asOf: CalendarDate): DemoMembership {
  const contributions: DemoContribution[] = [];
  const hasJht = plan.segment === 'PU' || plan.hasJht;
  if (hasJht) {
    // Months as integers (year × 12 + month − 1) in this hot loop: strings only for the records.
    const first = monthIndex(periodOfDate(plan.joinedOn));
    const last = monthIndex(plan.lastPaidPeriod ?? periodOfDate(plan.leftOn ?? asOf));
    let wage = plan.startingWage;
    let jht: { wage: Rupiah; until: string; employer: Rupiah; worker: Rupiah; total: Rupiah } | undefined;
    for (let m = first; m <= last; m++) {
      if (m > first && m % 12 === 0) {
        if (plan.segment === 'PU') wage = yearlyRaise(rng, wage, plan.employer?.provinceCode ?? '', m / 12);
        else if (rng.chance(15)) wage = rupiah(wage + 500_000n);
      }
      const paidOn = plan.segment === 'PU' ? puPaymentDay(rng, m) : bpuPaymentDay(rng, m, first);
      if (paidOn > asOf) continue;
      const p = periodAt(m);
      if (plan.segment === 'PU') {
        // Core's computation, reused while neither the wage nor the rate entry changes.
        if (!jht || jht.wage !== wage || `${p}-01` >= jht.until) {
          const c = computeJhtContribution(wage, p);
          const next = JHT_CONTRIBUTION_RATES.find((r) => r.validFrom > c.rule.validFrom);
          jht = {
            wage,
            until: next?.validFrom ?? '9999-12-31',
            employer: c.employer,
            worker: c.worker,
            total: c.total,
          };
        }
        contributions.push({
          period: p,
          reportedWage: wage,
          jhtEmployer: jht.employer,
          jhtWorker: jht.worker,
          total: jht.total,
          paidOn,
        });
      } else {
        // JHT for informal workers: 2% of the declared income, paid by the member (core's dated rule).
        const worker = applyRate(wage, ruleForPeriod(BPU_CONTRIBUTION_RATES, p).value.jht.rateBp, 'half_up');
        contributions.push({
          period: p,
          reportedWage: wage,
          jhtEmployer: ZERO,
          jhtWorker: worker,
          total: worker,
          paidOn,
        });
      }
    }
    contributions.sort((a, b) =>
      a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.period < b.period ? -1 : 1,
    );
  }
  return {
    kpj: plan.kpj,
    segment: plan.segment,
    employerNpp: plan.employer?.npp ?? null,
    status: plan.leftOn ? 'nonactive' : 'active',
    joinedOn: plan.joinedOn,
    leftOn: plan.leftOn,
    leavingReason: plan.leavingReason,
    contributions,
    developmentReturns: developmentReturnsOf(contributions, asOf),
  };
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));
const monthIndex = (p: Period): number => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
const periodAt = (m: number): Period => `${Math.floor(m / 12)}-${TWO_DIGITS[(m % 12) + 1]}` as Period;
/** A day of month `m`; callers keep `day` at 28 or below, so the date always exists. */
const dayAt = (m: number, day: number): CalendarDate => `${periodAt(m)}-${TWO_DIGITS[day]}` as CalendarDate;

/** A raise of 3–10% most Januaries (none in one year of ten), never under the year's floor. */
function yearlyRaise(rng: Rng, wage: Rupiah, provinceCode: string, year: number): Rupiah {
  const raised = rng.chance(10)
    ? wage
    : roundToThousand(applyRate(wage, bp(10_000 + rng.between(300, 1000)), 'half_up'));
  return max(raised, wageFloor(provinceCode, year));
}

/**
 * PU contributions are due by the 15th of the next month (DOMAIN.md "Fines"): most employers pay
 * between the 5th and the 15th, some later that month, a few a month late.
 */
function puPaymentDay(rng: Rng, m: number): CalendarDate {
  const roll = rng.int(100);
  if (roll < 92) return dayAt(m + 1, rng.between(5, 15));
  if (roll < 98) return dayAt(m + 1, rng.between(16, 28));
  return dayAt(m + 2, rng.between(1, 28));
}

/**
 * BPU members pay by the 15th of the same month, some ahead in the last days of the month before
 * (never before they registered).
 */
function bpuPaymentDay(rng: Rng, m: number, joined: number): CalendarDate {
  if (rng.chance(15) && m > joined) return dayAt(m - 1, rng.between(20, 28));
  return dayAt(m, rng.between(1, 15));
}

/**
 * The development return of each completed year (31 December before `asOf`): core's method on the
 * card's twelve month-end balances, which include every payment made by each month's end and the
 * returns credited in earlier years.
 */
function developmentReturnsOf(
  byPaidDate: readonly DemoContribution[],
  asOf: CalendarDate,
): DemoDevelopmentReturn[] {
  const returns: DemoDevelopmentReturn[] = [];
  const first = byPaidDate[0];
  if (!first) return returns;
  let balance = 0n;
  let next = 0;
  for (let year = Number(first.paidOn.slice(0, 4)); `${year}-12-31` < asOf; year++) {
    const monthEndBalances: Rupiah[] = [];
    for (let m = year * 12; m < year * 12 + 12; m++) {
      const nextMonth = dayAt(m + 1, 1);
      for (let c = byPaidDate[next]; c && c.paidOn < nextMonth; c = byPaidDate[++next]) balance += c.total;
      monthEndBalances.push(balance as Rupiah);
    }
    const rate = developmentReturnRateForYear(year).value.rateBp;
    const credited = developmentReturnForYear({ year, monthEndBalances, rate });
    if (credited.amount > 0n) {
      returns.push({ year, rateBp: rate, amount: credited.amount, creditedOn: credited.creditedOn });
      balance += credited.amount;
    }
  }
  return returns;
}

// ---------------------------------------------------------------------------------------------
// People

interface Context {
  seed: number;
  asOf: CalendarDate;
  asOfPeriod: Period;
  historyFrom: Period;
  bpuPercent: number;
  employers: readonly DemoEmployer[];
  employersByProvince: ReadonlyMap<string, readonly number[]>;
  districtCumulative: Uint32Array;
  latestBirth: CalendarDate;
  birthDays: number;
  serials: Uint16Array;
}

function createContext(options: GenerateOptions): Context {
  const { seed, asOf, people } = options;
  assert(isCalendarDate(asOf), `asOf must be a calendar date: ${asOf}`);
  assert(Number.isInteger(people) && people >= 0 && people <= MAX_PEOPLE, `people must be 0..${MAX_PEOPLE}`);
  const firstRateYear = Number(JHT_DEVELOPMENT_RETURN_RATES[0]!.validFrom.slice(0, 4));
  const historyFrom = period(options.historyFrom ?? DEFAULT_HISTORY_FROM);
  assert(periodParts(historyFrom).year >= firstRateYear, `history cannot start before ${firstRateYear}`);
  assert(historyFrom < periodOfDate(asOf), 'history must start before asOf');

  const employers = [...generateEmployers({ seed, people })];
  const employersByProvince = new Map<string, number[]>();
  employers.forEach((e, i) => {
    const list = employersByProvince.get(e.provinceCode) ?? [];
    list.push(i);
    employersByProvince.set(e.provinceCode, list);
  });

  // Districts weighted by their province's population, shared among the province's districts.
  const perProvince = new Map<string, number>();
  for (const d of DISTRICTS) perProvince.set(d.provinceCode, (perProvince.get(d.provinceCode) ?? 0) + 1);
  const districtCumulative = new Uint32Array(DISTRICTS.length);
  let total = 0;
  DISTRICTS.forEach((d, i) => {
    total += Math.max(
      1,
      Math.round(((PROVINCE_WEIGHTS[d.provinceCode] ?? 1) * 1000) / perProvince.get(d.provinceCode)!),
    );
    districtCumulative[i] = total;
  });

  // Ages 19 to 60 on asOf.
  const latestBirth = addYears(asOf, -19);
  const earliestBirth = addDays(addYears(asOf, -61), 1);
  const birthDays = dayNumber(latestBirth) - dayNumber(earliestBirth) + 1;
  return {
    seed,
    asOf,
    asOfPeriod: periodOfDate(asOf),
    historyFrom,
    bpuPercent: options.bpuPercent ?? DEFAULT_BPU_PERCENT,
    employers,
    employersByProvince,
    districtCumulative,
    latestBirth,
    birthDays,
    serials: new Uint16Array(DISTRICTS.length * birthDays * 2),
  };
}

function pickDistrict(rng: Rng, cumulative: Uint32Array): number {
  const roll = rng.int(cumulative[cumulative.length - 1]!);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > roll) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Most people work in their home province; the rest anywhere (many move to Jakarta and Java). */
function pickEmployer(rng: Rng, ctx: Context, homeProvince: string, exclude: ReadonlySet<number>): number {
  const local = ctx.employersByProvince.get(homeProvince);
  for (let attempt = 0; attempt < 6; attempt++) {
    const index = local && rng.chance(65) ? rng.pick(local) : rng.int(ctx.employers.length);
    if (!exclude.has(index)) return index;
  }
  return rng.int(ctx.employers.length);
}

function startingWage(rng: Rng, floor: Rupiah): Rupiah {
  // Most wages sit a little above the floor; a long tail of skilled and senior staff earns far more.
  const multiplierBp = rng.weighted<readonly [number, number]>([
    [[10_000, 13_000], 50],
    [[13_000, 18_000], 27],
    [[18_000, 30_000], 15],
    [[30_000, 60_000], 6],
    [[60_000, 100_000], 2],
  ]);
  return roundToThousand(applyRate(floor, bp(rng.between(multiplierBp[0], multiplierBp[1])), 'half_up'));
}

const BPU_INCOMES: readonly (readonly [number, number])[] = [
  [1_000_000, 35],
  [1_500_000, 15],
  [2_000_000, 20],
  [2_500_000, 8],
  [3_000_000, 10],
  [4_000_000, 5],
  [5_000_000, 5],
  [7_500_000, 2],
];

function dayInMonth(rng: Rng, p: Period, firstDayPercent: number): CalendarDate {
  const { year, month } = periodParts(p);
  return dateOf(year, month, rng.chance(firstDayPercent) ? 1 : rng.between(2, 28));
}

function leavingDay(rng: Rng, p: Period, notBefore: CalendarDate): CalendarDate {
  const { year, month } = periodParts(p);
  const day = rng.chance(50) ? lastDayOf(p) : dateOf(year, month, rng.between(1, 28));
  return day < notBefore ? notBefore : day;
}

/** Split `months` into `jobs` spells of at least `minimum` months, in random proportions. */
function splitMonths(rng: Rng, months: number, jobs: number, minimum: number): number[] {
  const weights = Array.from({ length: jobs }, () => rng.between(2, 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = months - jobs * minimum;
  const lengths = weights.map((w) => minimum + Math.floor((spare * w) / total));
  const rest = months - lengths.reduce((a, b) => a + b, 0);
  lengths[jobs - 1] = lengths[jobs - 1]! + rest;
  return lengths;
}

function buildPerson(ctx: Context, index: number): PersonBundle {
  const rng = createRng(deriveSeed(ctx.seed, STREAM_PERSON, index));
  const sex: Sex = rng.chance(57) ? 'M' : 'F';
  // Working ages skew young: half uniform over 19–60, half the younger of two draws.
  const ageOffset = rng.chance(50)
    ? rng.int(ctx.birthDays)
    : Math.min(rng.int(ctx.birthDays), rng.int(ctx.birthDays));
  const birthDate = addDays(ctx.latestBirth, -ageOffset);
  const districtIndex = pickDistrict(rng, ctx.districtCumulative);
  const district = DISTRICTS[districtIndex]!;
  const cell = (districtIndex * ctx.birthDays + ageOffset) * 2 + (sex === 'F' ? 1 : 0);
  const serial = ++ctx.serials[cell]!;
  assert(
    serial < RESERVED_NIK_SERIAL_FROM,
    `NIK serials exhausted in district ${district.code} on ${birthDate}`,
  );
  const style = rng.weighted<NameStyle>(NAME_STYLES_BY_PROVINCE[district.provinceCode] ?? [['general', 1]]);
  const person: DemoPerson = {
    nik: buildNik({ districtCode: district.code, birthDate, sex, serial }),
    fullName: buildName(rng, style, sex),
    birthDate,
    sex,
    districtCode: district.code,
  };

  // The career window: from a first job at 18–23 (or the start of our history) until asOf.
  const historyStart = `${ctx.historyFrom}-01` as CalendarDate;
  const latestStart = addDays(ctx.asOf, -75);
  let start = addYears(birthDate, rng.between(18, 23));
  if (start < historyStart) {
    // Already of working age when our history begins: registered then, or joined formal work later.
    const window = dayNumber(latestStart) - dayNumber(historyStart);
    start = addDays(historyStart, rng.chance(60) ? rng.int(Math.min(720, window)) : rng.int(window));
  }
  if (start > latestStart) start = latestStart;
  const startPeriod = periodOfDate(start);
  const months = monthsBetween(startPeriod, ctx.asOfPeriod);

  const memberships: DemoMembership[] = [];
  const cardIndex = (n: number) => index * CARDS_PER_PERSON + n;
  const used = new Set<number>();
  /** A PU card from `from` to `to` (null: still active), at `wage` or a fresh draw above the floor. */
  const addPuCard = (job: number, from: Period, to: Period | null, wage: Rupiah | null): DemoMembership => {
    const employerIndex = pickEmployer(rng, ctx, district.provinceCode, used);
    used.add(employerIndex);
    const employer = ctx.employers[employerIndex]!;
    const joinedOn = job === 0 && from === startPeriod ? start : dayInMonth(rng, from, 60);
    const floor = wageFloor(employer.provinceCode, periodParts(from).year);
    const membership = buildMembership(
      {
        kpj: kpjFor(ctx.seed, cardIndex(job), periodParts(from).year),
        segment: 'PU',
        employer,
        joinedOn,
        leftOn: to ? leavingDay(rng, to, joinedOn) : null,
        leavingReason: to ? (rng.chance(72) ? 'resigned' : 'terminated') : null,
        startingWage: wage ? max(wage, floor) : startingWage(rng, floor),
        hasJht: true,
      },
      rng,
      ctx.asOf,
    );
    memberships.push(membership);
    return membership;
  };

  if (!rng.chance(ctx.bpuPercent)) {
    // 1–3 jobs with short gaps between them; the last one active, or ended a few months ago.
    let jobs = rng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ]);
    while (jobs > 1 && months < jobs * 12) jobs--;
    let gaps = Array.from({ length: jobs - 1 }, () => rng.between(0, 3));
    let tail = rng.chance(18) ? rng.between(1, 8) : 0;
    if (months - tail - gaps.reduce((a, b) => a + b, 0) < jobs * 4) {
      tail = 0;
      gaps = gaps.map(() => 0);
    }
    const lengths = splitMonths(rng, months - tail - gaps.reduce((a, b) => a + b, 0), jobs, 4);
    let from = startPeriod;
    let wage: Rupiah | null = null;
    for (let job = 0; job < jobs; job++) {
      const isLast = job === jobs - 1;
      const to = isLast && tail === 0 ? null : addMonths(from, lengths[job]! - 1);
      const card = addPuCard(job, from, to, wage);
      if (!to) break;
      // The next employer pays a little more than the last wage here.
      wage = roundToThousand(applyRate(lastWageOf(card), bp(rng.between(10_300, 12_500)), 'half_up'));
      from = addMonths(to, 1 + (gaps[job] ?? 0));
    }
  } else {
    // An informal worker; a third of them had a wage job first.
    let from = startPeriod;
    if (months >= 30 && rng.chance(33)) {
      const to = addMonths(startPeriod, rng.between(6, Math.floor(months / 2)) - 1);
      addPuCard(0, startPeriod, to, null);
      from = addMonths(to, rng.between(1, 6));
    }
    const joinedOn = memberships.length === 0 ? start : dayInMonth(rng, from, 30);
    const span = monthsBetween(from, ctx.asOfPeriod);
    const lastPaidPeriod =
      span >= 10 && rng.chance(15) ? addMonths(from, rng.between(3, span - 5)) : undefined;
    const plan: CardPlan = {
      kpj: kpjFor(ctx.seed, cardIndex(3), periodParts(from).year),
      segment: 'BPU',
      employer: null,
      joinedOn,
      // Cover lapses after three months unpaid (DOMAIN.md "Informal workers").
      leftOn: lastPaidPeriod ? lastDayOf(addMonths(lastPaidPeriod, 3)) : null,
      leavingReason: lastPaidPeriod ? 'lapsed' : null,
      startingWage: rupiah(rng.weighted(BPU_INCOMES)),
      hasJht: rng.chance(60),
    };
    if (lastPaidPeriod) plan.lastPaidPeriod = lastPaidPeriod;
    memberships.push(buildMembership(plan, rng, ctx.asOf));
  }

  return { person, memberships };
}

/** The wage of a card's latest month; zero if nothing was paid (the next job then starts at its floor). */
function lastWageOf(card: DemoMembership): Rupiah {
  let latest: DemoContribution | undefined;
  for (const c of card.contributions) if (!latest || c.period > latest.period) latest = c;
  return latest?.reportedWage ?? rupiah(0);
}

/**
 * The population, one person at a time. Memory stays bounded however many people are asked for;
 * iterate it once (it counts NIK serials as it goes).
 */
export function* generatePeople(options: GenerateOptions): Generator<PersonBundle> {
  const ctx = createContext(options);
  for (let i = 0; i < options.people; i++) yield buildPerson(ctx, i);
}
