import type { Ref } from 'preact';

export type Choice<V extends string> = { value: V; title: string; help?: string };

/**
 * Large radio choices in a fieldset: each radio is named by its title and described by its
 * explanation (and by the error, when none was chosen). Ids: `{name}-{value}-title`, `{name}-error`.
 */
export function RadioChoices<V extends string>({
  name,
  legend,
  options,
  value,
  onChoose,
  error,
  firstRef,
}: {
  name: string;
  legend: string;
  options: readonly Choice<V>[];
  value: V | null;
  onChoose: (value: V) => void;
  error?: string | undefined;
  /** The first radio, to move focus to when nothing was chosen. */
  firstRef?: Ref<HTMLInputElement>;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset class="choices">
      <legend class="choices__legend">{legend}</legend>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
      {options.map((option, index) => {
        const titleId = `${name}-${option.value}-title`;
        const helpId = option.help ? `${name}-${option.value}-help` : '';
        const described = [error ? errorId : '', helpId].filter(Boolean).join(' ');
        return (
          <label key={option.value} class="choice">
            <input
              ref={index === 0 ? firstRef : undefined}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              required
              aria-invalid={error ? true : undefined}
              aria-labelledby={titleId}
              aria-describedby={described || undefined}
              onChange={() => onChoose(option.value)}
            />
            <span class="choice__text">
              <span id={titleId} class="choice__title">
                {option.title}
              </span>
              {option.help && (
                <span id={helpId} class="choice__help">
                  {option.help}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
