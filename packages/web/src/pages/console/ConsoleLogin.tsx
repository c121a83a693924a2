import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { Field, PasswordInput } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useT } from '../../i18n.ts';
import { useTitle } from '../../title.ts';
import { consoleApi, EMPLOYER_LOGIN, staff, staffNext } from './api.ts';
import { useConsoleT } from './texts.ts';

type Missing = { email?: boolean; password?: boolean };

/**
 * Staff sign-in: e-mail and password only (staff have no phone sign-in, passkeys or self-service).
 * The one sign-in of both staff surfaces: the console's page and the employer portal's page differ
 * only in their words; either sends each role to its own surface afterwards.
 */
export function StaffLogin({
  title,
  intro,
  after,
}: {
  title: string;
  intro: string;
  /** Links under the form: the other sign-ins. */
  after: ComponentChildren;
}) {
  const t = useT();
  const c = useConsoleT();
  useTitle(title);
  const { route, query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const now: Missing = { email: !email.trim(), password: !password };
    setMissing(now);
    if (now.email || now.password) {
      setError(null);
      (now.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await consoleApi.login({ email: email.trim(), password });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    staff.value = result.data;
    route(staffNext(result.data.role, query.lanjut), true);
  }

  return (
    <div class="page page--narrow">
      <h1>{title}</h1>
      <p class="lead">{intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {error && <FormProblem error={error} />}
        <Field
          id="staff-email"
          label={c.login.emailLabel}
          error={missing.email ? c.login.emailMissing : undefined}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={emailRef}
              name="email"
              type="email"
              autocomplete="username"
              autocapitalize="none"
              autocorrect="off"
              spellcheck={false}
              required
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          id="staff-password"
          label={t.passwordLabel}
          error={missing.password ? c.login.passwordMissing : undefined}
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
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? c.login.submitting : c.login.submit}
        </button>
      </form>
      {after}
    </div>
  );
}

/** `/console/masuk`. */
export function ConsoleLoginPage() {
  const c = useConsoleT();
  return (
    <StaffLogin
      title={c.login.title}
      intro={c.login.intro}
      after={
        <>
          <p class="form__after">
            <a href={EMPLOYER_LOGIN}>{c.login.employerLink}</a>
          </p>
          <p class="form__after">
            <a href="/masuk">{c.login.memberLink}</a>
          </p>
        </>
      }
    />
  );
}
