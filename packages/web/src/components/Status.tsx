import type { ApiError } from '../api.ts';
import { errorText } from '../api.ts';
import { useT } from '../i18n.ts';

/** A placeholder while data loads: visible "Memuat…" and grey blocks shaped like the content. */
export function Loading({ lines = 3 }: { lines?: number }) {
  const t = useT();
  return (
    <div class="loading" aria-busy="true" aria-live="polite">
      <p class="loading__text">{t.loading}</p>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <div class="skeleton" key={i} />
        ))}
      </div>
    </div>
  );
}

/** A failure the member can do something about: say what happened and offer to try again. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div class="error-state">
      <p role="alert" class="error-state__text">
        {errorText(error)}
      </p>
      {onRetry && (
        <button type="button" class="button button--secondary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
