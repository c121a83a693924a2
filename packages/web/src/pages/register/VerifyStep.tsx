import type { Me } from '@jmo/core/contracts/auth';
import { useState } from 'preact/hooks';
import type { ApiError, CodeChannel } from '../../api.ts';
import { api, isProblem } from '../../api.ts';
import {
  CODE_FIELDS,
  CodeEntry,
  type CodeErrors,
  type CodeField,
  type Codes,
  checkCodes,
  codeErrorsFromProblem,
  firstCodeError,
  focusInput,
  NO_CODES,
  ResendButton,
} from '../../components/Codes.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { clock, secondsUntil, useNow } from '../../countdown.ts';
import { type Messages, type Say, useT } from '../../i18n.ts';
import { type Pending, withResent } from './state.ts';

const FIELD_OF_CHANNEL: Record<CodeChannel, CodeField> = { email: 'emailCode', sms: 'smsCode' };
const CHANNEL_OF_FIELD: Record<CodeField, CodeChannel> = { emailCode: 'email', smsCode: 'sms' };
const inputId = (field: CodeField) => `reg-${field}`;

/** Step 3: the two codes sent to the e-mail and the phone; each can be sent again after a wait. */
export function VerifyStep({
  pending,
  onPending,
  onRestart,
  onVerified,
}: {
  pending: Pending;
  onPending: (update: (pending: Pending) => Pending) => void;
  /** The registration is gone on the server: back to step 1 with this problem. */
  onRestart: (error: ApiError) => void;
  onVerified: (me: Me) => void;
}) {
  const t = useT();
  const now = useNow();
  const [codes, setCodes] = useState<Codes>(NO_CODES);
  const [errors, setErrors] = useState<CodeErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(null);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState<CodeChannel | null>(null);

  async function resend(channel: CodeChannel) {
    if (sending) return;
    setSending(channel);
    setStatus(null);
    setFormError(null);
    const result = await api.resendCode(pending.registrationId, channel);
    setSending(null);
    const field = FIELD_OF_CHANNEL[channel];
    if (result.ok) {
      onPending((p) => withResent(p, channel, result.data));
      const to = channel === 'email' ? pending.maskedEmail : pending.maskedPhone;
      setStatus(() => (tt: Messages) => tt.register.resent(to));
      setCodes((c) => ({ ...c, [field]: '' }));
      setErrors((e) => ({ ...e, [field]: undefined }));
      focusInput(inputId(field));
      return;
    }
    const error = result.error;
    if (isProblem(error, 'registration_not_found')) {
      onRestart(error);
      return;
    }
    const retryAt = error.kind === 'problem' ? error.retryAt : undefined;
    if (retryAt) onPending((p) => ({ ...p, [channel]: { ...p[channel], resendAt: retryAt } }));
    setFormError(error);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const local = checkCodes(codes);
    setErrors(local);
    setFormError(null);
    setStatus(null);
    const firstLocal = firstCodeError(local);
    if (firstLocal) {
      focusInput(inputId(firstLocal));
      return;
    }
    setBusy(true);
    const result = await api.verifyRegistration(pending.registrationId, codes);
    setBusy(false);
    if (result.ok) {
      onVerified(result.data);
      return;
    }
    const error = result.error;
    if (isProblem(error, 'registration_not_found')) {
      onRestart(error);
      return;
    }
    const fieldErrors = codeErrorsFromProblem(error);
    const first = firstCodeError(fieldErrors);
    if (first) {
      setErrors(fieldErrors);
      focusInput(inputId(first), true);
    } else {
      setFormError(error);
    }
  }

  function codeField(field: CodeField) {
    const channel = CHANNEL_OF_FIELD[field];
    const times = pending[channel];
    const left = secondsUntil(times.expiresAt, now);
    return (
      <CodeEntry
        id={inputId(field)}
        field={field}
        value={codes[field]}
        onValue={(code) => setCodes((c) => ({ ...c, [field]: code }))}
        hint={left > 0 ? t.register.codeValidFor(clock(left)) : t.register.codeExpired}
        error={errors[field]?.(t)}
        after={
          <ResendButton
            id={`${inputId(field)}-resend`}
            label={channel === 'email' ? t.register.resendEmail : t.register.resendSms}
            wait={secondsUntil(times.resendAt, now)}
            busy={sending !== null}
            onClick={() => resend(channel)}
          />
        }
      />
    );
  }

  return (
    <>
      <p class="lead">
        {t.register.verifySent(pending.maskedEmail, pending.maskedPhone)} {t.codes.intro}
      </p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && (
          <FormProblem error={formError} editHref={`/daftar/data-diri?kategori=${pending.segment}`} />
        )}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        {CODE_FIELDS.map((field) => codeField(field))}
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.register.verifying : t.register.verify}
        </button>
      </form>
      <p class="form__after">
        <a href={`/daftar/data-diri?kategori=${pending.segment}`}>{t.register.editDetails}</a>
      </p>
    </>
  );
}
