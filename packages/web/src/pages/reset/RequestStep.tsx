import { useRef, useState } from 'preact/hooks';
import type { ApiError, ResetChannel } from '../../api.ts';
import { api, errorText, fieldProblemsFor, isProblem } from '../../api.ts';
import { IdentifierField, identifierErrorFromProblem, identifierMissing } from '../../components/Account.tsx';
import { RadioChoices } from '../../components/Choices.tsx';
import { defaultResendAt } from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { type Say, useT } from '../../i18n.ts';

const CHANNELS: readonly ResetChannel[] = ['email', 'sms'];
const channelMissing: Say = (t) => t.reset.channelMissing;
type Errors = { identifier?: Say | undefined; channel?: Say | undefined };

/**
 * Step 1: which account, and a link by e-mail or a code by SMS. The answer is the same whether the
 * account exists or not, so nobody can probe.
 */
export function RequestStep({
  identifier,
  onIdentifier,
  channel,
  onChannel,
  onSent,
}: {
  identifier: string;
  onIdentifier: (identifier: string) => void;
  channel: ResetChannel | null;
  onChannel: (channel: ResetChannel) => void;
  /** Sent (or sent a moment ago): on to step 2, with what to say there, if anything. */
  onSent: (identifier: string, channel: ResetChannel, resendAt: string, notice: Say | null) => void;
}) {
  const t = useT();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const identifierRef = useRef<HTMLInputElement>(null);
  const channelRef = useRef<HTMLInputElement>(null);

  /** Shows these errors (or none), focusing the first; whether there were any. */
  function show(next: Errors): boolean {
    setErrors(next);
    if (next.identifier) identifierRef.current?.focus();
    else if (next.channel) channelRef.current?.focus();
    return Boolean(next.identifier || next.channel);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const account = identifier.trim();
    const missing = {
      identifier: account ? undefined : identifierMissing,
      channel: channel ? undefined : channelMissing,
    };
    if (show(missing) || !channel) return;
    setBusy(true);
    const result = await api.requestPasswordReset({ identifier: account, channel });
    setBusy(false);
    if (result.ok) {
      onSent(account, result.data?.channel ?? channel, defaultResendAt(), null);
      return;
    }
    const error = result.error;
    // A code went out a moment ago (the member came back here): it is on its way, use it.
    if (
      channel === 'sms' &&
      error.kind === 'problem' &&
      isProblem(error, 'code_resend_too_soon') &&
      error.retryAt
    ) {
      onSent(account, channel, error.retryAt, () => errorText(error));
      return;
    }
    const badChannel =
      error.kind === 'problem' && fieldProblemsFor(error.errors, ['channel']).length > 0
        ? channelMissing
        : undefined;
    if (show({ identifier: identifierErrorFromProblem(error) ?? undefined, channel: badChannel })) return;
    setFormError(error);
  }

  return (
    <>
      <p class="lead">{t.reset.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <IdentifierField
          id="reset-identifier"
          value={identifier}
          onValue={onIdentifier}
          error={errors.identifier?.(t)}
          inputRef={identifierRef}
        />
        <RadioChoices
          name="channel"
          legend={t.reset.channelLegend}
          options={CHANNELS.map((value) => ({
            value,
            title: t.reset.channels[value],
            help: t.reset.channelHelp[value],
          }))}
          value={channel}
          onChoose={onChannel}
          error={errors.channel?.(t)}
          firstRef={channelRef}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.reset.sending : t.reset.send}
        </button>
      </form>
      <p class="form__after">
        {t.recover.linkFromReset} <a href="/lupa-akun">{t.recover.title}</a>
      </p>
      <p class="form__after">
        <a href="/masuk">{t.backToLogin}</a>
      </p>
    </>
  );
}
