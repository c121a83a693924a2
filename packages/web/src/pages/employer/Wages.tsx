import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isProblem } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatMoney, formatPeriod } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { EmployerWorker, WageReportResponse } from './api.ts';
import { employerApi, INVOICES, invoicePath } from './api.ts';
import { groupDigits, periodChoices, readWage, wageLineOf, worksIn } from './model.ts';
import { Problem, SubmitButton } from './parts.tsx';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

/** The API takes up to this many lines in one report (core `WageReportBody`). */
const MAX_LINES = 1000;

type Result = { report: WageReportResponse; names: Map<string, string> };

function Outcome({ result }: { result: Result }) {
  const t = useT();
  const e = useEmployerT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const { report, names } = result;
  return (
    <div class="panel employer-result">
      <h2 ref={heading} tabIndex={-1}>
        {e.wages.doneTitle(formatPeriod(report.period, t))}
      </h2>
      <p>{e.wages.done(report.recorded, report.unchanged)}</p>
      {report.drops.length > 0 && (
        <div class="employer-alert">
          <p class="employer-alert__title">{e.wages.dropsTitle(report.drops.length)}</p>
          <ul class="employer-drops">
            {report.drops.map((d) => (
              <li key={d.kpj}>
                <strong>{names.get(d.kpj) ?? d.kpj}</strong> (<Kpj kpj={d.kpj} />){' '}
                {e.wages.drop(formatMoney(d.previous), formatMoney(d.wage))}
              </li>
            ))}
          </ul>
          <p class="employer-alert__help">{e.wages.dropsNotice}</p>
        </div>
      )}
      <p>
        <a href={INVOICES}>{e.wages.nextStep}</a>
      </p>
    </div>
  );
}

function WageReport({
  asOf,
  workers,
  invoiced,
  reload,
}: {
  asOf: string;
  workers: EmployerWorker[];
  /** Invoice number per period already invoiced: its wages can no longer change. */
  invoiced: Map<string, string>;
  reload: () => void;
}) {
  const t = useT();
  const e = useEmployerT();
  const { query } = useLocation();
  const choices = periodChoices(asOf);
  const [period, setPeriod] = useState(() => choices.find((p) => p === query.periode) ?? choices[0]!);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const lines = workers.filter((w) => worksIn(w, period));
  const typedOf = (w: EmployerWorker) => typed[w.kpj] ?? (w.wage ? groupDigits(w.wage) : '');
  const readOf = (w: EmployerWorker) => readWage(typedOf(w));
  const isChanged = (w: EmployerWorker) => {
    const read = readOf(w);
    return read.ok && read.digits !== w.wage;
  };
  const changed = lines.filter(isChanged);
  const errorCount = Object.keys(lineErrors).length;

  function choosePeriod(next: string) {
    setPeriod(next as typeof period);
    setLineErrors({});
    setFailure(null);
    setResult(null);
  }

  function focusFirstError(errors: Record<string, string>) {
    const first = lines.find((w) => errors[w.kpj]);
    if (first) inputs.current.get(first.kpj)?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (inFlight.current || lines.length === 0) return;
    setFailure(null);
    setResult(null);
    const errors: Record<string, string> = {};
    for (const w of lines) {
      const read = readOf(w);
      if (!read.ok) errors[w.kpj] = e.wage[read.problem];
    }
    setLineErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError(errors);
      return;
    }
    // All lines, so the report says what stays the same too; a very large payroll sends only the
    // changed ones (the others stay in force), as the API takes at most MAX_LINES at once.
    const sent = lines.length <= MAX_LINES ? lines : changed;
    const wages = sent.map((w) => {
      const read = readOf(w);
      return { kpj: w.kpj, wage: read.ok ? read.digits : typedOf(w) };
    });
    inFlight.current = true;
    setBusy(true);
    const answer = await employerApi.reportWages({ period, wages });
    inFlight.current = false;
    setBusy(false);
    if (answer.ok) {
      setTyped(Object.fromEntries(wages.map((l) => [l.kpj, groupDigits(l.wage)])));
      setResult({ report: answer.data, names: new Map(workers.map((w) => [w.kpj, w.fullName])) });
      reload();
      return;
    }
    const error = answer.error;
    const atLines: Record<string, string> = {};
    if (error.kind === 'problem') {
      for (const p of error.errors ?? []) {
        const line = wageLineOf(p.path);
        const worker = line ? sent[line.index] : undefined;
        if (!line || !worker || atLines[worker.kpj]) continue;
        atLines[worker.kpj] = line.fromSchema ? e.wage.invalid : p.message;
      }
    }
    if (Object.keys(atLines).length > 0) {
      setLineErrors(atLines);
      focusFirstError(atLines);
      return;
    }
    setFailure(error);
  }

  return (
    <form class="employer-wages" onSubmit={submit} noValidate aria-busy={busy}>
      <div class="field employer-period">
        <label for="wage-period">{e.wages.period}</label>
        <p id="wage-period-hint" class="field__hint">
          {e.wages.periodHint}
        </p>
        <select
          id="wage-period"
          aria-describedby="wage-period-hint"
          value={period}
          onChange={(event) => choosePeriod(event.currentTarget.value)}
        >
          {choices.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p, t)}
              {invoiced.has(p) ? ` — ${e.wages.invoicedOption}` : ''}
            </option>
          ))}
        </select>
      </div>
      {invoiced.has(period) && !result && (
        <p class="employer-note">
          {e.wages.periodInvoiced} <a href={invoicePath(invoiced.get(period)!)}>{e.wages.invoiced}</a>
        </p>
      )}
      {result && <Outcome result={result} />}
      {lines.length === 0 ? (
        <p class="empty">{e.wages.none}</p>
      ) : (
        <>
          <ol class="wage-lines">
            {lines.map((w) => {
              const read = readOf(w);
              const lower = read.ok && w.wage !== null && BigInt(read.digits) < BigInt(w.wage);
              return (
                <li key={w.kpj} class={isChanged(w) ? 'wage-line wage-line--changed' : 'wage-line'}>
                  <Field
                    id={`wage-${w.kpj}`}
                    label={e.wages.wageFor(w.fullName)}
                    hint={
                      <>
                        <Kpj kpj={w.kpj} /> ·{' '}
                        {w.wage && w.wageFrom
                          ? e.wages.current(formatMoney(w.wage), formatPeriod(w.wageFrom, t))
                          : e.wages.noCurrent}
                        {w.leftOn && ` · ${e.wages.leftOn(formatDate(w.leftOn, t))}`}
                      </>
                    }
                    error={lineErrors[w.kpj]}
                    after={
                      isChanged(w) ? (
                        <p class={lower ? 'wage-line__note wage-line__note--lower' : 'wage-line__note'}>
                          {lower && w.wage ? e.wages.lower(formatMoney(w.wage)) : e.wages.changed}
                        </p>
                      ) : undefined
                    }
                  >
                    {(a11y) => (
                      <input
                        {...a11y}
                        ref={(el) => {
                          if (el) inputs.current.set(w.kpj, el);
                          else inputs.current.delete(w.kpj);
                        }}
                        name={`wage-${w.kpj}`}
                        inputMode="numeric"
                        autocomplete="off"
                        maxLength={20}
                        value={typedOf(w)}
                        onInput={(event) => {
                          const value = event.currentTarget.value;
                          setTyped((all) => ({ ...all, [w.kpj]: value }));
                        }}
                        onBlur={() => {
                          const again = readOf(w);
                          if (again.ok) setTyped((all) => ({ ...all, [w.kpj]: groupDigits(again.digits) }));
                        }}
                      />
                    )}
                  </Field>
                </li>
              );
            })}
          </ol>
          <div class="employer-send">
            <p class="employer-send__summary">{e.wages.summary(lines.length, changed.length)}</p>
            {errorCount > 0 && (
              <p class="form__error" role="alert">
                {e.wages.lineErrors(errorCount)}
              </p>
            )}
            {failure && (
              <Problem error={failure}>
                {isProblem(failure, 'wage_period_invoiced') &&
                  failure.kind === 'problem' &&
                  failure.detail && (
                    <p class="form__links">
                      <a href={invoicePath(failure.detail)}>{e.wages.invoiced}</a>
                    </p>
                  )}
              </Problem>
            )}
            <SubmitButton busy={busy} label={e.wages.submit(lines.length)} busyLabel={e.wages.submitting} />
          </div>
        </>
      )}
    </form>
  );
}

function Wages() {
  const e = useEmployerT();
  const profile = useResource((signal) => employerApi.profile(signal), []);
  const workers = useResource((signal) => employerApi.workers(signal), []);
  const invoices = useResource((signal) => employerApi.invoices(signal), []);
  const error = profile.error ?? workers.error ?? invoices.error;
  if (error)
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          profile.retry();
          workers.retry();
          invoices.retry();
        }}
      />
    );
  if (!profile.data || !workers.data || !invoices.data) return <Loading />;
  const invoiced = new Map(invoices.data.invoices.map((i) => [i.period as string, i.number]));
  return (
    <>
      <h1 class="employer__title">{e.wages.title}</h1>
      <p class="lead">{e.wages.intro}</p>
      <WageReport
        asOf={profile.data.asOf}
        workers={workers.data.workers}
        invoiced={invoiced}
        reload={workers.retry}
      />
    </>
  );
}

/** `/employer/upah` (`?periode=YYYY-MM`): report every worker's wage for a period at once. */
export function WagesPage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.wages.title} section="wages">
      {() => <Wages />}
    </EmployerShell>
  );
}
