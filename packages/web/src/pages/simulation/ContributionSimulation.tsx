import { type ErrorCode, errorMessages } from '@jmo/core/contracts/errors';
import type { ContributionSimulationResponse, SimulationItem } from '@jmo/core/contracts/simulations';
import { bpuIncomeBrackets } from '@jmo/core/contributions/bpu';
import { formatRate } from '@jmo/core/contributions/explain';
import { simulateContributions, toSimulationResponse } from '@jmo/core/contributions/simulate';
import { formatRupiah, parseRupiah, type Rupiah } from '@jmo/core/money/rupiah';
import {
  JKK_CONTRIBUTION_RATES,
  JKK_RISK_GROUP_NAMES,
  JKK_RISK_GROUPS,
  type JkkRiskGroup,
} from '@jmo/core/rules/jkk-contribution';
import type { Program } from '@jmo/core/rules/programs';
import { dateInZone, isPeriod, type Period, periodOfDate } from '@jmo/core/time/period';
import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RadioChoices } from '../../components/Choices.tsx';
import { Field } from '../../components/Field.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDate, formatPeriod } from '../../format.ts';
import { lang, useT } from '../../i18n.ts';
import { useTitle } from '../../title.ts';
import { type SimulationTexts, useSimulationT } from './texts.ts';
import './simulation.css';

type Segment = 'PU' | 'BPU';
type FieldName = 'period' | 'wage' | 'income' | 'programs';
type Problems = Partial<Record<FieldName, string>>;

/** The business date the simulation's 12-month horizon counts from (the server uses the same zone). */
const TIME_ZONE = 'Asia/Jakarta';

/** Which field a core refusal belongs to, so the message appears where the member fixes it. */
const FIELD_OF: Partial<Record<ErrorCode, FieldName>> = {
  contribution_wage_negative: 'wage',
  contribution_period_not_covered: 'period',
  contribution_period_too_far_ahead: 'period',
  bpu_income_not_a_bracket: 'income',
  bpu_mandatory_programs_missing: 'programs',
  bpu_program_not_available: 'programs',
};

/** "5.000.000", "Rp 5000000" and "5000000" all mean five million; anything else is not a number. */
function readMoney(text: string): Rupiah | 'missing' | 'invalid' {
  const digits = text.replace(/[\s.]/g, '').replace(/^rp/i, '');
  if (digits === '') return 'missing';
  const value = parseRupiah(digits);
  return value === undefined ? 'invalid' : value;
}

/**
 * Simulasi Iuran (`/simulasi/iuran`): a month of contributions for a wage earner (PU) or an informal
 * worker (BPU), computed offline with core's `simulateContributions` — the function behind
 * POST /api/v1/simulations/contributions — and shown in the API's wire shape, so both agree.
 */
export function ContributionSimulationPage() {
  const t = useT();
  const s = useSimulationT();
  useTitle(s.title);
  const thisMonth = useMemo(() => periodOfDate(dateInZone(new Date(), TIME_ZONE)), []);
  const [segment, setSegment] = useState<Segment>('PU');
  const [period, setPeriod] = useState<string>(thisMonth);
  const [wage, setWage] = useState('');
  const [riskGroup, setRiskGroup] = useState<JkkRiskGroup>(1);
  const [income, setIncome] = useState('1000000');
  const [withJht, setWithJht] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [result, setResult] = useState<ContributionSimulationResponse | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(0);

  const brackets = isPeriod(period) ? bpuIncomeBrackets(period) : [];
  const jkkRates = JKK_CONTRIBUTION_RATES.at(-1)!.value.byRiskGroupBp;

  useEffect(() => {
    if (shown > 0) resultRef.current?.focus();
  }, [shown]);

  function fail(found: Problems) {
    setProblems(found);
    setResult(null);
    const first = (['period', 'wage', 'income', 'programs'] as const).find((f) => found[f]);
    if (first) document.getElementById(`sim-${first}`)?.focus();
  }

  function calculate(event: Event) {
    event.preventDefault();
    if (!isPeriod(period)) return fail({ period: s.periodMissing });
    const today = dateInZone(new Date(), TIME_ZONE);
    let outcome: ReturnType<typeof simulateContributions>;
    if (segment === 'PU') {
      const amount = readMoney(wage);
      if (amount === 'missing') return fail({ wage: s.wageMissing });
      if (amount === 'invalid') return fail({ wage: s.wageNotNumber });
      outcome = simulateContributions(
        { segment: 'PU', period: period as Period, wage: amount, jkkRiskGroup: riskGroup },
        { today },
      );
    } else {
      const programs: Program[] = withJht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'];
      outcome = simulateContributions(
        {
          segment: 'BPU',
          period: period as Period,
          declaredIncome: parseRupiah(income) ?? (0n as Rupiah),
          programs,
        },
        { today },
      );
    }
    if (!outcome.ok) {
      const field = FIELD_OF[outcome.error] ?? 'period';
      return fail({ [field]: errorMessages[outcome.error][lang.value] });
    }
    setProblems({});
    setResult(toSimulationResponse(outcome.value));
    setShown((n) => n + 1);
  }

  return (
    <div class="page page--narrow sim">
      <a href="/" class="back">
        ‹ {s.backHome}
      </a>
      <h1>{s.title}</h1>
      <p class="lead">{s.intro}</p>
      <form class="form" onSubmit={calculate} noValidate>
        <RadioChoices<Segment>
          name="sim-segment"
          legend={s.segmentLegend}
          options={(['PU', 'BPU'] as const).map((value) => ({ value, ...s.segments[value] }))}
          value={segment}
          onChoose={(value) => {
            setSegment(value);
            setResult(null);
            setProblems({});
          }}
        />
        <Field id="sim-period" label={s.periodLabel} hint={s.periodHint} error={problems.period}>
          {(a11y) => (
            <input
              {...a11y}
              type="month"
              name="period"
              required
              value={period}
              onInput={(e) => setPeriod(e.currentTarget.value)}
            />
          )}
        </Field>
        {segment === 'PU' ? (
          <>
            <Field id="sim-wage" label={s.wageLabel} hint={s.wageHint} error={problems.wage}>
              {(a11y) => (
                <input
                  {...a11y}
                  name="wage"
                  inputMode="numeric"
                  autocomplete="off"
                  maxLength={24}
                  required
                  value={wage}
                  onInput={(e) => setWage(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="sim-risk" label={s.riskLabel} hint={s.riskHint}>
              {(a11y) => (
                <select
                  {...a11y}
                  name="jkkRiskGroup"
                  value={String(riskGroup)}
                  onChange={(e) => setRiskGroup(Number(e.currentTarget.value) as JkkRiskGroup)}
                >
                  {JKK_RISK_GROUPS.map((g) => (
                    <option key={g} value={String(g)}>
                      {s.riskOption(
                        JKK_RISK_GROUP_NAMES[g].roman,
                        JKK_RISK_GROUP_NAMES[g][lang.value],
                        formatRate(jkkRates[g], lang.value),
                      )}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : (
          <>
            <Field id="sim-income" label={s.incomeLabel} hint={s.incomeHint} error={problems.income}>
              {(a11y) => (
                <select
                  {...a11y}
                  name="declaredIncome"
                  value={income}
                  onChange={(e) => setIncome(e.currentTarget.value)}
                >
                  {brackets.map((b) => (
                    <option key={String(b.income)} value={String(b.income)}>
                      {s.incomeOption(formatRupiah(b.income), b.illustrative)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset class="choices sim-programs" aria-describedby="sim-programs-help">
              <legend class="choices__legend">{s.programsLegend}</legend>
              <p id="sim-programs-help" class="field__hint">
                {s.programsHelp}
              </p>
              {problems.programs && (
                <p id="sim-programs" class="field__error" tabIndex={-1}>
                  {problems.programs}
                </p>
              )}
              {(['JKK', 'JKM'] as const).map((p) => (
                <label key={p} class="sim-check">
                  <input type="checkbox" checked disabled />
                  <span>
                    {p} — {s.programNames[p]} ({s.required})
                  </span>
                </label>
              ))}
              <label class="sim-check">
                <input
                  type="checkbox"
                  name="jht"
                  checked={withJht}
                  onChange={(e) => setWithJht(e.currentTarget.checked)}
                />
                <span>
                  JHT — {s.programNames.JHT} ({s.optional})
                </span>
              </label>
            </fieldset>
          </>
        )}
        <button type="submit" class="button button--primary button--block">
          {s.calculate}
        </button>
      </form>
      {result && <Result result={result} s={s} t={t} headingRef={resultRef} />}
    </div>
  );
}

function Result({
  result,
  s,
  t,
  headingRef,
}: {
  result: ContributionSimulationResponse;
  s: SimulationTexts;
  t: ReturnType<typeof useT>;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const isPu = result.segment === 'PU';
  return (
    <section class="sim-result" aria-labelledby="sim-result-title">
      <h2 id="sim-result-title" ref={headingRef} tabIndex={-1}>
        {s.resultTitle(formatPeriod(result.period, t))}
      </h2>
      <ul class="sim-items">
        {result.items.map((item) => (
          <Item key={item.program} item={item} isPu={isPu} s={s} t={t} />
        ))}
      </ul>
      <section class="sim-totals" aria-labelledby="sim-totals-title">
        <h3 id="sim-totals-title">{s.totals}</h3>
        <dl class="sim-rows">
          {isPu && (
            <div>
              <dt>{s.employerTotal}</dt>
              <dd>
                <Money value={result.employerTotal} />
              </dd>
            </div>
          )}
          <div>
            <dt>{isPu ? s.workerTotal : s.memberTotal}</dt>
            <dd>
              <Money value={result.workerTotal} />
            </dd>
          </div>
          <div class="sim-rows__total">
            <dt>{s.total}</dt>
            <dd>
              <Money value={result.total} />
            </dd>
          </div>
        </dl>
      </section>
      <details class="sim-explanation">
        <summary>{s.explanation}</summary>
        <ol>
          {result.explanation[lang.value].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>
      <p class="muted">{s.disclaimer}</p>
    </section>
  );
}

function Item({
  item,
  isPu,
  s,
  t,
}: {
  item: SimulationItem;
  isPu: boolean;
  s: SimulationTexts;
  t: ReturnType<typeof useT>;
}) {
  const rate = (bp: number) => formatRate(BigInt(bp), lang.value);
  const titleId = `sim-item-${item.program}`;
  return (
    <li class="sim-item">
      <h3 id={titleId} class="sim-item__title">
        {item.program} <span class="sim-item__name">{s.programNames[item.program]}</span>
        {item.illustrative && (
          <span class="badge badge--illustrative" title={s.illustrativeHelp}>
            {s.illustrative}
          </span>
        )}
      </h3>
      <dl class="sim-rows">
        {/* A flat amount has no base. */}
        {item.flatAmount === null && (
          <div>
            <dt>{s.base}</dt>
            <dd>
              <Money value={item.base} />
              {item.baseCap !== null && item.baseCapFrom !== null && (
                <span class="sim-rows__note">
                  {s.cappedAt(formatRupiah(BigInt(item.baseCap)), formatDate(item.baseCapFrom, t))}
                </span>
              )}
            </dd>
          </div>
        )}
        {item.employerRateBp !== null && (
          <div>
            <dt>
              {s.employer} {rate(item.employerRateBp)}
            </dt>
            <dd>
              <Money value={item.employer} />
            </dd>
          </div>
        )}
        {item.workerRateBp !== null && (
          <div>
            <dt>
              {isPu ? s.worker : s.member} {rate(item.workerRateBp)}
            </dt>
            <dd>
              <Money value={item.worker} />
            </dd>
          </div>
        )}
        {item.flatAmount !== null && (
          <div>
            <dt>
              {s.member} ({s.flat})
            </dt>
            <dd>
              <Money value={item.flatAmount} />
            </dd>
          </div>
        )}
        {item.funding === null && (
          <div class="sim-rows__total">
            <dt>{s.itemTotal}</dt>
            <dd>
              <Money value={item.total} />
            </dd>
          </div>
        )}
        {item.bookedToJkp && (
          <div>
            <dt>
              {s.bookedToJkp} {rate(item.bookedToJkp.rateBp)}
            </dt>
            <dd>
              <Money value={item.bookedToJkp.amount} />
            </dd>
          </div>
        )}
      </dl>
      {item.funding && (
        <>
          <p class="sim-item__jkp">{s.jkpNothingExtra}</p>
          <dl class="sim-rows">
            <div>
              <dt>
                {s.government} {rate(item.funding.governmentBp)}
              </dt>
              <dd>
                <Money value={item.funding.government} />
              </dd>
            </div>
            {item.funding.fromJkkBp > 0 && (
              <div>
                <dt>
                  {s.fromJkk} {rate(item.funding.fromJkkBp)}
                </dt>
                <dd>
                  <Money value={item.funding.fromJkk} />
                </dd>
              </div>
            )}
            {item.funding.fromJkmBp > 0 && (
              <div>
                <dt>
                  {s.fromJkm} {rate(item.funding.fromJkmBp)}
                </dt>
                <dd>
                  <Money value={item.funding.fromJkm} />
                </dd>
              </div>
            )}
            <div class="sim-rows__total">
              <dt>JKP {rate(item.funding.totalBp)}</dt>
              <dd>
                <Money value={item.funding.total} />
              </dd>
            </div>
          </dl>
        </>
      )}
      <p class="sim-item__source">
        {s.source}: {item.source} · {s.validFrom(formatDate(item.validFrom, t))}
      </p>
      {item.illustrative && <p class="sim-item__illustrative">{s.illustrativeHelp}</p>}
    </li>
  );
}
