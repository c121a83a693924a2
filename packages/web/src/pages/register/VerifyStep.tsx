import type { Me } from '@jmo/core/contracts/auth';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, CodeChannel } from '../../api.ts';
import { api } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { type Messages, useT } from '../../i18n.ts';
import { FormProblem, problemText, type Say } from './FormProblem.tsx';
import { clock, fieldProblemsFor, type Pending, secondsUntil, withResent } from './state.ts';

const CODE_LENGTH = 6;
const FIELDS = ['emailCode', 'smsCode'] as const;
type CodeField = (typeof FIELDS)[number];
type Errors = Partial<Record<CodeField, Say>>;

const FIELD_OF_CHANNEL: Record<CodeChannel, CodeField> = { email: 'emailCode', sms: 'smsCode' };
const inputId = (field: CodeField) => `reg-${field}`;

/** Problems about one code; the server says which in `errors[0].path`. */
const CODE_PROBLEMS = new Set(['code_invalid', 'code_expired', 'code_attempts_exhausted']);

/** The current time, refreshed every second while the screen is shown (for the countdowns). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function cleanCode(value: string): string {
  return value.replace(/\D+/g, '').slice(0, CODE_LENGTH);
}

function check(codes: Record<CodeField, string>): Errors {
  const errors: Errors = {};
  for (const field of FIELDS) {
    if (!codes[field]) errors[field] = (t) => t.register.codeMissing;
    else if (codes[field].length !== CODE_LENGTH) errors[field] = (t) => t.register.codeLength;
  }
  return errors;
}

function errorsFromProblem(error: ApiError): Errors {
  if (error.kind !== 'problem') return {};
  const errors: Errors = {};
  for (const { field } of fieldProblemsFor(error.errors, FIELDS)) {
    // Validation messages are the validator's English: say it in the app's words instead.
    if (CODE_PROBLEMS.has(error.code)) errors[field] = (t) => problemText(error, t);
    else if (error.code === 'invalid_request') errors[field] = (t) => t.register.fieldCheck[field];
  }
  return errors;
}

function focusField(field: CodeField, select: boolean): void {
  const input = document.getElementById(inputId(field)) as HTMLInputElement | null;
  input?.focus();
  if (select) input?.select();
}

/** 45 → '45 detik'; 3000 → '50 menit'. */
function waitText(seconds: number, t: Messages): string {
  return seconds < 120 ? t.register.seconds(seconds) : t.register.minutes(Math.ceil(seconds / 60));
}

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
  const [codes, setCodes] = useState<Record<CodeField, string>>({ emailCode: '', smsCode: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(null);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState<CodeChannel | null>(null);

  const setCode = (field: CodeField) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const code = cleanCode(input.value);
    if (input.value !== code) input.value = code;
    setCodes((c) => ({ ...c, [field]: code }));
  };

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
      focusField(field, false);
      return;
    }
    const error = result.error;
    if (error.kind === 'problem' && error.code === 'registration_not_found') {
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
    const local = check(codes);
    setErrors(local);
    setFormError(null);
    setStatus(null);
    const firstLocal = FIELDS.find((f) => local[f]);
    if (firstLocal) {
      focusField(firstLocal, false);
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
    if (error.kind === 'problem' && error.code === 'registration_not_found') {
      onRestart(error);
      return;
    }
    const fieldErrors = errorsFromProblem(error);
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (first) {
      setErrors(fieldErrors);
      focusField(first, true);
    } else {
      setFormError(error);
    }
  }

  function codeField(field: CodeField, channel: CodeChannel) {
    const times = pending[channel];
    const left = secondsUntil(times.expiresAt, now);
    const wait = secondsUntil(times.resendAt, now);
    const waitId = `${inputId(field)}-wait`;
    return (
      <Field
        id={inputId(field)}
        label={channel === 'email' ? t.register.emailCodeLabel : t.register.smsCodeLabel}
        hint={left > 0 ? t.register.codeValidFor(clock(left)) : t.register.codeExpired}
        error={errors[field]?.(t)}
        after={
          <div class="resend">
            <button
              type="button"
              class="button button--secondary"
              disabled={wait > 0 || sending !== null}
              aria-describedby={wait > 0 ? waitId : undefined}
              onClick={() => resend(channel)}
            >
              {channel === 'email' ? t.register.resendEmail : t.register.resendSms}
            </button>
            {wait > 0 && (
              <p id={waitId} class="resend__wait">
                {t.register.resendIn(waitText(wait, t))}
              </p>
            )}
          </div>
        }
      >
        {(a11y) => (
          <input
            {...a11y}
            class="code-input"
            name={field}
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            autocomplete={channel === 'sms' ? 'one-time-code' : 'off'}
            spellcheck={false}
            required
            value={codes[field]}
            onInput={setCode(field)}
          />
        )}
      </Field>
    );
  }

  return (
    <>
      <p class="lead">
        {t.register.verifySent(pending.maskedEmail, pending.maskedPhone)} {t.register.verifyIntro}
      </p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && (
          <FormProblem error={formError} editHref={`/daftar/data-diri?kategori=${pending.segment}`} />
        )}
        <p class="form__status" role="status">
          {status?.(t)}
        </p>
        {codeField('emailCode', 'email')}
        {codeField('smsCode', 'sms')}
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
