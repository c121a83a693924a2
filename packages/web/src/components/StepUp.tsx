import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api.ts';
import { api, isProblem } from '../api.ts';
import { useT } from '../i18n.ts';
import { PasskeyProblem } from '../pages/SecurityPasskeys.tsx';
import { confirmWithPasskey, type PasskeyError, passkeysSupported } from '../passkey.ts';
import { cleanCode } from './Codes.tsx';
import { Field } from './Field.tsx';
import { FormProblem } from './FormProblem.tsx';

/**
 * "Konfirmasi bahwa ini Anda" before a sensitive action: a code to the account's phone (or e-mail),
 * or a passkey on this device. On success the server has renewed the session; `onConfirmed` lets the
 * action go ahead.
 */
export function StepUp({ onConfirmed }: { onConfirmed: () => void }) {
  const t = useT();
  const s = t.stepUp;
  const [hasPasskey, setHasPasskey] = useState(false);
  const [sentTo, setSentTo] = useState<'sms' | 'email' | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [passkeyError, setPasskeyError] = useState<PasskeyError | null>(null);
  const [busy, setBusy] = useState<'send' | 'confirm' | 'passkey' | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.stepUpStatus().then((r) => {
      if (!r.ok) return;
      if (r.data.steppedUpUntil) onConfirmed();
      else setHasPasskey(r.data.hasPasskey && passkeysSupported());
    });
  }, []);

  async function send(channel: 'sms' | 'email') {
    setBusy('send');
    setError(null);
    const result = await api.stepUpCode(channel);
    setBusy(null);
    // Sent a moment ago: the code already on its way is still good.
    if (result.ok || isProblem(result.error, 'code_resend_too_soon')) {
      setSentTo(channel);
      setTimeout(() => codeRef.current?.focus(), 0);
    } else {
      setError(result.error);
    }
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (!sentTo || busy) return;
    if (code.length !== 6) {
      setCodeError(s.codeMissing);
      codeRef.current?.focus();
      return;
    }
    setCodeError(null);
    setError(null);
    setBusy('confirm');
    const result = await api.stepUp({ channel: sentTo, code });
    setBusy(null);
    if (result.ok) onConfirmed();
    else setError(result.error);
  }

  async function usePasskey() {
    setBusy('passkey');
    setPasskeyError(null);
    const result = await confirmWithPasskey();
    setBusy(null);
    if (result.ok) onConfirmed();
    else setPasskeyError(result.error);
  }

  return (
    <div class="panel step-up">
      <h3>{s.title}</h3>
      {error && <FormProblem error={error} />}
      {passkeyError && <PasskeyProblem error={passkeyError} />}
      {hasPasskey && (
        <button
          type="button"
          class="button button--primary button--block"
          disabled={busy !== null}
          onClick={usePasskey}
        >
          {s.usePasskey}
        </button>
      )}
      {sentTo === null ? (
        <div class="actions">
          <button
            type="button"
            class={`button button--block ${hasPasskey ? 'button--secondary' : 'button--primary'}`}
            disabled={busy !== null}
            onClick={() => send('sms')}
          >
            {busy === 'send' ? s.sending : s.sendSms}
          </button>
          <button
            type="button"
            class="button button--secondary button--block"
            disabled={busy !== null}
            onClick={() => send('email')}
          >
            {s.sendEmail}
          </button>
        </div>
      ) : (
        <form onSubmit={confirm} noValidate aria-busy={busy === 'confirm'}>
          <p class="form__status" role="status">
            {sentTo === 'sms' ? s.sentSms : s.sentEmail}
          </p>
          <Field id="step-up-code" label={s.codeLabel} error={codeError ?? undefined}>
            {(a11y) => (
              <input
                {...a11y}
                ref={codeRef}
                class="code-input"
                inputMode="numeric"
                autocomplete="one-time-code"
                maxLength={6}
                value={code}
                onInput={(e) => setCode(cleanCode((e.currentTarget as HTMLInputElement).value))}
              />
            )}
          </Field>
          <button type="submit" class="button button--primary button--block" disabled={busy !== null}>
            {busy === 'confirm' && <span class="spinner" aria-hidden="true" />}
            {busy === 'confirm' ? s.confirming : s.confirm}
          </button>
        </form>
      )}
    </div>
  );
}
