import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { fieldProblemsFor } from '../../api.ts';
import { type Choice, RadioChoices } from '../../components/Choices.tsx';
import { Field } from '../../components/Field.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { EmployerWorker } from './api.ts';
import { employerApi, WORKERS } from './api.ts';
import { oneMonthAfter } from './model.ts';
import { Problem, SubmitButton } from './parts.tsx';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

type Reason = 'resigned' | 'terminated';
type Errors = { leftOn?: string; reason?: string };

/**
 * The leaver's report: the last day and the reason, then a confirmation that says what follows
 * (the card becomes non-active; the worker may claim JHT one month after the leaving date), and
 * only then the report.
 */
function LeaverForm({ worker, onDone }: { worker: EmployerWorker; onDone: (w: EmployerWorker) => void }) {
  const t = useT();
  const e = useEmployerT();
  const [leftOn, setLeftOn] = useState('');
  const [reason, setReason] = useState<Reason | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function next(event: Event) {
    event.preventDefault();
    setFailure(null);
    const found: Errors = {};
    if (!leftOn) found.leftOn = e.leaver.leftOnMissing;
    if (!reason) found.reason = e.leaver.reasonMissing;
    setErrors(found);
    if (found.leftOn) dateRef.current?.focus();
    else if (found.reason) reasonRef.current?.focus();
    else setConfirming(true);
  }

  async function report(event: Event) {
    event.preventDefault();
    if (inFlight.current || !reason) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    const result = await employerApi.reportLeaver({ kpj: worker.kpj, leftOn, reason });
    inFlight.current = false;
    setBusy(false);
    if (result.ok) {
      onDone(result.data);
      return;
    }
    const [atDate] =
      result.error.kind === 'problem' ? fieldProblemsFor(result.error.errors, ['leftOn'] as const) : [];
    setConfirming(false);
    if (atDate) {
      setErrors({ leftOn: atDate.fromSchema ? e.fieldInvalid : atDate.message });
      dateRef.current?.focus();
      return;
    }
    setFailure(result.error);
  }

  const choices: Choice<Reason>[] = [
    { value: 'resigned', title: e.leaver.resigned, help: e.leaver.resignedHelp },
    { value: 'terminated', title: e.leaver.terminated, help: e.leaver.terminatedHelp },
  ];

  if (confirming) {
    const date = formatDate(leftOn, t);
    return (
      <form class="form employer-confirm" onSubmit={report} aria-busy={busy}>
        <h2 ref={confirmRef} tabIndex={-1}>
          {e.leaver.confirmTitle}
        </h2>
        <p>{e.leaver.confirmText(worker.fullName, worker.kpj, date)}</p>
        <p>
          <strong>{e.leaver.confirmJht(formatDate(oneMonthAfter(leftOn), t))}</strong>
        </p>
        <p class="muted">{e.leaver.confirmFinal}</p>
        <div class="actions">
          <SubmitButton busy={busy} label={e.leaver.confirm} busyLabel={e.leaver.submitting} />
          <button
            type="button"
            class="button button--secondary button--block"
            disabled={busy}
            onClick={() => setConfirming(false)}
          >
            {e.leaver.cancel}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form class="form" onSubmit={next} noValidate>
      {failure && <Problem error={failure} />}
      <Field id="leaver-date" label={e.leaver.leftOn} hint={e.leaver.leftOnHint} error={errors.leftOn}>
        {(a11y) => (
          <input
            {...a11y}
            ref={dateRef}
            name="leftOn"
            type="date"
            min={worker.joinedOn}
            required
            value={leftOn}
            onInput={(event) => setLeftOn(event.currentTarget.value)}
          />
        )}
      </Field>
      <RadioChoices
        name="leaver-reason"
        legend={e.leaver.reason}
        options={choices}
        value={reason}
        onChoose={setReason}
        error={errors.reason}
        firstRef={reasonRef}
      />
      <button type="submit" class="button button--primary button--block">
        {e.leaver.next}
      </button>
    </form>
  );
}

function Leaver({ kpj }: { kpj: string }) {
  const t = useT();
  const e = useEmployerT();
  const workers = useResource((signal) => employerApi.workers(signal), []);
  const [left, setLeft] = useState<EmployerWorker | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (left) doneRef.current?.focus();
  }, [left]);

  if (workers.error) return <ErrorState error={workers.error} onRetry={workers.retry} />;
  if (!workers.data) return <Loading />;
  const worker = workers.data.workers.find((w) => w.kpj === kpj);

  function body() {
    if (left?.leftOn) {
      return (
        <div class="panel">
          <p class="form__status" role="status" ref={doneRef} tabIndex={-1}>
            {e.leaver.done(left.fullName, formatDate(left.leftOn, t))}
          </p>
          <p>{e.leaver.doneJht(formatDate(oneMonthAfter(left.leftOn), t))}</p>
          <p>
            <a class="button button--primary" href={WORKERS}>
              {e.leaver.back}
            </a>
          </p>
        </div>
      );
    }
    if (!worker) return <p class="form__error">{e.leaver.notFound}</p>;
    if (worker.status !== 'active' && worker.leftOn) {
      return <p class="employer-note">{e.leaver.alreadyLeft(formatDate(worker.leftOn, t))}</p>;
    }
    return <LeaverForm worker={worker} onDone={setLeft} />;
  }

  return (
    <>
      {worker && (
        <dl class="employer-facts employer-facts--small">
          <div>
            <dt>{e.leaver.worker}</dt>
            <dd>
              <strong>{worker.fullName}</strong>
            </dd>
          </div>
          <div>
            <dt>{e.workers.kpj}</dt>
            <dd>
              <Kpj kpj={worker.kpj} />
            </dd>
          </div>
          <div>
            <dt>{e.workers.joinedOn}</dt>
            <dd>{formatDate(worker.joinedOn, t)}</dd>
          </div>
        </dl>
      )}
      {body()}
    </>
  );
}

/** `/employer/pekerja/{kpj}/berhenti`: report that a worker left (resigned or PHK). */
export function LeaverPage() {
  const e = useEmployerT();
  const { params } = useRoute();
  const kpj = params.kpj ?? '';
  return (
    <EmployerShell title={e.leaver.title} section="workers">
      {() => (
        <div class="employer-narrow">
          <a href={WORKERS} class="back">
            ‹ {e.leaver.back}
          </a>
          <h1 class="employer__title">{e.leaver.title}</h1>
          <Leaver kpj={kpj} />
        </div>
      )}
    </EmployerShell>
  );
}
