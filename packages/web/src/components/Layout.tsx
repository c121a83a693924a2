import type { Locale } from '@jmo/core/contracts/errors';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api.ts';
import { lang, setLang, useT } from '../i18n.ts';
import { clearSession, signedIn } from '../session.ts';

const LOCALES: Locale[] = ['id', 'en'];

function LanguageSwitch() {
  const t = useT();
  return (
    <fieldset class="lang">
      <legend class="sr-only">{t.language}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          class="lang__button"
          lang={locale}
          aria-pressed={lang.value === locale}
          onClick={() => setLang(locale)}
        >
          {locale.toUpperCase()}
          <span class="sr-only"> {t.languageNames[locale]}</span>
        </button>
      ))}
    </fieldset>
  );
}

function SignOut({ onFailure }: { onFailure: (failed: boolean) => void }) {
  const t = useT();
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    onFailure(false);
    const result = await api.logout();
    setBusy(false);
    // A 401 means the session had already ended: that is signed out too.
    if (!result.ok && result.error.kind === 'network') {
      onFailure(true);
      return;
    }
    clearSession();
    route('/masuk');
  }
  return (
    <button type="button" class="topbar__signout" onClick={signOut} disabled={busy} aria-busy={busy}>
      {busy ? t.signingOut : t.signOut}
    </button>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  const [signOutFailed, setSignOutFailed] = useState(false);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class="topbar">
        <div class="topbar__inner">
          <a href="/" class="topbar__brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>
              {t.appName}
              <span class="sr-only"> — {t.home}</span>
            </span>
          </a>
          <div class="topbar__actions">
            <LanguageSwitch />
            {signedIn.value && <SignOut onFailure={setSignOutFailed} />}
          </div>
        </div>
      </header>
      {signOutFailed && signedIn.value && (
        <p class="banner" role="alert">
          {t.signOutFailed}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
