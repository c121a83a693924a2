import type { Passkey } from '@jmo/core/contracts/passkeys';
import { useRef, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useRedirectIfSignedOut } from '../auth.ts';
import { FormProblem } from '../components/FormProblem.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDateTime } from '../format.ts';
import { type Messages, type Say, useT } from '../i18n.ts';
import { addPasskeyOnThisDevice, type PasskeyError, passkeysSupported } from '../passkey.ts';
import { useResource } from '../resource.ts';

const deviceName = (passkey: Passkey, t: Messages) => passkey.device ?? t.passkeys.unknownDevice;

/** What went wrong, in words: the phone's refusal from the dictionary, the server's from the catalogue. */
export function PasskeyProblem({ error }: { error: PasskeyError }) {
  const t = useT();
  if (error.kind !== 'device') return <FormProblem error={error} />;
  return (
    <div class="form__error" role="alert">
      <p>{t.passkeys.device[error.reason]}</p>
    </div>
  );
}

function PasskeyItem({
  passkey,
  busy,
  onRemove,
}: {
  passkey: Passkey;
  busy: boolean;
  onRemove: (passkey: Passkey) => void;
}) {
  const t = useT();
  const p = t.passkeys;
  const nameId = `passkey-${passkey.id}-name`;
  const addedId = `passkey-${passkey.id}-added`;
  return (
    <li class="event device">
      <p class="device__name">
        <span id={nameId}>{deviceName(passkey, t)}</span>
      </p>
      <dl class="event__meta">
        <div>
          <dt>{p.createdAt}</dt>
          <dd id={addedId}>
            <time dateTime={passkey.createdAt}>{formatDateTime(passkey.createdAt, t)}</time>
          </dd>
        </div>
        <div>
          <dt>{p.lastUsed}</dt>
          <dd>
            {passkey.lastUsedAt ? (
              <time dateTime={passkey.lastUsedAt}>{formatDateTime(passkey.lastUsedAt, t)}</time>
            ) : (
              p.neverUsed
            )}
          </dd>
        </div>
      </dl>
      {/* Every such button is named "Hapus"; which passkey it is about is its description. */}
      <button
        type="button"
        class="button button--secondary device__signout"
        aria-describedby={`${nameId} ${addedId}`}
        aria-busy={busy}
        onClick={() => onRemove(passkey)}
      >
        {busy ? p.removing : p.remove}
      </button>
    </li>
  );
}

/**
 * "Passkey" on the Security page: the member's passkeys, adding one kept by this device, removing
 * any. Shown only where the browser can use passkeys; elsewhere the password is the way in.
 */
export function PasskeysSection() {
  return passkeysSupported() ? <Passkeys /> : null;
}

function Passkeys() {
  const t = useT();
  const p = t.passkeys;
  const list = useResource((signal) => api.passkeys(signal), []);
  /** Added or removed during this visit, on top of the list the server gave. */
  const [added, setAdded] = useState<Passkey[]>([]);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<PasskeyError | null>(null);
  const [status, setStatus] = useState<Say | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const apiError = actionError?.kind === 'device' ? undefined : actionError;
  const redirecting = useRedirectIfSignedOut(list.error ?? apiError ?? undefined);

  async function add() {
    if (busy) return;
    setBusy('add');
    setStatus(null);
    setActionError(null);
    const result = await addPasskeyOnThisDevice();
    setBusy(null);
    if (!result.ok) {
      setActionError(result.error);
      return;
    }
    setAdded((list) => [result.data, ...list]);
    setStatus(() => (tt: Messages) => tt.passkeys.added);
  }

  async function remove(passkey: Passkey) {
    if (busy) return;
    setBusy(passkey.id);
    setStatus(null);
    setActionError(null);
    const result = await api.removePasskey(passkey.id);
    setBusy(null);
    // 404: already removed (from another device): gone all the same.
    if (!result.ok && !(result.error.kind === 'problem' && result.error.status === 404)) {
      setActionError(result.error);
      return;
    }
    setRemoved((ids) => new Set(ids).add(passkey.id));
    setStatus(() => (tt: Messages) => tt.passkeys.removed(deviceName(passkey, tt)));
    // The button pressed is gone: keep the place at this section, whose status says what happened.
    heading.current?.focus();
  }

  const listed = list.data?.passkeys;
  const passkeys =
    listed &&
    [...added.filter((k) => !listed.some((l) => l.id === k.id)), ...listed].filter((k) => !removed.has(k.id));

  return (
    <section aria-labelledby="passkeys-title" aria-busy={list.loading}>
      <h2 id="passkeys-title" ref={heading} tabIndex={-1}>
        {p.title}
      </h2>
      <p class="muted">{p.intro}</p>
      <p class="form__status" role="status">
        {status?.(t)}
      </p>
      {actionError && !redirecting && <PasskeyProblem error={actionError} />}
      {redirecting ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : !passkeys ? (
        <Loading lines={1} />
      ) : (
        <>
          {passkeys.length === 0 ? (
            <p class="muted">{p.none}</p>
          ) : (
            <ul class="events devices">
              {passkeys.map((passkey) => (
                <PasskeyItem
                  key={passkey.id}
                  passkey={passkey}
                  busy={busy === passkey.id}
                  onRemove={remove}
                />
              ))}
            </ul>
          )}
          <button
            type="button"
            class="button button--secondary button--block devices__all"
            aria-busy={busy === 'add'}
            onClick={add}
          >
            {busy === 'add' ? p.adding : p.add}
          </button>
        </>
      )}
    </section>
  );
}
