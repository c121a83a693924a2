import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isUnauthenticated } from '../../api.ts';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { useTitle } from '../../title.ts';
import type { StaffMe } from '../console/api.ts';
import { CONSOLE_HOME, consoleApi, staff } from '../console/api.ts';
import {
  EMPLOYER_HOME,
  EMPLOYER_LOGIN,
  employerLoginPath,
  INVOICES,
  LEAVE_REQUESTS,
  WAGES,
  WORKERS,
} from './api.ts';
import { useEmployerT } from './texts.ts';

type Section = 'home' | 'workers' | 'wages' | 'invoices' | 'requests';

const SECTIONS: readonly { key: Section; href: string }[] = [
  { key: 'home', href: EMPLOYER_HOME },
  { key: 'workers', href: WORKERS },
  { key: 'wages', href: WAGES },
  { key: 'invoices', href: INVOICES },
  { key: 'requests', href: LEAVE_REQUESTS },
];

/** The company, who is signed in, the portal's own menu (nothing of the officer console) and sign-out. */
function EmployerBar({ me, section }: { me: StaffMe; section: Section }) {
  const e = useEmployerT();
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
    route(EMPLOYER_LOGIN);
  }
  return (
    <div class="employer__bar">
      <div class="employer__top">
        <p class="employer__who">
          <strong class="employer__company">{me.employer?.name ?? e.portalName}</strong>
          <span class="employer__user">
            <span class="sr-only">{e.signedInAs} </span>
            {me.fullName} · {e.portalName}
          </span>
        </p>
        <button
          type="button"
          class="button button--secondary employer__signout"
          onClick={signOut}
          disabled={busy}
        >
          {busy ? e.signingOut : e.signOut}
        </button>
      </div>
      <nav class="employer__nav" aria-label={e.nav}>
        {SECTIONS.map((s) => (
          <a key={s.key} href={s.href} aria-current={s.key === section ? 'page' : undefined}>
            {e.navItems[s.key]}
          </a>
        ))}
      </nav>
      {failed && (
        <p class="form__error" role="alert">
          {e.signOutFailed}
        </p>
      )}
    </div>
  );
}

/**
 * Every portal page but the sign-in: asks the server who is signed in (the staff session cookie),
 * sends anyone signed out to /employer/masuk (and back here afterwards), and shows the page only to
 * employer users; an officer is pointed to the console instead.
 */
export function EmployerShell({
  title,
  section,
  children,
}: {
  title: string;
  section: Section;
  children: (me: StaffMe) => ComponentChildren;
}) {
  const e = useEmployerT();
  useTitle(title);
  const { route, url } = useLocation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const me = staff.value;
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
    if (me === null) route(employerLoginPath(here.current), true);
  }, [me]);

  if (failure) return <ErrorState error={failure} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!me) return <Loading />;
  if (me.role !== 'employer') {
    return (
      <div class="employer">
        <div class="employer__page">
          <h1>{e.portalName}</h1>
          <p class="form__error" role="alert">
            {e.notAllowed}
          </p>
          <p>
            <a class="button button--primary" href={CONSOLE_HOME}>
              {e.toConsole}
            </a>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div class="employer">
      <EmployerBar me={me} section={section} />
      <div class="employer__page">{children(me)}</div>
    </div>
  );
}
