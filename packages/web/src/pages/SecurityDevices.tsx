import { useRef, useState } from 'preact/hooks';
import type { ApiError, ApiResult, DeviceSession } from '../api.ts';
import { api } from '../api.ts';
import { useRedirectIfSignedOut } from '../auth.ts';
import { FormProblem } from '../components/FormProblem.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDateTime } from '../format.ts';
import { type Messages, type Say, useT } from '../i18n.ts';
import { useResource } from '../resource.ts';
import { signedIn } from '../session.ts';

const deviceName = (session: DeviceSession, t: Messages) => session.device ?? t.security.devices.unknown;

function DeviceItem({
  session,
  busy,
  onSignOut,
}: {
  session: DeviceSession;
  busy: boolean;
  onSignOut: (session: DeviceSession) => void;
}) {
  const t = useT();
  const d = t.security.devices;
  const nameId = `device-${session.id}-name`;
  const seenId = `device-${session.id}-seen`;
  return (
    <li class="event device">
      <p class="device__name">
        <span id={nameId}>{deviceName(session, t)}</span>
        {session.current && <span class="badge badge--active">{d.thisDevice}</span>}
      </p>
      <dl class="event__meta">
        <div>
          <dt>{d.lastActive}</dt>
          <dd id={seenId}>
            <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt, t)}</time>
          </dd>
        </div>
        {session.ip && (
          <div>
            <dt>{t.security.ip}</dt>
            <dd>{session.ip}</dd>
          </div>
        )}
      </dl>
      {!session.current && (
        // Every such button is named "Keluarkan"; which device it is about is its description.
        <button
          type="button"
          class="button button--secondary device__signout"
          aria-describedby={`${nameId} ${seenId}`}
          aria-busy={busy}
          onClick={() => onSignOut(session)}
        >
          {busy ? d.signingOut : d.signOut}
        </button>
      )}
    </li>
  );
}

/**
 * "Perangkat Masuk": the devices signed in to the account (its sessions), newest activity first as
 * the server lists them; any other device can be signed out, one by one or all at once.
 */
export function DevicesSection() {
  const t = useT();
  const d = t.security.devices;
  const list = useResource(async (signal) => {
    const result = await api.sessions(signal);
    if (result.ok) signedIn.value = true;
    return result;
  }, []);
  /** Signed out here during this visit: left out of the list the server gave. */
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [othersOut, setOthersOut] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<Say | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const redirecting = useRedirectIfSignedOut(list.error ?? actionError ?? undefined);

  /** One sign-out: `key` marks the button busy; on success `done` updates the list and `say` is announced. */
  async function run({
    key,
    call,
    done,
    say,
  }: {
    key: string;
    call: () => Promise<ApiResult<undefined>>;
    done: () => void;
    say: Say;
  }) {
    if (busy) return;
    setBusy(key);
    setStatus(null);
    setActionError(null);
    const result = await call();
    setBusy(null);
    // 404: that session had already ended (expired, or signed out elsewhere): it is gone all the same.
    if (!result.ok && !(result.error.kind === 'problem' && result.error.status === 404)) {
      setActionError(result.error);
      return;
    }
    done();
    setStatus(() => say);
    // The button pressed is gone: keep the place at this section, whose status says what happened.
    heading.current?.focus();
  }

  function signOut(session: DeviceSession) {
    run({
      key: session.id,
      call: () => api.endSession(session.id),
      done: () => setRemoved((ids) => new Set(ids).add(session.id)),
      say: (tt) => tt.security.devices.signedOut(deviceName(session, tt)),
    });
  }

  function signOutOthers() {
    run({
      key: 'others',
      call: () => api.endOtherSessions(),
      done: () => setOthersOut(true),
      say: (tt) => tt.security.devices.othersSignedOut,
    });
  }

  const sessions = list.data?.sessions.filter((s) => !removed.has(s.id) && (!othersOut || s.current));
  const others = sessions?.filter((s) => !s.current).length ?? 0;

  return (
    <section aria-labelledby="devices-title" aria-busy={list.loading}>
      <h2 id="devices-title" ref={heading} tabIndex={-1}>
        {d.title}
      </h2>
      <p class="muted">{d.intro}</p>
      <p class="form__status" role="status">
        {status?.(t)}
      </p>
      {actionError && !redirecting && <FormProblem error={actionError} />}
      {redirecting ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : !sessions ? (
        <Loading lines={2} />
      ) : (
        <>
          <ul class="events devices">
            {sessions.map((session) => (
              <DeviceItem key={session.id} session={session} busy={busy === session.id} onSignOut={signOut} />
            ))}
          </ul>
          {others > 0 ? (
            <button
              type="button"
              class="button button--secondary button--block devices__all"
              aria-busy={busy === 'others'}
              onClick={signOutOthers}
            >
              {busy === 'others' ? d.signingOut : d.signOutOthers}
            </button>
          ) : (
            <p class="muted devices__only">{d.onlyThis}</p>
          )}
        </>
      )}
    </section>
  );
}
