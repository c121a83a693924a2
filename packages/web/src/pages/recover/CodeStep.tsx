import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { fieldProblemsFor } from '../../api.ts';
import { CODE_LENGTH, CODE_PROBLEMS, CodeEntry, focusInput, ResendButton } from '../../components/Codes.tsx';
import { FormProblem, problemText } from '../../components/FormProblem.tsx';
import { useCountdown } from '../../countdown.ts';
import { type Say, useT } from '../../i18n.ts';
import { type Identifiers, type Identity, RECOVER_PATH, recoveryApi, type Sent } from './flow.ts';

const CODE_INPUT = 'recover-code';

/** Step 3: the code from the chosen channel; right, it shows how the member signs in. */
export function CodeStep({
  identity,
  sent,
  onResent,
  onVerified,
}: {
  identity: Identity;
  sent: Sent;
  onResent: (sent: Sent) => void;
  onVerified: (code: string, identifiers: Identifiers) => void;
}) {
  const t = useT();
  const wait = useCountdown(sent.resendAt);
  const [code, setCode] = useState('');
  const [error, setError] = useState<Say | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(sent.notice);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);

  async function resend() {
    if (sending) return;
    setSending(true);
    setStatus(null);
    setFormError(null);
    const result = await recoveryApi.sendCode({ ...identity, channel: sent.channel });
    setSending(false);
    if (!result.ok) {
      if (result.error.kind === 'problem' && result.error.retryAt) {
        onResent({ ...sent, resendAt: result.error.retryAt, notice: null });
      }
      setFormError(result.error);
      return;
    }
    onResent({ ...sent, resendAt: result.data.resendAvailableAt, notice: null });
    setStatus(() => (tt: typeof t) => tt.recover.resent(sent.masked));
    setCode('');
    setError(null);
    focusInput(CODE_INPUT);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setStatus(null);
    const local: Say | null = !code
      ? (tt) => tt.codes.codeMissing
      : code.length !== CODE_LENGTH
        ? (tt) => tt.codes.codeLength
        : null;
    setError(() => local);
    if (local) {
      focusInput(CODE_INPUT, true);
      return;
    }
    setBusy(true);
    const result = await recoveryApi.verify({ ...identity, channel: sent.channel, code });
    setBusy(false);
    if (result.ok) {
      onVerified(code, result.data);
      return;
    }
    const problem = result.error;
    const aboutCode =
      problem.kind === 'problem' &&
      (CODE_PROBLEMS.includes(problem.code) || fieldProblemsFor(problem.errors, ['code']).length > 0);
    if (aboutCode) {
      setError(() =>
        CODE_PROBLEMS.includes(problem.code)
          ? (tt: typeof t) => problemText(problem, tt)
          : (tt: typeof t) => tt.codes.codeLength,
      );
      focusInput(CODE_INPUT, true);
    } else {
      setFormError(problem);
    }
  }

  return (
    <>
      <p class="lead">{t.recover.codeSent(sent.masked)}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        <CodeEntry
          id={CODE_INPUT}
          field={sent.channel === 'email' ? 'emailCode' : 'smsCode'}
          value={code}
          onValue={setCode}
          error={error?.(t)}
          after={
            <ResendButton
              id="recover-resend"
              label={t.recover.resend}
              wait={wait}
              busy={sending}
              onClick={resend}
            />
          }
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.recover.verifying : t.recover.verify}
        </button>
      </form>
      <p class="form__after">
        <a href={`${RECOVER_PATH}/tujuan`}>{t.recover.chooseOther}</a>
      </p>
    </>
  );
}
