import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api.ts';
import { api, fieldProblemsFor } from '../api.ts';
import { FormProblem } from '../components/FormProblem.tsx';
import { checkNewPassword, NewPasswordField, passwordProblemText } from '../components/NewPassword.tsx';
import { StepUp } from '../components/StepUp.tsx';
import { type Say, useT } from '../i18n.ts';

/** "Ubah Kata Sandi": confirm it is you (step-up), then choose the new password. */
export function PasswordSection() {
  const t = useT();
  const p = t.security.password;
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<Say | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const light = checkNewPassword(password, (m) => m.newPassword.tooShort);
    if (light) {
      setFieldError(() => light);
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    setError(null);
    setBusy(true);
    const result = await api.changePassword(password);
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      setOpen(false);
      setPassword('');
      return;
    }
    const e = result.error;
    const [problem] = e.kind === 'problem' ? fieldProblemsFor(e.errors, ['newPassword'] as const) : [];
    if (problem) {
      setFieldError(() => passwordProblemText(problem));
      inputRef.current?.focus();
      return;
    }
    // The five minutes ran out: confirm again.
    if (e.kind === 'problem' && e.code === 'step_up_required') setConfirmed(false);
    setError(e);
  }

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{p.title}</h2>
      <p class="form__status" role="status">
        {saved && p.saved}
      </p>
      {!open ? (
        <button
          type="button"
          class="button button--secondary button--block"
          onClick={() => {
            setOpen(true);
            setSaved(false);
          }}
        >
          {p.title}
        </button>
      ) : (
        <>
          <p class="muted">{p.intro}</p>
          {!confirmed ? (
            <StepUp onConfirmed={() => setConfirmed(true)} />
          ) : (
            <form class="form" onSubmit={save} noValidate aria-busy={busy}>
              {error && <FormProblem error={error} />}
              <NewPasswordField
                id="change-password"
                label={p.label}
                value={password}
                onValue={setPassword}
                error={fieldError?.(t)}
                inputRef={inputRef}
              />
              <button type="submit" class="button button--primary button--block" disabled={busy}>
                {busy && <span class="spinner" aria-hidden="true" />}
                {busy ? p.saving : p.save}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
