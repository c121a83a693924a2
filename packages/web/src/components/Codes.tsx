/**
 * Entering the two 6-digit codes sent to the e-mail and the phone (registration, unblocking): the
 * inputs phones can fill, light checks, the server's verdict per code, and the resend button.
 */
import { VERIFICATION_POLICY } from '@jmo/core/verification/policy';
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api.ts';
import { fieldProblemsFor } from '../api.ts';
import { type Messages, type Say, useT } from '../i18n.ts';
import { Field } from './Field.tsx';
import { problemText } from './FormProblem.tsx';

export const CODE_LENGTH = VERIFICATION_POLICY.codeLength;
export const CODE_FIELDS = ['emailCode', 'smsCode'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];
export type Codes = Record<CodeField, string>;
export type CodeErrors = Partial<Record<CodeField, Say>>;
export const NO_CODES: Codes = { emailCode: '', smsCode: '' };

/** Problems about one code; the server says which in `errors[0].path`. */
export const CODE_PROBLEMS = ['code_invalid', 'code_expired', 'code_attempts_exhausted'];

/** Digits only ("65 43-21" pasted from a message becomes "654321"), at most six. */
export function cleanCode(value: string): string {
  return value.replace(/\D+/g, '').slice(0, CODE_LENGTH);
}

/** Both codes there and six digits long; the server decides whether they are right. */
export function checkCodes(codes: Codes): CodeErrors {
  const errors: CodeErrors = {};
  for (const field of CODE_FIELDS) {
    if (!codes[field]) errors[field] = (t) => t.codes.codeMissing;
    else if (codes[field].length !== CODE_LENGTH) errors[field] = (t) => t.codes.codeLength;
  }
  return errors;
}

/** The code a problem is about (wrong, expired, too many tries), with its `detail` ("Sisa 4 percobaan…"). */
export function codeErrorsFromProblem(error: ApiError): CodeErrors {
  if (error.kind !== 'problem') return {};
  const errors: CodeErrors = {};
  for (const { field } of fieldProblemsFor(error.errors, CODE_FIELDS)) {
    // Validation messages are the validator's English: say it in the app's words instead.
    if (CODE_PROBLEMS.includes(error.code)) errors[field] = (t) => problemText(error, t);
    else if (error.code === 'invalid_request') errors[field] = (t) => t.codes.codeLength;
  }
  return errors;
}

export function firstCodeError(errors: CodeErrors): CodeField | undefined {
  return CODE_FIELDS.find((f) => errors[f]);
}

/** Focus an input by id, selecting what is in it (a wrong code is replaced, not edited). */
export function focusInput(id: string, select = false): void {
  const input = document.getElementById(id) as HTMLInputElement | null;
  input?.focus();
  if (select) input?.select();
}

/** When the server gives no time, a resend is possible after the usual cool-down (60 s). */
export function defaultResendAt(now = Date.now()): string {
  return new Date(now + VERIFICATION_POLICY.resendCooldownSeconds * 1000).toISOString();
}

/** 45 → '45 detik'; 3000 → '50 menit'. */
export function waitText(seconds: number, t: Messages): string {
  return seconds < 120 ? t.seconds(seconds) : t.minutes(Math.ceil(seconds / 60));
}

/** One labelled code input: numeric keyboard, and the SMS one offers the code the phone received. */
export function CodeEntry({
  id,
  field,
  value,
  onValue,
  hint,
  error,
  after,
}: {
  id: string;
  field: CodeField;
  value: string;
  onValue: (code: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  after?: ComponentChildren;
}) {
  const t = useT();
  return (
    <Field
      id={id}
      label={field === 'emailCode' ? t.codes.emailCodeLabel : t.codes.smsCodeLabel}
      hint={hint}
      error={error}
      after={after}
    >
      {(a11y) => (
        <input
          {...a11y}
          class="code-input"
          name={field}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autocomplete={field === 'smsCode' ? 'one-time-code' : 'off'}
          spellcheck={false}
          required
          value={value}
          onInput={(e) => {
            const input = e.currentTarget;
            const code = cleanCode(input.value);
            if (input.value !== code) input.value = code;
            onValue(code);
          }}
        />
      )}
    </Field>
  );
}

/** A resend button that waits out its cool-down, saying how long is left. */
export function ResendButton({
  id,
  label,
  wait,
  busy,
  onClick,
}: {
  id: string;
  label: string;
  /** Seconds until the server accepts a resend. */
  wait: number;
  busy: boolean;
  onClick: () => void;
}) {
  const t = useT();
  const waitId = `${id}-wait`;
  return (
    <div class="resend">
      <button
        id={id}
        type="button"
        class="button button--secondary"
        disabled={wait > 0 || busy}
        aria-describedby={wait > 0 ? waitId : undefined}
        onClick={onClick}
      >
        {label}
      </button>
      {wait > 0 && (
        <p id={waitId} class="resend__wait">
          {t.codes.resendIn(waitText(wait, t))}
        </p>
      )}
    </div>
  );
}
