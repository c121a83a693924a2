import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api } from '../../api.ts';
import { ChosenAccount } from '../../components/Account.tsx';
import {
  CODE_FIELDS,
  CodeEntry,
  type CodeErrors,
  type CodeField,
  type Codes,
  checkCodes,
  codeErrorsFromProblem,
  defaultResendAt,
  firstCodeError,
  focusInput,
  NO_CODES,
  ResendButton,
} from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useCountdown } from '../../countdown.ts';
import { type Say, useT } from '../../i18n.ts';
import { unblockPath } from './flow.ts';

const inputId = (field: CodeField) => `unblock-${field}`;

/** Step 2: the code from the e-mail and the code from the SMS; both can be sent again after a wait. */
export function CodesStep({
  identifier,
  resendAt,
  onResendAt,
  notice,
  onUnblocked,
}: {
  identifier: string;
  /** When a resend is possible; null when unknown (after a reload): the server then decides. */
  resendAt: string | null;
  onResendAt: (resendAt: string) => void;
  /** Something to say on arrival (codes had already been sent a moment ago). */
  notice: Say | null;
  onUnblocked: () => void;
}) {
  const t = useT();
  const wait = useCountdown(resendAt);
  const [codes, setCodes] = useState<Codes>(NO_CODES);
  const [errors, setErrors] = useState<CodeErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(() => notice);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);

  async function resend() {
    if (sending) return;
    setSending(true);
    setStatus(null);
    setFormError(null);
    const result = await api.unblock(identifier);
    setSending(false);
    if (result.ok) {
      onResendAt(result.data?.resendAvailableAt ?? defaultResendAt());
      setStatus(() => (tt: typeof t) => tt.unblock.resent);
      setCodes(NO_CODES);
      setErrors({});
      focusInput(inputId('emailCode'));
      return;
    }
    const error = result.error;
    if (error.kind === 'problem' && error.retryAt) onResendAt(error.retryAt);
    setFormError(error);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const local = checkCodes(codes);
    setErrors(local);
    setFormError(null);
    setStatus(null);
    const firstLocal = firstCodeError(local);
    if (firstLocal) {
      focusInput(inputId(firstLocal));
      return;
    }
    setBusy(true);
    const result = await api.verifyUnblock({ identifier, ...codes });
    setBusy(false);
    if (result.ok) {
      onUnblocked();
      return;
    }
    const fieldErrors = codeErrorsFromProblem(result.error);
    const first = firstCodeError(fieldErrors);
    if (first) {
      setErrors(fieldErrors);
      focusInput(inputId(first), true);
    } else {
      setFormError(result.error);
    }
  }

  return (
    <>
      <p class="lead">
        {t.unblock.sentTo} {t.codes.intro}
      </p>
      <ChosenAccount identifier={identifier} changeHref={unblockPath(identifier)} />
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        {CODE_FIELDS.map((field) => (
          <CodeEntry
            key={field}
            id={inputId(field)}
            field={field}
            value={codes[field]}
            onValue={(code) => setCodes((c) => ({ ...c, [field]: code }))}
            error={errors[field]?.(t)}
          />
        ))}
        <ResendButton
          id="unblock-resend"
          label={t.unblock.resend}
          wait={wait}
          busy={sending}
          onClick={resend}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.unblock.submitting : t.unblock.submit}
        </button>
      </form>
    </>
  );
}
