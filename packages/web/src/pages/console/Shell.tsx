import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isUnauthenticated } from '../../api.ts';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { useTitle } from '../../title.ts';
import type { StaffMe, StaffRole } from './api.ts';
import { CONSOLE_HOME, CONSOLE_LOGIN, consoleApi, consoleLoginPath, staff } from './api.ts';
import { useConsoleT } from './texts.ts';

export const OFFICERS: readonly StaffRole[] = ['officer', 'supervisor'];
export const EVERY_ROLE: readonly StaffRole[] = ['employer', 'officer', 'supervisor', 'admin'];

/** Who is signed in, and where to: role, then the branch office or the employer. */
function StaffBar({ me }: { me: StaffMe }) {
  const t = useConsoleT();
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function signOut() {
    setBusy(true);
    setFailed(false);
    const result = await consoleApi.logout();
    setBusy(false);
    // A 401 means the session had already ended: that is signed out too.
    if (!result.ok && !isUnauthenticated(result.error)) {
      setFailed(true);
      return;
    }
    staff.value = null;
    route(CONSOLE_LOGIN);
  }
  const place = me.branch?.name ?? me.employer?.name;
  return (
    <div class="console__bar">
      <p class="console__who">
        <span class="sr-only">{t.signedInAs} </span>
        <strong>{me.fullName}</strong>
        <span class="console__role">
          {t.roles[me.role]}
          {place && ` · ${place}`}
        </span>
      </p>
      <nav class="console__nav" aria-label={t.consoleNav}>
        <a href={CONSOLE_HOME}>{t.home}</a>
        {(me.role === 'officer' || me.role === 'supervisor') && <a href="/console/klaim">{t.claimsNav}</a>}
        <button type="button" class="button button--secondary" onClick={signOut} disabled={busy}>
          {busy ? t.signingOut : t.signOut}
        </button>
      </nav>
      {failed && (
        <p class="form__error console__bar-error" role="alert">
          {t.signOutFailed}
        </p>
      )}
    </div>
  );
}

/**
 * Every console page but the sign-in: asks the server who is signed in (the staff session cookie,
 * never the member's), sends anyone else to /console/masuk, and shows the page only to the roles
 * it is for. A 401 on any later console request signs out here too (see api.ts).
 */
export function ConsoleShell({
  title,
  roles,
  children,
}: {
  title: string;
  roles: readonly StaffRole[];
  children: (me: StaffMe) => ComponentChildren;
}) {
  const t = useConsoleT();
  useTitle(title);
  const { route, url } = useLocation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const me = staff.value;
  // Where the officer was when the session ended, to come back after signing in again.
  const here = useRef(url);
  here.current = url;

  useEffect(() => {
    if (me !== undefined) return;
    const controller = new AbortController();
    setFailure(null);
    consoleApi.me(controller.signal).then(
      (result) => {
        if (result.ok) staff.value = result.data;
        else if (staff.value !== null) setFailure(result.error);
      },
      () => {
        // Aborted: the page was left.
      },
    );
    return () => controller.abort();
  }, [me, attempt]);

  useEffect(() => {
    if (me === null) route(consoleLoginPath(here.current), true);
  }, [me]);

  if (failure) return <ErrorState error={failure} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!me) return <Loading />;
  return (
    <div class="console">
      <StaffBar me={me} />
      {roles.includes(me.role) ? (
        children(me)
      ) : (
        <div class="console__page">
          <h1>{title}</h1>
          <p class="form__error" role="alert">
            {t.notAllowed}
          </p>
          <p>
            <a href={CONSOLE_HOME}>{t.back}</a>
          </p>
        </div>
      )}
    </div>
  );
}
