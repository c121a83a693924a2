import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { type Say, useT } from '../../i18n.ts';
import { type Identity, RECOVER_PATH, type Receipt, recoveryApi } from './flow.ts';
import {
  checkIdentity,
  type FieldErrors,
  fieldErrorsFrom,
  focusFirstError,
  IdentityFields,
} from './identity.tsx';

const FIELDS = ['kpj', 'nik', 'fullName', 'birthDate', 'newEmail', 'newPhone', 'note'] as const;
type RequestField = (typeof FIELDS)[number];
type Details = Record<'fullName' | 'birthDate' | 'newEmail' | 'newPhone' | 'note', string>;
const NOTE_MAX = 500;
const inputId = (field: string) => `lost-${field}`;

function check(identity: Identity, details: Details): FieldErrors<RequestField> {
  const missing: Record<keyof Details, Say> = {
    fullName: (t) => t.register.nameMissing,
    birthDate: (t) => t.register.birthDateMissing,
    newEmail: (t) => t.recover.request.newEmailMissing,
    newPhone: (t) => t.recover.request.newPhoneMissing,
    note: (t) => t.recover.request.noteMissing,
  };
  const errors: FieldErrors<RequestField> = checkIdentity(identity);
  for (const field of Object.keys(missing) as (keyof Details)[]) {
    if (!details[field].trim()) errors[field] = missing[field];
  }
  return errors;
}

/**
 * E-mail and phone both lost: who the member is (KPJ, NIK, name and birth date as on the KTP), the
 * new e-mail and number, and what happened. An officer checks the identity and answers.
 */
export function RequestStep({
  identity,
  onIdentity,
  onReceived,
}: {
  identity: Identity;
  onIdentity: (update: (identity: Identity) => Identity) => void;
  onReceived: (receipt: Receipt) => void;
}) {
  const t = useT();
  const [details, setDetails] = useState<Details>({
    fullName: '',
    birthDate: '',
    newEmail: '',
    newPhone: '',
    note: '',
  });
  const [errors, setErrors] = useState<FieldErrors<RequestField>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Details) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setDetails((d) => ({ ...d, [field]: value }));
  };
  const say = (field: RequestField) => errors[field]?.(t);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const local = check(identity, details);
    setErrors(local);
    if (focusFirstError(FIELDS, local, inputId)) return;
    setBusy(true);
    const result = await recoveryApi.submitRequest({
      ...identity,
      fullName: details.fullName.trim(),
      birthDate: details.birthDate,
      newEmail: details.newEmail.trim(),
      newPhone: details.newPhone.trim(),
      note: details.note.trim(),
    });
    setBusy(false);
    if (result.ok) {
      onReceived(result.data);
      return;
    }
    const fieldErrors = fieldErrorsFrom(result.error, FIELDS);
    setErrors(fieldErrors);
    if (!focusFirstError(FIELDS, fieldErrors, inputId)) setFormError(result.error);
  }

  return (
    <>
      <p class="lead">{t.recover.request.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <IdentityFields idPrefix="lost" identity={identity} onIdentity={onIdentity} errors={errors} />
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
              value={details.fullName}
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
              value={details.birthDate}
              onInput={set('birthDate')}
            />
          )}
        </Field>
        <Field
          id={inputId('newEmail')}
          label={t.recover.request.newEmailLabel}
          hint={t.recover.request.newEmailHint}
          error={say('newEmail')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="newEmail"
              type="email"
              inputMode="email"
              autocomplete="email"
              autocapitalize="none"
              autocorrect="off"
              spellcheck={false}
              required
              maxLength={254}
              value={details.newEmail}
              onInput={set('newEmail')}
            />
          )}
        </Field>
        <Field
          id={inputId('newPhone')}
          label={t.recover.request.newPhoneLabel}
          hint={t.recover.request.newPhoneHint}
          error={say('newPhone')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="newPhone"
              type="tel"
              inputMode="tel"
              autocomplete="tel"
              required
              maxLength={20}
              value={details.newPhone}
              onInput={set('newPhone')}
            />
          )}
        </Field>
        <Field
          id={inputId('note')}
          label={t.recover.request.noteLabel}
          hint={t.recover.request.noteHint}
          error={say('note')}
        >
          {(a11y) => (
            <textarea
              {...a11y}
              class="recover__note"
              name="note"
              rows={4}
              required
              maxLength={NOTE_MAX}
              value={details.note}
              onInput={set('note')}
            />
          )}
        </Field>
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.recover.request.submitting : t.recover.request.submit}
        </button>
      </form>
      <p class="form__after">
        <a href={RECOVER_PATH}>{t.recover.title}</a>
      </p>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
