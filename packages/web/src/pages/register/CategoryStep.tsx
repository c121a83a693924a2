import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { RadioChoices } from '../../components/Choices.tsx';
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
        <RadioChoices
          name="segment"
          legend={t.register.categoryLegend}
          options={SEGMENTS.map((segment) => ({
            value: segment,
            title: t.segments[segment],
            help: t.register.categoryHelp[segment],
          }))}
          value={choice}
          onChoose={onChoose}
          error={showMissing ? t.register.categoryMissing : undefined}
          firstRef={firstRef}
        />
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
