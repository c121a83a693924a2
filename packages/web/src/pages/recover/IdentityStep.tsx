import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useT } from '../../i18n.ts';
import { type ChannelOption, type Identity, RECOVER_PATH, recoveryApi } from './flow.ts';
import {
  checkIdentity,
  type FieldErrors,
  fieldErrorsFrom,
  focusFirstError,
  IdentityFields,
} from './identity.tsx';

const FIELDS = ['kpj', 'nik'] as const;
const inputId = (field: string) => `recover-${field}`;

/**
 * Step 1: the KPJ and the NIK. A pair that matches no account gets one answer ("Data tidak cocok"),
 * whatever was wrong; too many of them, a wait.
 */
export function IdentityStep({
  identity,
  onIdentity,
  onFound,
}: {
  identity: Identity;
  onIdentity: (update: (identity: Identity) => Identity) => void;
  onFound: (channels: ChannelOption[]) => void;
}) {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors<keyof Identity>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const local = checkIdentity(identity);
    setErrors(local);
    if (focusFirstError(FIELDS, local, inputId)) return;
    setBusy(true);
    const result = await recoveryApi.lookUp(identity);
    setBusy(false);
    if (result.ok) {
      onFound(result.data.channels);
      return;
    }
    const fieldErrors = fieldErrorsFrom(result.error, FIELDS);
    setErrors(fieldErrors);
    if (!focusFirstError(FIELDS, fieldErrors, inputId)) setFormError(result.error);
  }

  return (
    <>
      <p class="lead">{t.recover.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <IdentityFields idPrefix="recover" identity={identity} onIdentity={onIdentity} errors={errors} />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.recover.finding : t.recover.find}
        </button>
      </form>
      <p class="form__after">
        {t.recover.lostBoth} <a href={`${RECOVER_PATH}/permintaan`}>{t.recover.lostBothLink}</a>
      </p>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
