import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { fieldProblemsFor } from '../../api.ts';
import { CODE_PROBLEMS } from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { checkNewPassword, NewPasswordField, passwordProblemText } from '../../components/NewPassword.tsx';
import { type Say, useT } from '../../i18n.ts';
import { type Identifiers, type Identity, RECOVER_PATH, type RecoveryChannel, recoveryApi } from './flow.ts';

const PASSWORD_INPUT = 'recover-new-password';

/**
 * Step 4: how the member signs in (the channel the code went to in full, the other masked) and a
 * new password, proved by the same code.
 */
export function AccountStep({
  identity,
  channel,
  code,
  identifiers,
  onDone,
}: {
  identity: Identity;
  channel: RecoveryChannel;
  code: string;
  identifiers: Identifiers;
  onDone: () => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Say | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  /** The code expired or ran out of tries meanwhile: only a new one helps. */
  const [codeProblem, setCodeProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const askAgain = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (codeProblem) askAgain.current?.focus();
  }, [codeProblem]);

  const signInWith = identifiers.shownInFull === 'email' ? identifiers.email : identifiers.phone;
  const rows = [
    { label: t.recover.emailLabel, value: identifiers.email, full: identifiers.shownInFull === 'email' },
    { label: t.recover.phoneLabel, value: identifiers.phone, full: identifiers.shownInFull === 'sms' },
  ].filter((row) => row.value);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const local = checkNewPassword(password, (tt) => tt.recover.newPasswordMissing) ?? null;
    setError(() => local);
    if (local) {
      document.getElementById(PASSWORD_INPUT)?.focus();
      return;
    }
    setBusy(true);
    const result = await recoveryApi.setPassword({ ...identity, channel, code, newPassword: password });
    setBusy(false);
    if (result.ok) {
      onDone();
      return;
    }
    const problem = result.error;
    if (problem.kind === 'problem' && CODE_PROBLEMS.includes(problem.code)) {
      setCodeProblem(problem);
      return;
    }
    const [aboutPassword] = fieldProblemsFor(problem.kind === 'problem' ? problem.errors : undefined, [
      'newPassword',
    ]);
    if (aboutPassword) {
      setError(() => passwordProblemText(aboutPassword));
      document.getElementById(PASSWORD_INPUT)?.focus();
    } else {
      setFormError(problem);
    }
  }

  return (
    <>
      <p class="lead">{t.recover.accountIntro}</p>
      <dl class="panel identifiers">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd class={row.full ? 'identifiers__full' : undefined}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {rows.some((row) => !row.full) && <p class="muted">{t.recover.maskedNote}</p>}
      {codeProblem ? (
        <>
          <FormProblem error={codeProblem} />
          <p class="form__after">
            <a ref={askAgain} href={`${RECOVER_PATH}/tujuan`} class="button button--primary button--block">
              {t.recover.askAgain}
            </a>
          </p>
        </>
      ) : (
        <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
          {formError && <FormProblem error={formError} />}
          <p class="recover__intro">{t.recover.newPasswordIntro}</p>
          {/* For password managers: which account the new password belongs to. */}
          <input
            type="text"
            name="username"
            autocomplete="username"
            value={signInWith ?? ''}
            hidden
            readOnly
          />
          <NewPasswordField
            id={PASSWORD_INPUT}
            label={t.recover.newPasswordLabel}
            value={password}
            onValue={setPassword}
            error={error?.(t)}
          />
          <button type="submit" class="button button--primary button--block" disabled={busy}>
            {busy && <span class="spinner" aria-hidden="true" />}
            {busy ? t.recover.submitting : t.recover.submit}
          </button>
        </form>
      )}
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
