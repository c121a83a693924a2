/**
 * "Kunci pencairan" on Keamanan Akun: turning it on counts at once; turning it off asks for a
 * step-up first and counts only after the server's delay, which the page shows.
 */
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { StepUp } from '../../components/StepUp.tsx';
import { formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { jhtClaimApi } from './api.ts';
import { useJhtClaimT } from './texts.ts';
import './jht-claim.css';

export function WithdrawalLockSection() {
  const t = useT();
  const c = useJhtClaimT();
  const lock = useResource(jhtClaimApi.withdrawalLock, []);
  const [turningOff, setTurningOff] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function set(on: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await jhtClaimApi.setWithdrawalLock(on);
    setBusy(false);
    if (!result.ok) {
      // The five minutes of the step-up ran out: confirm again.
      if (result.error.kind === 'problem' && result.error.code === 'step_up_required') setTurningOff(true);
      setError(result.error);
      return;
    }
    setTurningOff(false);
    lock.retry();
  }

  const state = lock.data;
  return (
    <section aria-labelledby="lock-title" class="jc-lock" aria-busy={lock.loading}>
      <h2 id="lock-title">{c.lockTitle}</h2>
      <p class="muted">{c.lockIntro}</p>
      {state && (
        <p class="jc-lock__state" role="status" data-testid="withdrawal-lock-state">
          <strong>
            {state.on ? c.lockStateOn(state.since ? formatDateTime(state.since, t) : '') : c.lockStateOff}
          </strong>{' '}
          {state.offAt && c.lockPendingOff(formatDateTime(state.offAt, t))}
        </p>
      )}
      {error && <FormProblem error={error} />}
      {state &&
        (!state.on || state.offAt ? (
          <button
            type="button"
            class="button button--primary button--block"
            disabled={busy}
            onClick={() => set(true)}
          >
            {busy && <span class="spinner" aria-hidden="true" />}
            {busy ? c.saving : state.offAt ? c.keepOn : c.turnOn}
          </button>
        ) : turningOff ? (
          <>
            <p class="muted">{c.turnOffIntro(state.offDelayHours)}</p>
            <StepUp onConfirmed={() => void set(false)} />
          </>
        ) : (
          <button
            type="button"
            class="button button--secondary button--block"
            onClick={() => setTurningOff(true)}
          >
            {c.turnOff}
          </button>
        ))}
    </section>
  );
}
