import type { ComponentChildren, Ref } from 'preact';
import type { ApiError } from '../../api.ts';
import { errorText } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { problemText } from '../../components/FormProblem.tsx';
import { formatMoney } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { groupDigits, inProgramOrder, readWage } from './model.ts';
import type { EmployerTexts, Program } from './texts.ts';
import { useEmployerT } from './texts.ts';

/**
 * The words for a failure in the portal: its own words where the catalogue speaks to a member
 * ("your ID card") and HR needs to hear about the worker, else the catalogue's (with the server's
 * detail), in the chosen language.
 */
export function useProblemText(): (error: ApiError) => string {
  const t = useT();
  const e = useEmployerT();
  return (error) => portalProblem(error, e) ?? problemText(error, t);
}

/** Codes whose `detail` is an invoice number: the portal links to it instead of printing it. */
const DETAIL_LINKED = new Set(['invoice_already_issued', 'wage_period_invoiced']);

function portalProblem(error: ApiError, e: EmployerTexts): string | undefined {
  if (error.kind !== 'problem') return undefined;
  if (Object.hasOwn(e.problems, error.code)) return e.problems[error.code];
  if (DETAIL_LINKED.has(error.code)) return errorText(error);
  return undefined;
}

/** A failure that belongs to no single field, as an alert, with what to do next when there is a way. */
export function Problem({ error, children }: { error: ApiError; children?: ComponentChildren }) {
  const text = useProblemText();
  return (
    <div class="form__error" role="alert">
      <p>{text(error)}</p>
      {children}
    </div>
  );
}

/** The programs of a card, by their short names; the full names are read out. */
export function Programs({ programs }: { programs: readonly Program[] }) {
  const e = useEmployerT();
  return (
    <ul class="employer-programs">
      {inProgramOrder(programs).map((p) => (
        <li key={p}>
          <span aria-hidden="true">{p}</span>
          <span class="sr-only">
            {p} ({e.programs[p]})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  busy,
  label,
  busyLabel,
  block = true,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  block?: boolean;
}) {
  return (
    <button
      type="submit"
      class={block ? 'button button--primary button--block' : 'button button--primary'}
      disabled={busy}
    >
      {busy && <span class="spinner" aria-hidden="true" />}
      {busy ? busyLabel : label}
    </button>
  );
}

/**
 * A monthly wage in rupiah: digits with or without dots; shown back grouped ('5.500.000') when the
 * field is left, and read back as money under it so a missing zero is seen before sending.
 */
export function WageField({
  id,
  label,
  hint,
  error,
  inputRef,
  value,
  onValue,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  value: string;
  onValue: (value: string) => void;
}) {
  const e = useEmployerT();
  const read = readWage(value);
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      after={
        read.ok ? (
          <p class="field__hint employer-wage-preview">{e.wage.preview(formatMoney(read.digits))}</p>
        ) : undefined
      }
    >
      {(a11y) => (
        <input
          {...a11y}
          ref={inputRef}
          name={id}
          inputMode="numeric"
          autocomplete="off"
          maxLength={20}
          required
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          onBlur={() => {
            if (read.ok) onValue(groupDigits(read.digits));
          }}
        />
      )}
    </Field>
  );
}
