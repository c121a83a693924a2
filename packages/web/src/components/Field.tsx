import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';

/** What a field's control needs to be named and described: spread onto the input. */
export type FieldA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A labelled form field: label, optional hint, the error (if any) above the control so it is read
 * and seen first, and the control itself, tied together with aria-describedby and aria-invalid.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  after,
}: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  children: (a11y: FieldA11y) => ComponentChildren;
  /** Shown below the control (e.g. a resend button); not part of its description. */
  after?: ComponentChildren;
}) {
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {after}
    </div>
  );
}

/**
 * A password input with a Show/Hide button. One element either way (Preact keeps it, so focus and
 * caret stay); only its type changes.
 */
export function PasswordInput({
  a11y,
  inputRef,
  name,
  autocomplete,
  value,
  onValue,
}: {
  a11y: FieldA11y;
  inputRef?: Ref<HTMLInputElement>;
  name: string;
  autocomplete: 'current-password' | 'new-password';
  value: string;
  onValue: (value: string) => void;
}) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const props = {
    ...a11y,
    ref: inputRef,
    name,
    autocomplete,
    autocapitalize: 'none',
    autocorrect: 'off',
    spellcheck: false,
    required: true,
    value,
    onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement).value),
  } as const;
  return (
    <div class="password">
      {shown ? <input type="text" {...props} /> : <input type="password" {...props} />}
      <button
        type="button"
        class="password__toggle"
        aria-controls={a11y.id}
        onClick={() => setShown((v) => !v)}
      >
        {shown ? t.hidePassword : t.showPassword}
      </button>
    </div>
  );
}
