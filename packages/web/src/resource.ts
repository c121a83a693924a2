import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ApiResult } from './api.ts';

export type Resource<T> = {
  /** The latest data; kept while a newer request loads, so the page does not jump. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  retry: () => void;
};

/** Runs `load` when `deps` change (or on retry); aborts it when they change again or on unmount. */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  deps: readonly unknown[],
): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | undefined; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });

  // The caller names what `load` depends on (like useEffect's own list).
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState((s) =>
          result.ok
            ? { data: result.data, error: undefined, loading: false }
            : { data: s.data, error: result.error, loading: false },
        );
      },
      () => {
        // Aborted: a newer request (or none, after unmount) owns the state.
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
