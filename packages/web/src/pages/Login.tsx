import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../api.ts';
import { api, errorText } from '../api.ts';
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
  const [showPassword, setShowPassword] = useState(false);
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

  // One element either way (Preact keeps it, so focus and caret stay); only its type changes.
  const passwordProps = {
    ref: passwordRef,
    id: 'password',
    name: 'password',
    autocomplete: 'current-password',
    autocapitalize: 'none',
    autocorrect: 'off',
    spellcheck: false,
    required: true,
    'aria-invalid': fieldErrors.password ? true : undefined,
    'aria-describedby': fieldErrors.password ? 'password-error' : undefined,
    value: password,
    onInput: (e: Event) => setPassword((e.currentTarget as HTMLInputElement).value),
  } as const;

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
        <div class="field">
          <label for="identifier">{t.identifierLabel}</label>
          <p id="identifier-hint" class="field__hint">
            {t.identifierHint}
          </p>
          {fieldErrors.identifier && (
            <p id="identifier-error" class="field__error">
              {t.identifierMissing}
            </p>
          )}
          <input
            ref={identifierRef}
            id="identifier"
            name="identifier"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            autocorrect="off"
            spellcheck={false}
            required
            aria-invalid={fieldErrors.identifier ? true : undefined}
            aria-describedby={fieldErrors.identifier ? 'identifier-error identifier-hint' : 'identifier-hint'}
            value={identifier}
            onInput={(e) => setIdentifier(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="password">{t.passwordLabel}</label>
          {fieldErrors.password && (
            <p id="password-error" class="field__error">
              {t.passwordMissing}
            </p>
          )}
          <div class="password">
            {showPassword ? (
              <input type="text" {...passwordProps} />
            ) : (
              <input type="password" {...passwordProps} />
            )}
            <button
              type="button"
              class="password__toggle"
              aria-controls="password"
              onClick={() => setShowPassword((v) => !v)}
            >
              {showPassword ? t.hidePassword : t.showPassword}
            </button>
          </div>
        </div>
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.submittingLogin : t.submitLogin}
        </button>
      </form>
    </div>
  );
}
