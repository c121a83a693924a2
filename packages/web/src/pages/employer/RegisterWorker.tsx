import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { fieldProblemsFor, isProblem } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { formatMoney, formatPeriod } from '../../format.ts';
import { useT } from '../../i18n.ts';
import type { EmployerWorker } from './api.ts';
import { employerApi, WORKERS } from './api.ts';
import { enrolmentNotes, inProgramOrder, readWage } from './model.ts';
import { Problem, SubmitButton, useProblemText, WageField } from './parts.tsx';
import { EmployerShell } from './Shell.tsx';
import type { EmployerTexts } from './texts.ts';
import { useEmployerT } from './texts.ts';

const FIELDS = ['nik', 'fullName', 'birthDate', 'startedOn', 'wage'] as const;
type FieldName = (typeof FIELDS)[number];
type Draft = Record<FieldName, string>;
type FieldErrors = Partial<Record<FieldName, string>>;

const EMPTY: Draft = { nik: '', fullName: '', birthDate: '', startedOn: '', wage: '' };

/**
 * What HR typed, kept for the whole visit (in memory only: a NIK is not written to the phone), so
 * going to another page, or signing in again after the session ended, loses nothing.
 */
export const registerDraft = signal<Draft>(EMPTY);

/** Registry answers that are about one field: shown there, in the portal's words for HR. */
const REGISTRY_FIELD: Record<string, FieldName> = {
  registry_nik_not_found: 'nik',
  registry_name_mismatch: 'fullName',
  registry_birth_date_mismatch: 'birthDate',
};

function checkDraft(d: Draft, e: EmployerTexts): FieldErrors {
  const errors: FieldErrors = {};
  const nik = d.nik.replace(/[\s.-]/g, '');
  if (!nik) errors.nik = e.register.nikMissing;
  else if (!/^\d{16}$/.test(nik)) errors.nik = e.register.nikLength;
  if (!d.fullName.trim()) errors.fullName = e.register.fullNameMissing;
  if (!d.birthDate) errors.birthDate = e.register.birthDateMissing;
  if (!d.startedOn) errors.startedOn = e.register.startedOnMissing;
  const wage = readWage(d.wage);
  if (!wage.ok) errors.wage = e.wage[wage.problem];
  return errors;
}

type Registered = { worker: EmployerWorker; birthDate: string; startedOn: string };

function Done({ done, onAnother }: { done: Registered; onAnother: () => void }) {
  const t = useT();
  const e = useEmployerT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { worker } = done;
  const notes = enrolmentNotes(worker.programs, done.birthDate, done.startedOn);
  return (
    <div class="employer-narrow">
      <h1 class="employer__title" ref={heading} tabIndex={-1}>
        {e.register.doneTitle}
      </h1>
      <p class="form__status" role="status">
        {e.register.done(worker.fullName)}
      </p>
      <div class="employer-kpj">
        <p class="employer-kpj__label">{e.register.kpj}</p>
        <p class="employer-kpj__number">
          <Kpj kpj={worker.kpj} />
        </p>
        <p class="employer-kpj__help">{e.register.kpjHelp}</p>
      </div>
      <h2>{e.register.enrolled}</h2>
      <ul class="employer-enrolled">
        {inProgramOrder(worker.programs).map((p) => (
          <li key={p}>
            <strong>{p}</strong> — {e.programs[p]}
          </li>
        ))}
      </ul>
      {notes.map((n) => (
        <p key={n.program} class="employer-note">
          {n.program === 'JP'
            ? e.register.noJp(n.age, n.pensionAge)
            : 'beforeStart' in n
              ? e.register.noJkpBeforeStart
              : e.register.noJkp(n.age, n.maxAge)}
        </p>
      ))}
      {worker.wage && worker.wageFrom && (
        <p>{e.register.wageFrom(formatMoney(worker.wage), formatPeriod(worker.wageFrom, t))}</p>
      )}
      <div class="actions">
        <button type="button" class="button button--primary button--block" onClick={onAnother}>
          {e.register.another}
        </button>
        <a class="button button--secondary button--block" href={WORKERS}>
          {e.register.toList}
        </a>
      </div>
    </div>
  );
}

function RegisterForm() {
  const e = useEmployerT();
  const problemText = useProblemText();
  const d = registerDraft.value;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [checkMarked, setCheckMarked] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [done, setDone] = useState<Registered | null>(null);
  const refs = {
    nik: useRef<HTMLInputElement>(null),
    fullName: useRef<HTMLInputElement>(null),
    birthDate: useRef<HTMLInputElement>(null),
    startedOn: useRef<HTMLInputElement>(null),
    wage: useRef<HTMLInputElement>(null),
  };

  const set = (field: FieldName) => (event: Event) => {
    registerDraft.value = {
      ...registerDraft.value,
      [field]: (event.currentTarget as HTMLInputElement).value,
    };
  };
  const focusFirst = (found: FieldErrors) => {
    const first = FIELDS.find((f) => found[f]);
    if (first) refs[first].current?.focus();
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (inFlight.current) return;
    setFormError(null);
    const found = checkDraft(d, e);
    setErrors(found);
    setCheckMarked(false);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const wage = readWage(d.wage);
    inFlight.current = true;
    setBusy(true);
    const result = await employerApi.registerWorker({
      nik: d.nik.replace(/[\s.-]/g, ''),
      fullName: d.fullName.trim(),
      birthDate: d.birthDate,
      startedOn: d.startedOn,
      wage: wage.ok ? wage.digits : d.wage,
    });
    inFlight.current = false;
    setBusy(false);
    if (result.ok) {
      setDone({ worker: result.data, birthDate: d.birthDate, startedOn: d.startedOn });
      registerDraft.value = EMPTY;
      return;
    }
    const error = result.error;
    if (error.kind === 'problem') {
      const atFields: FieldErrors = {};
      const registryField = REGISTRY_FIELD[error.code];
      if (registryField) atFields[registryField] = problemText(error);
      for (const p of fieldProblemsFor(error.errors, FIELDS)) {
        // A schema message is the validator's English: the portal's own words stand in for it.
        atFields[p.field] = p.fromSchema ? e.fieldInvalid : p.message;
      }
      if (Object.keys(atFields).length > 0) {
        setErrors(atFields);
        setCheckMarked(true);
        focusFirst(atFields);
        return;
      }
    }
    setFormError(error);
  }

  if (done) {
    return (
      <Done
        done={done}
        onAnother={() => {
          setDone(null);
          setErrors({});
        }}
      />
    );
  }

  return (
    <div class="employer-narrow">
      <a href={WORKERS} class="back">
        ‹ {e.register.back}
      </a>
      <h1 class="employer__title">{e.register.title}</h1>
      <p class="lead">{e.register.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {checkMarked && (
          <p class="form__error" role="alert">
            {e.checkMarked}
          </p>
        )}
        {formError && (
          <Problem error={formError}>
            {isProblem(formError, 'worker_already_registered') && (
              <p class="form__links">
                <a href={WORKERS}>{e.register.alreadyRegistered}</a>
              </p>
            )}
          </Problem>
        )}
        <Field id="worker-nik" label={e.register.nik} hint={e.register.nikHint} error={errors.nik}>
          {(a11y) => (
            <input
              {...a11y}
              ref={refs.nik}
              name="nik"
              inputMode="numeric"
              autocomplete="off"
              maxLength={24}
              required
              value={d.nik}
              onInput={set('nik')}
            />
          )}
        </Field>
        <Field
          id="worker-name"
          label={e.register.fullName}
          hint={e.register.fullNameHint}
          error={errors.fullName}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={refs.fullName}
              name="fullName"
              autocomplete="off"
              autocapitalize="characters"
              maxLength={120}
              required
              value={d.fullName}
              onInput={set('fullName')}
            />
          )}
        </Field>
        <Field id="worker-birth" label={e.register.birthDate} error={errors.birthDate}>
          {(a11y) => (
            <input
              {...a11y}
              ref={refs.birthDate}
              name="birthDate"
              type="date"
              autocomplete="off"
              required
              value={d.birthDate}
              onInput={set('birthDate')}
            />
          )}
        </Field>
        <Field
          id="worker-start"
          label={e.register.startedOn}
          hint={e.register.startedOnHint}
          error={errors.startedOn}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={refs.startedOn}
              name="startedOn"
              type="date"
              autocomplete="off"
              required
              value={d.startedOn}
              onInput={set('startedOn')}
            />
          )}
        </Field>
        <WageField
          id="worker-wage"
          label={e.register.wage}
          hint={e.register.wageHint}
          error={errors.wage}
          inputRef={refs.wage}
          value={d.wage}
          onValue={(wage) => {
            registerDraft.value = { ...registerDraft.value, wage };
          }}
        />
        <SubmitButton busy={busy} label={e.register.submit} busyLabel={e.register.submitting} />
      </form>
    </div>
  );
}

/** `/employer/pekerja/daftar`: register a wage earner; the registry confirms them and the KPJ is issued. */
export function RegisterWorkerPage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.register.title} section="workers">
      {() => <RegisterForm />}
    </EmployerShell>
  );
}
