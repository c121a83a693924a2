import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { errorText, isProblem } from '../../api.ts';
import { RadioChoices } from '../../components/Choices.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useT } from '../../i18n.ts';
import {
  type ChannelOption,
  type Identity,
  RECOVER_PATH,
  type RecoveryChannel,
  recoveryApi,
  type Sent,
} from './flow.ts';

/** Step 2: the account's channels, masked; the code goes to the one the member can still open. */
export function ChannelStep({
  identity,
  channels,
  onSent,
}: {
  identity: Identity;
  channels: ChannelOption[];
  onSent: (sent: Sent) => void;
}) {
  const t = useT();
  const [channel, setChannel] = useState<RecoveryChannel | null>(
    channels.length === 1 ? channels[0]!.channel : null,
  );
  const [missing, setMissing] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setMissing(!channel);
    if (!channel) {
      firstRef.current?.focus();
      return;
    }
    const masked = channels.find((c) => c.channel === channel)?.masked ?? '';
    setBusy(true);
    const result = await recoveryApi.sendCode({ ...identity, channel });
    setBusy(false);
    if (result.ok) {
      onSent({ channel, masked: result.data.masked, resendAt: result.data.resendAvailableAt, notice: null });
      return;
    }
    const error = result.error;
    // A code went out a moment ago (the member came back here): it is on its way, use it.
    if (isProblem(error, 'code_resend_too_soon') && error.kind === 'problem' && error.retryAt) {
      onSent({ channel, masked, resendAt: error.retryAt, notice: () => errorText(error) });
      return;
    }
    setFormError(error);
  }

  if (channels.length === 0) {
    return (
      <>
        <p class="lead">{t.recover.noChannels}</p>
        <a href={`${RECOVER_PATH}/permintaan`} class="button button--primary button--block">
          {t.recover.lostBothLink}
        </a>
      </>
    );
  }

  return (
    <>
      <p class="lead">{t.recover.channelIntro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && <FormProblem error={formError} />}
        <RadioChoices
          name="channel"
          legend={t.recover.channelLegend}
          options={channels.map((c) => ({
            value: c.channel,
            title: t.recover.channels[c.channel],
            help: c.masked,
          }))}
          value={channel}
          onChoose={setChannel}
          error={missing ? t.recover.channelMissing : undefined}
          firstRef={firstRef}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.recover.sending : t.recover.send}
        </button>
      </form>
      <p class="form__after">
        {t.recover.lostBoth} <a href={`${RECOVER_PATH}/permintaan`}>{t.recover.lostBothLink}</a>
      </p>
      <p class="form__after">
        <a href={RECOVER_PATH}>{t.recover.changeIdentity}</a>
      </p>
    </>
  );
}
