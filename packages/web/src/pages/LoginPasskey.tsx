import type { Me } from '@jmo/core/contracts/auth';
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { type PasskeyError, passkeysSupported, signInWithPasskey } from '../passkey.ts';
import { PasskeyProblem } from './SecurityPasskeys.tsx';

/**
 * "Masuk dengan passkey" below the password form: nothing to type, the phone offers its passkey.
 * Only where the browser can use passkeys.
 */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasskeyError | null>(null);
  if (!passkeysSupported()) return null;

  async function signIn() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await signInWithPasskey();
    setBusy(false);
    if (result.ok) onSignedIn(result.data);
    else setError(result.error);
  }

  return (
    <div class="form__after">
      <p class="muted" aria-hidden="true">
        {t.login.or}
      </p>
      {error && <PasskeyProblem error={error} />}
      <button
        type="button"
        class="button button--secondary button--block"
        aria-busy={busy}
        disabled={busy}
        onClick={signIn}
      >
        {busy ? t.login.passkeyBusy : t.login.passkey}
      </button>
    </div>
  );
}
