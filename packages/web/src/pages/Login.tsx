import type { Me } from '@jmo/core/contracts/auth';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError, ProblemError } from '../api.ts';
import { api, isProblem } from '../api.ts';
import { Field, PasswordInput } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { useCountdown } from '../countdown.ts';
import { formatDay, formatTime } from '../format.ts';
import { useT } from '../i18n.ts';
import { me, safeNext, signedIn } from '../session.ts';
import { useTitle } from '../title.ts';
import { PasskeySignIn } from './LoginPasskey.tsx';
import { resetPath } from './reset/flow.ts';
import { useSimulationT } from './simulation/texts.ts';
import { unblockPath } from './unblock/flow.ts';

type FieldErrors = { identifier?: boolean; password?: boolean };

/**
 * After a few wrong passwords the account waits before the next try. The countdown is seen ticking;
 * screen readers hear the wait once (a live region that changed every second would talk over
 * everything), then hear when signing in is possible again (the status below the form).
 */
function SlowedDown({ seconds }: { seconds: number }) {
  const t = useT();
  const [first] = useState(seconds);
  return (
    <div class="form__error" role="alert">
      <p>
        <span aria-hidden="true" class="countdown">
          {t.login.slowedDown(t.duration(seconds))}
        </span>
        <span class="sr-only">{t.login.slowedDown(t.duration(first))}</span>
      </p>
    </div>
  );
}

/** The account is blocked for a while; the member can unblock it now with codes sent to them. */
function Blocked({ error, identifier }: { error: ProblemError; identifier: string }) {
  const t = useT();
  const until = error.retryAt;
  return (
    <div class="form__error blocked" role="alert">
      <p>{until ? t.login.blockedUntil(formatTime(until, t), formatDay(until, t)) : t.login.blocked}</p>
      <p class="blocked__help">{t.login.unblockHelp}</p>
      <a class="button button--primary button--block" href={unblockPath(identifier)}>
        {t.login.unblockNow}
      </a>
    </div>
  );
}

export function LoginPage() {
  const t = useT();
  const simulation = useSimulationT();
  useTitle(t.loginTitle);
  const { route, query } = useLocation();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  /** The identifier the last answer was about (the wait and the block belong to that account). */
  const [attempted, setAttempted] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const problem = error?.kind === 'problem' ? error : undefined;
  const sameAccount = identifier.trim() === attempted;
  const slowedUntil =
    problem && isProblem(problem, 'login_slowed_down') && sameAccount ? problem.retryAt : undefined;
  const wait = useCountdown(slowedUntil);
  const waiting = wait > 0;
  const blocked = problem && isProblem(problem, 'account_blocked') ? problem : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || waiting) return;
    const missing: FieldErrors = { identifier: !identifier.trim(), password: !password };
    setFieldErrors(missing);
    if (missing.identifier || missing.password) {
      setError(null);
      (missing.identifier ? identifierRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const account = identifier.trim();
    const result = await api.login({ identifier: account, password });
    setBusy(false);
    if (!result.ok) {
      setAttempted(account);
      setError(result.error);
      return;
    }
    enter(result.data);
  }

  function enter(member: Me) {
    me.value = member;
    signedIn.value = true;
    route(safeNext(query.lanjut), true);
  }

  function message() {
    if (!error) return null;
    if (slowedUntil) return waiting ? <SlowedDown key={slowedUntil} seconds={wait} /> : null;
    // A wait for another account than the one now typed: nothing to say about it.
    if (problem && isProblem(problem, 'login_slowed_down') && problem.retryAt) return null;
    if (blocked) return <Blocked error={blocked} identifier={attempted} />;
    return <FormProblem error={error} />;
  }

  return (
    <div class="page page--narrow">
      <h1>{t.loginTitle}</h1>
      <p class="lead">{t.loginIntro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {message()}
        <p class="form__status" role="status">
          {slowedUntil && !waiting && t.login.canRetry}
        </p>
        <Field
          id="identifier"
          label={t.identifierLabel}
          hint={t.identifierHint}
          error={fieldErrors.identifier ? t.identifierMissing : undefined}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={identifierRef}
              name="identifier"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              autocorrect="off"
              spellcheck={false}
              required
              value={identifier}
              onInput={(e) => setIdentifier(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          id="password"
          label={t.passwordLabel}
          error={fieldErrors.password ? t.passwordMissing : undefined}
        >
          {(a11y) => (
            <PasswordInput
              a11y={a11y}
              inputRef={passwordRef}
              name="password"
              autocomplete="current-password"
              value={password}
              onValue={setPassword}
            />
          )}
        </Field>
        <p class="form__forgot">
          <a href="/lupa-akun">{t.recover.linkFromLogin}</a>
          <span aria-hidden="true"> · </span>
          <a href={resetPath(identifier.trim())}>{t.login.forgotPassword}</a>
        </p>
        <button
          type="submit"
          class={
            waiting
              ? 'button button--primary button--block button--waiting'
              : 'button button--primary button--block'
          }
          disabled={busy || waiting}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.submittingLogin : t.submitLogin}
        </button>
      </form>
      <PasskeySignIn onSignedIn={enter} />
      <p class="form__after">
        <a href="/daftar">{t.register.noAccount}</a>
      </p>
      <p class="form__after">
        <a href="/simulasi/iuran">{simulation.homeLink}</a>
      </p>
    </div>
  );
}
