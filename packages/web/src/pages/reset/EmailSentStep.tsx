import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { ChosenAccount } from '../../components/Account.tsx';
import { ResendButton } from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useCountdown } from '../../countdown.ts';
import { type Say, useT } from '../../i18n.ts';
import { resetPath, sendAgain } from './flow.ts';

/** Step 2 by e-mail: open the link we sent (it leads to the new-password screen); or send it again. */
export function EmailSentStep({
  identifier,
  resendAt,
  onResendAt,
}: {
  identifier: string;
  /** When a resend is possible; null when unknown (after a reload): the server then decides. */
  resendAt: string | null;
  onResendAt: (resendAt: string) => void;
}) {
  const t = useT();
  const wait = useCountdown(resendAt);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<Say | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function resend() {
    if (sending) return;
    setSending(true);
    setStatus(null);
    setError(null);
    const problem = await sendAgain(identifier, 'email', onResendAt);
    setSending(false);
    if (problem) setError(problem);
    else setStatus(() => (tt: typeof t) => tt.reset.resentLink);
  }

  return (
    <>
      <p class="lead">{t.reset.emailSent}</p>
      <ChosenAccount identifier={identifier} changeHref={resetPath(identifier)} />
      <div class="panel">
        {error && <FormProblem error={error} />}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        <ResendButton
          id="reset-resend"
          label={t.reset.resendLink}
          wait={wait}
          busy={sending}
          onClick={resend}
        />
      </div>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
