import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../api.ts';
import { api, errorText } from '../api.ts';
import { Field, PasswordInput } from '../components/Field.tsx';
import { useT } from '../i18n.ts';
import { me, safeNext, signedIn } from '../session.ts';
import { useTitle } from '../title.ts';

type FieldErrors = { identifier?: boolean; password?: boolean };

export function LoginPage() {
  const t = useT();
  useTitle(t.loginTitle);
  const { route, query } = useLocation();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const missing: FieldErrors = { identifier: !identifier.trim(), password: !password };
    setFieldErrors(missing);
    if (missing.identifier || missing.password) {
      setError(null);
      (missing.identifier ? identifierRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.login({ identifier: identifier.trim(), password });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    me.value = result.data;
    signedIn.value = true;
    route(safeNext(query.lanjut), true);
  }

  return (
    <div class="page page--narrow">
      <h1>{t.loginTitle}</h1>
      <p class="lead">{t.loginIntro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {error && (
          <p class="form__error" role="alert">
            {errorText(error)}
          </p>
        )}
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
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.submittingLogin : t.submitLogin}
        </button>
      </form>
      <p class="form__after">
        <a href="/daftar">{t.register.noAccount}</a>
      </p>
    </div>
  );
}
