import type { ContactResponse } from '@jmo/core/contracts/auth';
import { useRef, useState } from 'preact/hooks';
import type { ApiError, CodeChannel } from '../api.ts';
import { api, fieldProblemsFor } from '../api.ts';
import { cleanCode } from '../components/Codes.tsx';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { StepUp } from '../components/StepUp.tsx';
import { useT } from '../i18n.ts';
import { useResource } from '../resource.ts';

type Change =
  | { stage: 'confirm-it-is-you'; channel: CodeChannel }
  | { stage: 'new-address'; channel: CodeChannel }
  | { stage: 'code'; channel: CodeChannel; changeId: string; sentTo: string };

/**
 * "Data Kontak": the account's e-mail and mobile number (masked), and changing one: a step-up, the
 * new address, then the code sent there.
 */
export function ContactSection() {
  const t = useT();
  const c = t.security.contact;
  const contact = useResource(api.contact, []);
  const [shown, setShown] = useState<ContactResponse | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  const [value, setValue] = useState('');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const current = shown ?? contact.data;

  function begin(channel: CodeChannel) {
    setChange({ stage: 'confirm-it-is-you', channel });
    setValue('');
    setCode('');
    setSaved(false);
    setError(null);
    setFieldError(null);
  }

  async function send(event: Event) {
    event.preventDefault();
    if (!change || busy) return;
    if (!value.trim()) {
      setFieldError(c.newMissing);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(null);
    const result = await api.startContactChange(change.channel, value.trim());
    setBusy(false);
    if (result.ok) {
      setChange({
        stage: 'code',
        channel: change.channel,
        changeId: result.data.changeId,
        sentTo: result.data.sentTo,
      });
      setTimeout(() => inputRef.current?.focus(), 0);
      return;
    }
    const e = result.error;
    const [problem] = e.kind === 'problem' ? fieldProblemsFor(e.errors, ['value'] as const) : [];
    if (problem && !problem.fromSchema) {
      setFieldError(problem.message);
      inputRef.current?.focus();
      return;
    }
    if (e.kind === 'problem' && e.code === 'step_up_required')
      setChange({ stage: 'confirm-it-is-you', channel: change.channel });
    setError(e);
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (change?.stage !== 'code' || busy) return;
    setBusy(true);
    setError(null);
    const result = await api.confirmContactChange(change.changeId, code);
    setBusy(false);
    if (result.ok) {
      setShown(result.data);
      setChange(null);
      setSaved(true);
    } else {
      setError(result.error);
    }
  }

  const isEmail = change?.channel === 'email';
  return (
    <section aria-labelledby="contact-title" aria-busy={contact.loading}>
      <h2 id="contact-title">{c.title}</h2>
      <p class="muted">{c.intro}</p>
      <p class="form__status" role="status">
        {saved && c.saved}
      </p>
      {contact.error ? (
        <ErrorState error={contact.error} onRetry={contact.retry} />
      ) : !current ? (
        <Loading lines={2} />
      ) : (
        <dl class="event__meta contact">
          <div>
            <dt>{c.email}</dt>
            <dd>{current.maskedEmail ?? c.none}</dd>
          </div>
          <div>
            <dt>{c.phone}</dt>
            <dd>{current.maskedPhone ?? c.none}</dd>
          </div>
        </dl>
      )}
      {change === null ? (
        <div class="actions">
          <button type="button" class="button button--secondary button--block" onClick={() => begin('email')}>
            {c.changeEmail}
          </button>
          <button type="button" class="button button--secondary button--block" onClick={() => begin('sms')}>
            {c.changePhone}
          </button>
        </div>
      ) : change.stage === 'confirm-it-is-you' ? (
        <StepUp onConfirmed={() => setChange({ stage: 'new-address', channel: change.channel })} />
      ) : change.stage === 'new-address' ? (
        <form class="form" onSubmit={send} noValidate aria-busy={busy}>
          {error && <FormProblem error={error} />}
          <Field id="contact-new" label={isEmail ? c.newEmail : c.newPhone} error={fieldError ?? undefined}>
            {(a11y) => {
              const props = {
                ...a11y,
                ref: inputRef,
                value,
                onInput: (e: Event) => setValue((e.currentTarget as HTMLInputElement).value),
              };
              return isEmail ? (
                <input {...props} type="email" inputMode="email" autocomplete="email" />
              ) : (
                <input {...props} type="tel" inputMode="tel" autocomplete="tel" />
              );
            }}
          </Field>
          <button type="submit" class="button button--primary button--block" disabled={busy}>
            {busy ? c.sending : c.send}
          </button>
          <button
            type="button"
            class="button button--secondary button--block"
            onClick={() => setChange(null)}
          >
            {c.cancel}
          </button>
        </form>
      ) : (
        <form class="form" onSubmit={confirm} noValidate aria-busy={busy}>
          <p class="form__status" role="status">
            {c.sentTo(change.sentTo)}
          </p>
          {error && <FormProblem error={error} />}
          <Field id="contact-code" label={c.codeLabel}>
            {(a11y) => (
              <input
                {...a11y}
                ref={inputRef}
                class="code-input"
                inputMode="numeric"
                autocomplete="one-time-code"
                maxLength={6}
                value={code}
                onInput={(e) => setCode(cleanCode((e.currentTarget as HTMLInputElement).value))}
              />
            )}
          </Field>
          <button type="submit" class="button button--primary button--block" disabled={busy}>
            {busy ? c.confirming : c.confirm}
          </button>
        </form>
      )}
    </section>
  );
}
