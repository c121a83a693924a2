/**
 * Choosing a password (registration, password reset): length only, as the server's policy (NIST SP
 * 800-63B, core `passwords/policy.ts`); the common-password list stays on the server, whose
 * message (already in the request's language) is shown under the field.
 */
import type { Ref } from 'preact';
import type { Say } from '../i18n.ts';
import { useT } from '../i18n.ts';
import { Field, PasswordInput } from './Field.tsx';

/** Same as the server's PASSWORD_MIN_LENGTH (not imported: core's policy module carries a dictionary). */
export const PASSWORD_MIN_LENGTH = 8;

/** The light check before sending: something there, long enough (counted in characters, not bytes). */
export function checkNewPassword(value: string, missing: Say): Say | undefined {
  if (!value) return missing;
  if ([...value].length < PASSWORD_MIN_LENGTH) return (t) => t.newPassword.tooShort;
  return undefined;
}

/** A problem entry about the password: the server's words, or the app's for a schema message. */
export function passwordProblemText(problem: { message: string; fromSchema: boolean }): Say {
  return problem.fromSchema || !problem.message.trim() ? (t) => t.newPassword.check : () => problem.message;
}

/** The password input with Show/Hide and the hint (a short sentence is safer, no composition rules). */
export function NewPasswordField({
  id,
  label,
  value,
  onValue,
  error,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  return (
    <Field id={id} label={label} hint={t.newPassword.hint} error={error}>
      {(a11y) => (
        <PasswordInput
          a11y={a11y}
          inputRef={inputRef}
          name="new-password"
          autocomplete="new-password"
          value={value}
          onValue={onValue}
        />
      )}
    </Field>
  );
}
