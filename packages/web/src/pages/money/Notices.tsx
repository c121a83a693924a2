/**
 * Notifikasi: the member's notices (an employer's unpaid month, a lower reported wage, a contribution
 * received), newest first, the unread ones marked. Opening the page marks them read on the server;
 * the marks stay on screen for this visit so the member still sees which ones are new.
 */
import type { NotificationsResponse } from '@jmo/core/contracts/employer';
import { useEffect } from 'preact/hooks';
import { api } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime, formatPeriod } from '../../format.ts';
import { type Messages, useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { identityTexts } from '../identity-correction/texts.ts';
import { useJhtClaimT as jhtClaimTexts } from '../jht-claim/texts.ts';
import { type MoneyTexts, useMoneyT } from './texts.ts';
import './money.css';

type Notice = NotificationsResponse['notifications'][number];

/** The server formats amounts and masks the KPJ; periods and dates are made readable here. */
function readable(detail: Record<string, string>, t: Messages): Record<string, string> {
  const out = { ...detail };
  if (out.period && /^\d{4}-\d{2}$/.test(out.period)) out.period = formatPeriod(out.period, t);
  if (out.dueOn && /^\d{4}-\d{2}-\d{2}$/.test(out.dueOn)) out.dueOn = formatDate(out.dueOn, t);
  return out;
}

function words(notice: Notice, m: MoneyTexts, t: Messages): { title: string; text: string } {
  const d = readable(notice.detail, t);
  if (notice.kind === 'identity_correction') {
    const x = identityTexts();
    return d.decision === 'approved'
      ? { title: x.noticeApproved, text: x.noticeApprovedText }
      : { title: x.noticeRejected, text: x.noticeRejectedText };
  }
  if (notice.kind === 'jht_claim_reminder') {
    const c = jhtClaimTexts();
    const date =
      d.dateIso && /^\d{4}-\d{2}-\d{2}$/.test(d.dateIso) ? formatDate(d.dateIso, t) : (d.date ?? '');
    return { title: c.reminderNoticeTitle, text: c.reminderNotice(d.kpj ?? '', date) };
  }
  if (notice.kind === 'employer_unpaid')
    return { title: m.employerUnpaidTitle(d.period ?? ''), text: m.employerUnpaid(d) };
  return { title: m.wageDroppedTitle, text: m.wageDropped(d) };
}

export function NoticesPage() {
  const t = useT();
  const m = useMoneyT();
  useTitle(m.noticesTitle);
  const notices = useResource(api.notifications, []);
  const redirecting = useRedirectIfSignedOut(notices.error);
  const unread = notices.data?.unread ?? 0;

  useEffect(() => {
    if (!notices.data) return;
    signedIn.value = true;
    // Opening the page is reading them; a failure here only means they stay marked new next time.
    if (notices.data.unread > 0) void api.markNotificationsRead();
  }, [notices.data]);

  return (
    <div class="page">
      <a href="/" class="back">
        <span aria-hidden="true">‹ </span>
        {t.backHome}
      </a>
      <h1>{m.noticesTitle}</h1>
      {redirecting ? (
        <Loading />
      ) : notices.error ? (
        <ErrorState error={notices.error} onRetry={notices.retry} />
      ) : !notices.data ? (
        <Loading lines={3} />
      ) : notices.data.notifications.length === 0 ? (
        <div class="empty">
          <p class="empty__title">{m.noNotices}</p>
          <p>{m.noNoticesHelp}</p>
        </div>
      ) : (
        <>
          {unread > 0 && <p class="muted">{m.unreadCount(unread)}</p>}
          <ul class="notices">
            {[...notices.data.notifications]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((notice) => {
                const { title, text } = words(notice, m, t);
                return (
                  <li
                    key={notice.id}
                    class={`notice notice--${notice.kind}${notice.read ? '' : ' notice--unread'}`}
                    data-kind={notice.kind}
                  >
                    <h2>
                      {title}
                      {!notice.read && <span class="badge badge--new">{m.unread}</span>}
                    </h2>
                    <p>{text}</p>
                    <p class="notice__time">
                      <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, t)}</time>
                    </p>
                  </li>
                );
              })}
          </ul>
        </>
      )}
    </div>
  );
}
