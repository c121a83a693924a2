import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, errorText, fieldProblemsFor, isProblem } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { type Say, useT } from '../../i18n.ts';
import { defaultResendAt } from './flow.ts';

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
      setFieldError(() => (tt: typeof t) => tt.identifierMissing);
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
    const [problem] = error.kind === 'problem' ? fieldProblemsFor(error.errors, ['identifier']) : [];
    if (problem) {
      const { message, fromSchema } = problem;
      setFieldError(() =>
        fromSchema || !message.trim() ? (tt: typeof t) => tt.unblock.identifierCheck : () => message,
      );
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
        <Field
          id="unblock-identifier"
          label={t.identifierLabel}
          hint={t.identifierHint}
          error={fieldError?.(t)}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={inputRef}
              name="identifier"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              autocorrect="off"
              spellcheck={false}
              required
              maxLength={254}
              value={identifier}
              onInput={(e) => onIdentifier(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.unblock.sending : t.unblock.send}
        </button>
      </form>
      <p class="form__after">
        <a href="/masuk">{t.unblock.backToLogin}</a>
      </p>
    </>
  );
}
