import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from './api.ts';
import { isUnauthenticated } from './api.ts';
import { clearSession, loginPathFor } from './session.ts';

/** On a 401, forget the session and go to the sign-in page, coming back here afterwards. */
export function useRedirectIfSignedOut(error: ApiError | undefined): boolean {
  const { route, url } = useLocation();
  const signedOut = error !== undefined && isUnauthenticated(error);
  useEffect(() => {
    if (!signedOut) return;
    clearSession();
    route(loginPathFor(url), true);
  }, [signedOut, url, route]);
  return signedOut;
}
