import type { ErrorCode } from '@jmo/core/contracts/errors';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, errorText, fieldProblemsFor } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { checkNewPassword, NewPasswordField, passwordProblemText } from '../../components/NewPassword.tsx';
import { lang, type Say, useT } from '../../i18n.ts';
import { type Details, type Pending, pendingFrom, type Segment } from './state.ts';

const FIELDS = ['nik', 'fullName', 'birthDate', 'email', 'phone', 'password', 'consent'] as const;
type DetailField = (typeof FIELDS)[number];
type Errors = Partial<Record<DetailField, Say>>;

const NIK_LENGTH = 16;

/** Problems the registry check reports about one input. */
const FIELD_OF_CODE: Partial<Record<ErrorCode, DetailField>> = {
  registry_nik_not_found: 'nik',
  registry_name_mismatch: 'fullName',
  registry_birth_date_mismatch: 'birthDate',
  email_already_used: 'email',
  phone_already_used: 'phone',
};

/** The inputs the server knows (consent is the app's own). */
const SERVER_FIELDS = ['nik', 'fullName', 'birthDate', 'email', 'phone', 'password'] as const;

const inputId = (field: DetailField) => `reg-${field}`;

/** The NIK as typed, without the spaces people copy from the card, at most 16 characters. */
export function cleanNik(value: string): string {
  return value.replace(/\s+/g, '').slice(0, NIK_LENGTH);
}

/** Light checks only (something there, right length): the server is the authority. */
function check(values: Details): Errors {
  const errors: Errors = {};
  const nik = cleanNik(values.nik);
  if (!nik) errors.nik = (t) => t.register.nikMissing;
  else if (nik.length !== NIK_LENGTH) errors.nik = (t) => t.register.nikLength(nik.length);
  if (!values.fullName.trim()) errors.fullName = (t) => t.register.nameMissing;
  if (!values.birthDate) errors.birthDate = (t) => t.register.birthDateMissing;
  if (!values.email.trim()) errors.email = (t) => t.register.emailMissing;
  if (!values.phone.trim()) errors.phone = (t) => t.register.phoneMissing;
  const password = checkNewPassword(values.password, (t) => t.register.passwordMissing);
  if (password) errors.password = password;
  if (!values.consent) errors.consent = (t) => t.register.consentMissing;
  return errors;
}

/** Field errors a problem points at: a registry mismatch, or the `errors` of a validation problem. */
function errorsFromProblem(error: ApiError): Errors {
  if (error.kind !== 'problem') return {};
  const byCode = FIELD_OF_CODE[error.code as ErrorCode];
  if (byCode) return { [byCode]: () => errorText(error) };
  const errors: Errors = {};
  for (const problem of fieldProblemsFor(error.errors, SERVER_FIELDS)) {
    const { field, message, fromSchema } = problem;
    if (field === 'password') errors.password = passwordProblemText(problem);
    else errors[field] = fromSchema || !message.trim() ? (t) => t.register.fieldCheck[field] : () => message;
  }
  return errors;
}

function focusFirst(errors: Errors): void {
  const first = FIELDS.find((f) => errors[f]);
  if (first) document.getElementById(inputId(first))?.focus();
}

/** Step 2: who the member is, how to reach them, and a password. */
export function DetailsStep({
  segment,
  values,
  onValues,
  onRegistered,
}: {
  segment: Segment;
  values: Details;
  onValues: (update: (values: Details) => Details) => void;
  onRegistered: (pending: Pending) => void;
}) {
  const t = useT();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Exclude<DetailField, 'consent'>) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    onValues((v) => ({ ...v, [field]: value }));
  };

  function setNik(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const nik = cleanNik(input.value);
    if (input.value !== nik) input.value = nik;
    onValues((v) => ({ ...v, nik }));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const local = check(values);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      focusFirst(local);
      return;
    }
    setBusy(true);
    const result = await api.register({
      segment,
      nik: cleanNik(values.nik),
      fullName: values.fullName.trim(),
      birthDate: values.birthDate,
      email: values.email.trim(),
      phone: values.phone.trim(),
      password: values.password,
      locale: lang.value,
    });
    setBusy(false);
    if (result.ok) {
      onRegistered(pendingFrom(segment, result.data));
      return;
    }
    const fieldErrors = errorsFromProblem(result.error);
    if (Object.keys(fieldErrors).length > 0) {
      setErrors(fieldErrors);
      focusFirst(fieldErrors);
    } else {
      setFormError(result.error);
    }
  }

  const say = (field: DetailField) => errors[field]?.(t);

  return (
    <>
      <p class="lead">{t.register.detailsIntro}</p>
      <p class="chosen">
        <span>
          {t.register.chosenCategory}: <strong>{t.segments[segment]}</strong>
        </span>
        <a href={`/daftar?kategori=${segment}`} aria-label={t.register.changeCategoryName}>
          {t.register.changeCategory}
        </a>
      </p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <Field id={inputId('nik')} label={t.register.nikLabel} hint={t.register.nikHint} error={say('nik')}>
          {(a11y) => (
            <input
              {...a11y}
              name="nik"
              type="text"
              inputMode="numeric"
              autocomplete="off"
              spellcheck={false}
              required
              value={values.nik}
              onInput={setNik}
            />
          )}
        </Field>
        <Field
          id={inputId('fullName')}
          label={t.register.nameLabel}
          hint={t.register.nameHint}
          error={say('fullName')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="fullName"
              type="text"
              autocomplete="name"
              autocapitalize="words"
              spellcheck={false}
              required
              maxLength={120}
              value={values.fullName}
              onInput={set('fullName')}
            />
          )}
        </Field>
        <Field id={inputId('birthDate')} label={t.register.birthDateLabel} error={say('birthDate')}>
          {(a11y) => (
            <input
              {...a11y}
              name="birthDate"
              type="date"
              autocomplete="bday"
              min="1900-01-01"
              required
              value={values.birthDate}
              onInput={set('birthDate')}
            />
          )}
        </Field>
        <Field
          id={inputId('email')}
          label={t.register.emailLabel}
          hint={t.register.emailHint}
          error={say('email')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="email"
              type="email"
              inputMode="email"
              autocomplete="email"
              autocapitalize="none"
              autocorrect="off"
              spellcheck={false}
              required
              maxLength={254}
              value={values.email}
              onInput={set('email')}
            />
          )}
        </Field>
        <Field
          id={inputId('phone')}
          label={t.register.phoneLabel}
          hint={t.register.phoneHint}
          error={say('phone')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="phone"
              type="tel"
              inputMode="tel"
              autocomplete="tel"
              required
              maxLength={20}
              value={values.phone}
              onInput={set('phone')}
            />
          )}
        </Field>
        <NewPasswordField
          id={inputId('password')}
          label={t.passwordLabel}
          value={values.password}
          onValue={(password) => onValues((v) => ({ ...v, password }))}
          error={say('password')}
        />
        <div class="field">
          {errors.consent && (
            <p id="reg-consent-error" class="field__error">
              {say('consent')}
            </p>
          )}
          <label class="consent">
            <input
              id={inputId('consent')}
              name="consent"
              type="checkbox"
              required
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? 'reg-consent-error' : undefined}
              checked={values.consent}
              onChange={(e) => {
                const consent = e.currentTarget.checked;
                onValues((v) => ({ ...v, consent }));
              }}
            />
            <span>{t.register.consent}</span>
          </label>
        </div>
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.register.submitting : t.register.submit}
        </button>
      </form>
      <p class="form__after">
        <a href="/masuk">{t.register.haveAccount}</a>
      </p>
    </>
  );
}
