/**
 * The account a signed-out flow is about (unblocking, password reset): the e-mail or number input
 * of its first step, and the reminder of it on the next step with the way back to change it.
 */
import type { Ref } from 'preact';
import type { ApiError } from '../api.ts';
import { fieldProblemsFor } from '../api.ts';
import { type Say, useT } from '../i18n.ts';
import { Field } from './Field.tsx';

/** What a missing account says. */
export const identifierMissing: Say = (t) => t.identifierMissing;

/**
 * A problem about the `identifier` input (`identifier` or schema path `body.identifier`): the
 * server's words when it wrote them for people, else the app's.
 */
export function identifierErrorFromProblem(error: ApiError): Say | null {
  if (error.kind !== 'problem') return null;
  const [problem] = fieldProblemsFor(error.errors, ['identifier']);
  if (!problem) return null;
  const { message, fromSchema } = problem;
  return fromSchema || !message.trim() ? (t) => t.identifierCheck : () => message;
}

/** "Email atau Nomor HP", as on the sign-in page. */
export function IdentifierField({
  id,
  value,
  onValue,
  error,
  inputRef,
}: {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  return (
    <Field id={id} label={t.identifierLabel} hint={t.identifierHint} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          ref={inputRef}
          name="identifier"
          type="text"
          autocomplete="username"
          autocapitalize="none"
          autocorrect="off"
          spellcheck={false}
          required
          maxLength={254}
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** "Akun: siti@… Ubah", the link going back to the first step with the account filled in. */
export function ChosenAccount({ identifier, changeHref }: { identifier: string; changeHref: string }) {
  const t = useT();
  return (
    <p class="chosen">
      <span>
        {t.account}: <strong class="chosen__value">{identifier}</strong>
      </span>
      <a href={changeHref} aria-label={t.changeAccountName}>
        {t.changeAccount}
      </a>
    </p>
  );
}
