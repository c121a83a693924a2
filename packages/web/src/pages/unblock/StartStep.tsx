import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, errorText, isProblem } from '../../api.ts';
import { IdentifierField, identifierErrorFromProblem, identifierMissing } from '../../components/Account.tsx';
import { defaultResendAt } from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { type Say, useT } from '../../i18n.ts';

/** Step 1: which account. The answer is the same whether it exists or not, so nobody can probe. */
export function StartStep({
  identifier,
  onIdentifier,
  onSent,
}: {
  identifier: string;
  onIdentifier: (identifier: string) => void;
  /** Codes went out (or had just gone out): on to step 2, with what to say there, if anything. */
  onSent: (identifier: string, resendAt: string, notice: Say | null) => void;
}) {
  const t = useT();
  const [fieldError, setFieldError] = useState<Say | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const account = identifier.trim();
    if (!account) {
      setFieldError(() => identifierMissing);
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    const result = await api.unblock(account);
    setBusy(false);
    if (result.ok) {
      onSent(account, result.data?.resendAvailableAt ?? defaultResendAt(), null);
      return;
    }
    const error = result.error;
    // Codes went out a moment ago (the member came back here): they are on their way, use them.
    if (error.kind === 'problem' && isProblem(error, 'code_resend_too_soon') && error.retryAt) {
      onSent(account, error.retryAt, () => errorText(error));
      return;
    }
    const problem = identifierErrorFromProblem(error);
    if (problem) {
      setFieldError(() => problem);
      inputRef.current?.focus();
      return;
    }
    setFormError(error);
  }

  return (
    <>
      <p class="lead">{t.unblock.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <IdentifierField
          id="unblock-identifier"
          value={identifier}
          onValue={onIdentifier}
          error={fieldError?.(t)}
          inputRef={inputRef}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.unblock.sending : t.unblock.send}
        </button>
      </form>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
