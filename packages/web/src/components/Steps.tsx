import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n.ts';

/**
 * The top of a multi-step flow: "Langkah 2 dari 3" with a bar, then the step's heading. When the
 * step changes, focus moves to the new heading so screen readers announce where the member is now.
 * Without `step` (a closing screen) only the heading is shown.
 */
export function StepHeader({
  id,
  step,
  total,
  title,
}: {
  /** Prefix for the ids the heading is described by. */
  id: string;
  step: number | undefined;
  total: number;
  title: string;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = step ?? 'end';
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current !== key) heading.current?.focus();
    shown.current = key;
  }, [key]);

  const stepId = `${id}-step`;
  return (
    <>
      {step !== undefined && (
        <div class="steps">
          <p id={stepId} class="steps__text">
            {t.step(step, total)}
          </p>
          <div class="steps__bar" aria-hidden="true">
            {Array.from({ length: total }, (_, i) => (
              <span key={i} class={i < step ? 'steps__done' : undefined} />
            ))}
          </div>
        </div>
      )}
      <h1 key={key} ref={heading} tabIndex={-1} aria-describedby={step !== undefined ? stepId : undefined}>
        {title}
      </h1>
    </>
  );
}
