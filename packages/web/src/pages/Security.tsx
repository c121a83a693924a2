import type { SecurityEvent } from '../api.ts';
import { api } from '../api.ts';
import { useRedirectIfSignedOut } from '../auth.ts';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDateTime } from '../format.ts';
import { type Messages, useT } from '../i18n.ts';
import { useResource } from '../resource.ts';
import { signedIn } from '../session.ts';
import { useTitle } from '../title.ts';
import { WithdrawalLockSection } from './jht-claim/WithdrawalLock.tsx';
import { ContactSection } from './SecurityContact.tsx';
import { DataAccessSection } from './SecurityDataAccess.tsx';
import { DevicesSection } from './SecurityDevices.tsx';
import { PasskeysSection } from './SecurityPasskeys.tsx';
import { PasswordSection } from './SecurityPassword.tsx';

/** Kinds worth a second look: marked with a coloured edge (the label says it in words too). */
const NOTABLE = new Set([
  'login_failed',
  'login_slowed_down',
  'account_blocked',
  'new_device',
  'password_reset',
  'password_changed',
  'contact_changed',
]);

function kindLabel(kind: string, t: Messages): string {
  return Object.hasOwn(t.security.kinds, kind) ? (t.security.kinds[kind] as string) : t.security.otherKind;
}

function EventItem({ event, t }: { event: SecurityEvent; t: Messages }) {
  return (
    <li class={NOTABLE.has(event.kind) ? 'event event--notable' : 'event'}>
      <p class="event__kind">{kindLabel(event.kind, t)}</p>
      <p class="event__time">
        <time dateTime={event.at}>{formatDateTime(event.at, t)}</time>
      </p>
      {(event.ip || event.device) && (
        <dl class="event__meta">
          {event.device && (
            <div>
              <dt>{t.security.device}</dt>
              <dd>{event.device}</dd>
            </div>
          )}
          {event.ip && (
            <div>
              <dt>{t.security.ip}</dt>
              <dd>{event.ip}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
}

/**
 * "Keamanan Akun": the devices signed in, passkeys, changing the password and contact data, who read the member's
 * data, then the account's sign-in history, newest first.
 */
export function SecurityPage() {
  const t = useT();
  useTitle(t.security.title);
  const history = useResource(async (signal) => {
    const result = await api.securityEvents(signal);
    if (result.ok) signedIn.value = true;
    return result;
  }, []);
  const redirecting = useRedirectIfSignedOut(history.error);

  return (
    <div class="page">
      <a href="/" class="back">
        <span aria-hidden="true">‹ </span>
        {t.backHome}
      </a>
      <h1>{t.security.title}</h1>
      <p class="lead">{t.security.intro}</p>
      <p>
        <a href="/koreksi-identitas">{t.security.identityLink}</a>
      </p>
      <DevicesSection />
      <PasskeysSection />
      <PasswordSection />
      <ContactSection />
      <DataAccessSection />
      <WithdrawalLockSection />
      <section aria-labelledby="history-title" aria-busy={history.loading}>
        <h2 id="history-title">{t.security.historyTitle}</h2>
        <p class="muted">{t.security.historyIntro}</p>
        {redirecting ? (
          <Loading />
        ) : history.error ? (
          <ErrorState error={history.error} onRetry={history.retry} />
        ) : !history.data ? (
          <Loading lines={3} />
        ) : history.data.events.length === 0 ? (
          <div class="empty">
            <p class="empty__title">{t.security.empty}</p>
          </div>
        ) : (
          <ul class="events">
            {history.data.events.map((event, i) => (
              <EventItem key={`${event.at}-${i}`} event={event} t={t} />
            ))}
          </ul>
        )}
      </section>
      <p class="muted security__help">{t.security.help}</p>
    </div>
  );
}
