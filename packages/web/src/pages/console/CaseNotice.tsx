import type { Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

/** The result of the decision just made on a case page, said once (focused) and then forgotten. */
export function Notice({ notice }: { notice: Signal<string | null> }) {
  const message = notice.value;
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message) return;
    ref.current?.focus();
    return () => {
      notice.value = null;
    };
  }, [message]);
  if (!message) return null;
  return (
    <p class="console-done console-notice" role="status" tabIndex={-1} ref={ref}>
      {message}
    </p>
  );
}
