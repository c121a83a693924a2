/**
 * The public contribution simulation (Simulasi Iuran): parse the money inputs, take "today" from the
 * injected clock in the configured time zone, and run core's `simulateContributions` — the same pure
 * function the PWA runs offline, so both answer alike. Nothing is stored; no database is touched.
 */
import {
  addMonths,
  type CalendarDate,
  type ContributionRulesResponse,
  type ContributionSimulationBody,
  type ContributionSimulationResponse,
  contributionRulesInForce,
  dateInZone,
  type ErrorCode,
  FIRST_BPU_PERIOD,
  FIRST_PU_PERIOD,
  formatRupiah,
  type JhtPayoutSimulationBody,
  type JhtPayoutSimulationResponse,
  type JkkRiskGroup,
  type Locale,
  monthsBetween,
  type Period,
  parseRupiah,
  periodOfDate,
  type Rupiah,
  rupiah,
  SIMULATION_MAX_MONTHS_AHEAD,
  type SimulationError,
  simulateContributions,
  simulateJhtPayout,
  toSimulationResponse,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { Failure, Outcome } from '../../lib/outcome.ts';

const MONTHS: Record<Locale, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const monthName = (p: Period, locale: Locale) =>
  `${MONTHS[locale][Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;

function today(deps: Pick<Deps, 'clock' | 'config'>): CalendarDate {
  return dateInZone(deps.clock.now(), deps.config.timeZone);
}

/** A digit string or a safe integer (the schema checked the form); undefined when out of range. */
function money(value: string | number): Rupiah | undefined {
  return typeof value === 'number' ? rupiah(value) : parseRupiah(value);
}

const outOfRange = (path: string): Failure<ErrorCode> => ({
  ok: false,
  error: 'invalid_request',
  errors: [{ path, message: 'amount out of range' }],
});

export function simulate(
  deps: Pick<Deps, 'clock' | 'config'>,
  body: ContributionSimulationBody,
  locale: Locale,
): Outcome<ContributionSimulationResponse, ErrorCode> {
  const context = { today: today(deps) };
  const period = body.period as Period;
  let result: ReturnType<typeof simulateContributions>;
  if (body.segment === 'PU') {
    const wage = money(body.wage);
    if (wage === undefined) return outOfRange('body.wage');
    result = simulateContributions(
      { segment: 'PU', period, wage, jkkRiskGroup: body.jkkRiskGroup as JkkRiskGroup },
      context,
    );
  } else {
    const declaredIncome = money(body.declaredIncome);
    if (declaredIncome === undefined) return outOfRange('body.declaredIncome');
    result = simulateContributions(
      { segment: 'BPU', period, declaredIncome, programs: body.programs },
      context,
    );
  }
  if (!result.ok) return failure(result, { segment: body.segment, today: context.today, locale });
  return { ok: true, value: toSimulationResponse(result.value) };
}

/**
 * The tax and net of a JHT payout under the rules in force today (Asia/Jakarta by default): the same
 * pure `simulateJhtPayout` the PWA can run offline.
 */
export function simulateJhtPayoutFor(
  deps: Pick<Deps, 'clock' | 'config'>,
  body: JhtPayoutSimulationBody,
  locale: Locale,
): Outcome<JhtPayoutSimulationResponse, ErrorCode> {
  const balance = money(body.balance);
  if (balance === undefined) return outOfRange('body.balance');
  const result = simulateJhtPayout(
    { balance, kind: body.kind, hasNpwp: body.hasNpwp },
    { today: today(deps) },
  );
  if (!result.ok) {
    return {
      ok: false,
      error: result.error,
      errors: [{ path: 'body.balance', message: locale === 'id' ? 'negatif' : 'negative' }],
    };
  }
  return { ok: true, value: result.value };
}

/** The rules in force for a period (default: this month), within the same 12-month horizon. */
export function rulesInForce(
  deps: Pick<Deps, 'clock' | 'config'>,
  requested: string | undefined,
  locale: Locale,
): Outcome<ContributionRulesResponse, ErrorCode> {
  const now = today(deps);
  const period = (requested ?? periodOfDate(now)) as Period;
  if (monthsBetween(periodOfDate(now), period) > SIMULATION_MAX_MONTHS_AHEAD) {
    return failure(
      { ok: false, error: 'contribution_period_too_far_ahead' },
      { segment: 'PU', today: now, locale },
    );
  }
  if (period < FIRST_PU_PERIOD) {
    return failure(
      { ok: false, error: 'contribution_period_not_covered' },
      { segment: 'PU', today: now, locale },
    );
  }
  return { ok: true, value: contributionRulesInForce(period) };
}

/** A core error as a failure whose detail says, in the caller's language, what would be accepted. */
function failure(
  e: SimulationError,
  context: { segment: 'PU' | 'BPU'; today: CalendarDate; locale: Locale },
): Failure<ErrorCode> {
  const { locale } = context;
  const id = locale === 'id';
  switch (e.error) {
    case 'contribution_period_too_far_ahead': {
      const last = addMonths(periodOfDate(context.today), SIMULATION_MAX_MONTHS_AHEAD);
      return {
        ok: false,
        error: e.error,
        detail: id
          ? `Periode paling jauh: ${monthName(last, locale)}.`
          : `The furthest period: ${monthName(last, locale)}.`,
      };
    }
    case 'contribution_period_not_covered': {
      const first = context.segment === 'PU' ? FIRST_PU_PERIOD : FIRST_BPU_PERIOD;
      return {
        ok: false,
        error: e.error,
        detail: id
          ? `Periode pertama yang tersedia: ${monthName(first, locale)}.`
          : `The first period available: ${monthName(first, locale)}.`,
      };
    }
    case 'bpu_income_not_a_bracket': {
      const near = [e.nearest?.below, e.nearest?.above].filter(
        (v): v is Rupiah => v !== null && v !== undefined,
      );
      const list = [...new Set(near)].map((v) => formatRupiah(v)).join(id ? ' atau ' : ' or ');
      return {
        ok: false,
        error: e.error,
        errors: [
          { path: 'body.declaredIncome', message: id ? `Nilai terdekat: ${list}` : `Nearest: ${list}` },
        ],
        detail: id ? `Nilai terdekat: ${list}.` : `Nearest brackets: ${list}.`,
      };
    }
    case 'bpu_program_not_available':
      return {
        ok: false,
        error: e.error,
        errors: [{ path: 'body.programs', message: e.detail ?? '' }],
        detail: `Program: ${e.detail}.`,
      };
    case 'bpu_mandatory_programs_missing':
      return { ok: false, error: e.error, errors: [{ path: 'body.programs', message: 'JKK + JKM' }] };
    case 'contribution_wage_negative':
      return {
        ok: false,
        error: e.error,
        errors: [{ path: 'body.wage', message: id ? 'negatif' : 'negative' }],
      };
    case 'jkk_risk_group_unknown':
      return { ok: false, error: e.error, errors: [{ path: 'body.jkkRiskGroup', message: e.detail ?? '' }] };
  }
}
