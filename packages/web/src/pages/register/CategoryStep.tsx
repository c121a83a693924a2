import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useT } from '../../i18n.ts';
import { SEGMENTS, type Segment } from './state.ts';

/** Step 1: three large choices. Each radio is named by its title and described by its explanation. */
export function CategoryStep({
  choice,
  notice,
  onChoose,
  onNext,
}: {
  choice: Segment | null;
  /** Why the member is back here (e.g. the registration expired). */
  notice: ApiError | null;
  onChoose: (segment: Segment) => void;
  onNext: (segment: Segment) => void;
}) {
  const t = useT();
  const [missing, setMissing] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const showMissing = missing && !choice;

  function submit(event: Event) {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      firstRef.current?.focus();
      return;
    }
    onNext(choice);
  }

  return (
    <>
      <form class="form" onSubmit={submit} noValidate>
        {notice && <FormProblem error={notice} />}
        <fieldset class="choices">
          <legend class="choices__legend">{t.register.categoryLegend}</legend>
          {showMissing && (
            <p id="segment-error" class="field__error">
              {t.register.categoryMissing}
            </p>
          )}
          {SEGMENTS.map((segment, index) => (
            <label key={segment} class="choice">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name="segment"
                value={segment}
                checked={choice === segment}
                required
                aria-invalid={showMissing ? true : undefined}
                aria-labelledby={`segment-${segment}-title`}
                aria-describedby={
                  showMissing ? `segment-error segment-${segment}-help` : `segment-${segment}-help`
                }
                onChange={() => onChoose(segment)}
              />
              <span class="choice__text">
                <span id={`segment-${segment}-title`} class="choice__title">
                  {t.segments[segment]}
                </span>
                <span id={`segment-${segment}-help`} class="choice__help">
                  {t.register.categoryHelp[segment]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" class="button button--primary button--block">
          {t.register.next}
        </button>
      </form>
      <p class="form__after">
        <a href="/masuk">{t.register.haveAccount}</a>
      </p>
    </>
  );
}
