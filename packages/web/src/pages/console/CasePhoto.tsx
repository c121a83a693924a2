/**
 * A case's photo (a selfie, the registry's reference photo) fetched under the staff session and
 * shown from an object URL, revoked when left; "Memuat…", "no photo" and a retry on failure. The
 * server records each view. Used by the data-update case and the claim case.
 */
import { useEffect, useState } from 'preact/hooks';
import { useConsoleT } from './texts.ts';

type PhotoState = { kind: 'loading' } | { kind: 'shown'; url: string } | { kind: 'missing' | 'failed' };

export function CasePhoto({
  load,
  deps,
  caption,
}: {
  /** The image, null when there is none; throws on a network error. */
  load: (signal: AbortSignal) => Promise<Blob | null>;
  /** What `load` depends on (like useEffect's list). */
  deps: readonly unknown[];
  caption: string;
}) {
  const d = useConsoleT().dataUpdate;
  const [state, setState] = useState<PhotoState>({ kind: 'loading' });
  const [reload, setReload] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    setState({ kind: 'loading' });
    load(controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        if (!blob) return setState({ kind: 'missing' });
        url = URL.createObjectURL(blob);
        setState({ kind: 'shown', url });
      },
      () => {
        if (!controller.signal.aborted) setState({ kind: 'failed' });
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [...deps, reload]);
  return (
    <figure class="case-photo">
      <div class="case-photo__frame" aria-busy={state.kind === 'loading'}>
        {state.kind === 'shown' && <img src={state.url} alt={caption} />}
        {state.kind === 'loading' && <span class="muted">{d.photoLoading}</span>}
        {state.kind === 'missing' && <span class="muted">{d.photoMissing}</span>}
        {state.kind === 'failed' && (
          <span class="case-photo__failed" role="alert">
            {d.photoFailed}{' '}
            <button type="button" class="button button--secondary" onClick={() => setReload((n) => n + 1)}>
              {d.photoRetry}
            </button>
          </span>
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
