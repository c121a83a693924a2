/** The KPJ and NIK inputs of "Lupa Akun" (finding the account, and the request to an officer). */
import type { ApiError } from '../../api.ts';
import { fieldProblemsFor } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { type Messages, type Say, useT } from '../../i18n.ts';
import { cleanNumber, type Identity, KPJ_LENGTH, NIK_LENGTH } from './flow.ts';

export type FieldErrors<F extends string> = Partial<Record<F, Say>>;

/** Something there and the right length; the server decides the rest. */
export function checkIdentity(identity: Identity): FieldErrors<keyof Identity> {
  const errors: FieldErrors<keyof Identity> = {};
  if (!identity.kpj) errors.kpj = (t) => t.recover.kpjMissing;
  else if (identity.kpj.length !== KPJ_LENGTH) errors.kpj = (t) => t.recover.kpjLength(identity.kpj.length);
  if (!identity.nik) errors.nik = (t) => t.register.nikMissing;
  else if (identity.nik.length !== NIK_LENGTH) errors.nik = (t) => t.register.nikLength(identity.nik.length);
  return errors;
}

/** A validation problem's entries, per input: the server's words, or the app's for a schema message. */
export function fieldErrorsFrom<F extends keyof Messages['recover']['fieldCheck']>(
  error: ApiError,
  fields: readonly F[],
): FieldErrors<F> {
  if (error.kind !== 'problem') return {};
  const errors: FieldErrors<F> = {};
  for (const { field, message, fromSchema } of fieldProblemsFor(error.errors, fields)) {
    errors[field] = fromSchema || !message.trim() ? (t) => t.recover.fieldCheck[field] : () => message;
  }
  return errors;
}

/** Focus the first input (in `order`) that has an error; whether there was one. */
export function focusFirstError(
  order: readonly string[],
  errors: Partial<Record<string, Say>>,
  idOf: (f: string) => string,
) {
  const first = order.find((f) => errors[f]);
  if (first) document.getElementById(idOf(first))?.focus();
  return first !== undefined;
}

export function IdentityFields({
  idPrefix,
  identity,
  onIdentity,
  errors,
}: {
  idPrefix: string;
  identity: Identity;
  onIdentity: (update: (identity: Identity) => Identity) => void;
  errors: FieldErrors<keyof Identity>;
}) {
  const t = useT();
  const input = (field: keyof Identity, max: number) => (e: Event) => {
    const element = e.currentTarget as HTMLInputElement;
    const value = cleanNumber(element.value, max);
    if (element.value !== value) element.value = value;
    onIdentity((current) => ({ ...current, [field]: value }));
  };
  return (
    <>
      <Field
        id={`${idPrefix}-kpj`}
        label={t.recover.kpjLabel}
        hint={t.recover.kpjHint}
        error={errors.kpj?.(t)}
      >
        {(a11y) => (
          <input
            {...a11y}
            name="kpj"
            type="text"
            inputMode="numeric"
            autocomplete="off"
            spellcheck={false}
            required
            value={identity.kpj}
            onInput={input('kpj', KPJ_LENGTH)}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-nik`}
        label={t.register.nikLabel}
        hint={t.register.nikHint}
        error={errors.nik?.(t)}
      >
        {(a11y) => (
          <input
            {...a11y}
            name="nik"
            type="text"
            inputMode="numeric"
            autocomplete="off"
            spellcheck={false}
            required
            value={identity.nik}
            onInput={input('nik', NIK_LENGTH)}
          />
        )}
      </Field>
    </>
  );
}
