import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, fieldProblemsFor, isProblem } from '../../api.ts';
import { ChosenAccount } from '../../components/Account.tsx';
import { CODE_LENGTH, CODE_PROBLEMS, CodeEntry, focusInput, ResendButton } from '../../components/Codes.tsx';
import { FormProblem, problemText } from '../../components/FormProblem.tsx';
import { checkNewPassword, NewPasswordField, passwordProblemText } from '../../components/NewPassword.tsx';
import { useCountdown } from '../../countdown.ts';
import { type Say, useT } from '../../i18n.ts';
import { resetPath, sendAgain } from './flow.ts';

/** Step 2 with the code from the SMS (for the account typed in step 1), or with the e-mailed link. */
export type ResetProof =
  | {
      kind: 'code';
      identifier: string;
      /** When a resend is possible; null when unknown (after a reload): the server then decides. */
      resendAt: string | null;
      onResendAt: (resendAt: string) => void;
      /** Something to say on arrival (the code had already been sent a moment ago). */
      notice: Say | null;
    }
  | { kind: 'link'; token: string };

const FIELDS = ['code', 'newPassword'] as const;
type ResetField = (typeof FIELDS)[number];
type Errors = Partial<Record<ResetField, Say>>;
const INPUT_ID: Record<ResetField, string> = { code: 'reset-code', newPassword: 'reset-new-password' };

function focusFirst(errors: Errors): boolean {
  const first = FIELDS.find((f) => errors[f]);
  if (first) focusInput(INPUT_ID[first], first === 'code');
  return first !== undefined;
}

/** What a refusal says about each input: the code (wrong, expired, used up) or the password policy. */
function errorsFromProblem(error: ApiError, byCode: boolean): Errors {
  if (error.kind !== 'problem') return {};
  const errors: Errors = {};
  // There is one code here: a problem about codes is about it, whatever path it names.
  if (byCode && CODE_PROBLEMS.includes(error.code)) errors.code = (t) => problemText(error, t);
  for (const problem of fieldProblemsFor(error.errors, FIELDS)) {
    if (problem.field === 'newPassword') errors.newPassword = passwordProblemText(problem);
    else if (byCode && !errors.code) errors.code = (t) => t.codes.codeLength;
  }
  return errors;
}

/** The new password, proved by the SMS code or by the e-mailed link ("Simpan Kata Sandi"). */
export function NewPasswordStep({ proof, onDone }: { proof: ResetProof; onDone: () => void }) {
  const t = useT();
  const byCode = proof.kind === 'code';
  const wait = useCountdown(byCode ? proof.resendAt : null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(() => (byCode ? proof.notice : null));
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);
  /** The link has expired or was used: only a new one helps. */
  const [linkInvalid, setLinkInvalid] = useState<ApiError | null>(null);
  const askAgain = useRef<HTMLAnchorElement>(null);
  // The form (and the button pressed) is gone: put focus on the way forward; the alert says why.
  useEffect(() => {
    if (linkInvalid) askAgain.current?.focus();
  }, [linkInvalid]);

  async function resend() {
    if (proof.kind !== 'code' || sending) return;
    setSending(true);
    setStatus(null);
    setFormError(null);
    const problem = await sendAgain(proof.identifier, 'sms', proof.onResendAt);
    setSending(false);
    if (problem) {
      setFormError(problem);
      return;
    }
    setStatus(() => (tt: typeof t) => tt.reset.resentCode);
    setCode('');
    setErrors((e) => ({ ...(e.newPassword && { newPassword: e.newPassword }) }));
    focusInput(INPUT_ID.code);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setStatus(null);
    const local: Errors = {};
    if (byCode && !code) local.code = (tt) => tt.codes.codeMissing;
    else if (byCode && code.length !== CODE_LENGTH) local.code = (tt) => tt.codes.codeLength;
    const passwordError = checkNewPassword(password, (tt) => tt.reset.newPasswordMissing);
    if (passwordError) local.newPassword = passwordError;
    setErrors(local);
    if (focusFirst(local)) return;

    setBusy(true);
    const result = await api.confirmPasswordReset(
      proof.kind === 'code'
        ? { identifier: proof.identifier, code, newPassword: password }
        : { token: proof.token, newPassword: password },
    );
    setBusy(false);
    if (result.ok) {
      onDone();
      return;
    }
    const error = result.error;
    if (!byCode && isProblem(error, 'reset_link_invalid')) {
      setLinkInvalid(error);
      return;
    }
    const fieldErrors = errorsFromProblem(error, byCode);
    setErrors(fieldErrors);
    if (!focusFirst(fieldErrors)) setFormError(error);
  }

  if (linkInvalid) {
    return (
      <>
        <FormProblem error={linkInvalid} />
        <p class="form__after">
          <a ref={askAgain} href="/lupa-password" class="button button--primary button--block">
            {t.reset.askAgain}
          </a>
        </p>
      </>
    );
  }

  return (
    <>
      <p class="lead">{proof.kind === 'code' ? t.reset.smsSent : t.reset.linkIntro}</p>
      {proof.kind === 'code' && (
        <ChosenAccount identifier={proof.identifier} changeHref={resetPath(proof.identifier)} />
      )}
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        {proof.kind === 'code' && (
          <>
            {/* For password managers: which account the new password belongs to. */}
            <input
              type="text"
              name="username"
              autocomplete="username"
              value={proof.identifier}
              hidden
              readOnly
            />
            <CodeEntry
              id={INPUT_ID.code}
              field="smsCode"
              value={code}
              onValue={setCode}
              error={errors.code?.(t)}
              after={
                <ResendButton
                  id="reset-resend"
                  label={t.reset.resendCode}
                  wait={wait}
                  busy={sending}
                  onClick={resend}
                />
              }
            />
          </>
        )}
        <NewPasswordField
          id={INPUT_ID.newPassword}
          label={t.reset.newPasswordLabel}
          value={password}
          onValue={setPassword}
          error={errors.newPassword?.(t)}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.reset.submitting : t.reset.submit}
        </button>
      </form>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
