/**
 * Alerts to members about their contributions: the employer has not paid a month, or the reported
 * wage went down. Each is an in-app notice (kept per person, so a member who
 * registers later still finds it) and, when the person has an account, an e-mail and an SMS. A
 * notice's key makes it once: the same month or drop is never announced twice.
 */
import {
  addMonths,
  type CalendarDate,
  contributionDueDate,
  formatRupiah,
  type Locale,
  maskKpj,
  type NotificationsResponse,
  type Period,
  periodOfDate,
  type Rupiah,
} from '@jmo/core';
import { sql } from 'kysely';
import type { NotificationKind } from '../../db/schema.ts';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import { type Notice, notifyChannels } from '../accounts/notify.ts';
import type { CardHolder } from '../cards/cards.service.ts';
import { today } from '../cards/cards.service.ts';
import { claimNotice } from '../claims/claim-notices.ts';
import { correctionNotice } from '../identity-correction/messages.ts';

/** Months looked back for unpaid contributions: older gaps are arrears the agency already chases. */
export const UNPAID_LOOKBACK_MONTHS = 3;

export interface NewNotice {
  personId: string;
  kind: NotificationKind;
  key: string;
  detail: Record<string, string>;
}

/** Store the notices not stored before, then send those by e-mail and SMS to account holders. */
export async function announce(deps: Deps, notices: readonly NewNotice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const fresh = await deps.db
    .insertInto('member_notifications')
    .values(
      notices.map((n) => ({
        id: deps.newId(),
        person_id: n.personId,
        kind: n.kind,
        dedupe_key: n.key,
        detail: JSON.stringify(n.detail),
        created_at: deps.clock.now(),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['person_id', 'kind', 'detail'])
    .execute();
  if (fresh.length === 0) return 0;
  const accounts = await deps.db
    .selectFrom('user_accounts')
    .select(['person_id', 'email_enc', 'phone_enc', 'locale'])
    .where(
      'person_id',
      'in',
      fresh.map((f) => f.person_id),
    )
    .execute();
  for (const notice of fresh) {
    const account = accounts.find((a) => a.person_id === notice.person_id);
    if (!account) continue;
    const detail = typeof notice.detail === 'string' ? JSON.parse(notice.detail) : notice.detail;
    await notifyChannels(deps, account, noticeText(notice.kind, detail, account.locale));
  }
  return fresh.length;
}

/** The words of a notice, in the member's language. */
export function noticeText(kind: NotificationKind, d: Record<string, string>, locale: Locale): Notice {
  const en = locale === 'en';
  const kpj = d.kpj ?? '';
  if (kind === 'jht_claim_reminder') {
    const text = en
      ? `From today, ${d.date}, you can claim the JHT savings of card ${kpj} in the JMO app: Jaminan Hari Tua → Klaim JHT. The app checks the conditions first.`
      : `Mulai hari ini, ${d.date}, saldo JHT kartu ${kpj} bisa Anda klaim di aplikasi JMO: Jaminan Hari Tua → Klaim JHT. Aplikasi memeriksa syaratnya lebih dulu.`;
    return {
      email: { subject: en ? 'You can claim your JHT now' : 'JHT Anda sudah bisa diklaim', text },
      sms: en
        ? `JMO: from ${d.date} you can claim the JHT of card ${kpj} in the JMO app.`
        : `JMO: mulai ${d.date} JHT kartu ${kpj} bisa diklaim di aplikasi JMO.`,
    };
  }
  if (kind === 'claim_status') return claimNotice(d, locale);
  if (kind === 'identity_correction')
    return correctionNotice(d.decision === 'approved' ? 'approved' : 'rejected', d.reason ?? null, locale);
  if (kind === 'employer_unpaid') {
    const text = en
      ? `Your employer ${d.employer} has not paid your BPJS Ketenagakerjaan contribution for ${d.period} (card ${kpj}; due ${d.dueOn}). Ask your HR department. If it stays unpaid, you can file a complaint in JMO.`
      : `Pemberi kerja Anda ${d.employer} belum membayar iuran BPJS Ketenagakerjaan periode ${d.period} (kartu ${kpj}; jatuh tempo ${d.dueOn}). Tanyakan ke bagian HRD. Bila tetap belum dibayar, Anda dapat mengajukan pengaduan di JMO.`;
    return {
      email: {
        subject: en ? `Contribution for ${d.period} not paid` : `Iuran ${d.period} belum dibayar`,
        text,
      },
      sms: en
        ? `JMO: ${d.employer} has not paid your contribution for ${d.period} (card ${kpj}). Details in the JMO app.`
        : `JMO: ${d.employer} belum membayar iuran Anda periode ${d.period} (kartu ${kpj}). Rincian di aplikasi JMO.`,
    };
  }
  // wage_dropped
  const text = en
    ? `Your employer reported a lower wage for you from ${d.period}: ${d.wage}, down from ${d.previous} (card ${kpj}). Your contributions follow the reported wage. If this is not your real wage, you can file a complaint in JMO.`
    : `Pemberi kerja Anda melaporkan upah lebih rendah mulai ${d.period}: ${d.wage}, turun dari ${d.previous} (kartu ${kpj}). Iuran Anda mengikuti upah yang dilaporkan. Bila ini bukan upah Anda sebenarnya, Anda dapat mengajukan pengaduan di JMO.`;
  return {
    email: { subject: en ? 'Your reported wage went down' : 'Upah yang dilaporkan untuk Anda turun', text },
    sms: en
      ? `JMO: your reported wage went down from ${d.period} (card ${kpj}). Check it in the JMO app.`
      : `JMO: upah yang dilaporkan untuk Anda turun mulai ${d.period} (kartu ${kpj}). Periksa di aplikasi JMO.`,
  };
}

/** After a wage report: tell each worker whose wage went down. */
export async function notifyWageDrops(
  deps: Deps,
  staff: StaffPrincipal,
  period: string,
  dropped: readonly { membershipId: string; kpj: string }[],
): Promise<void> {
  if (dropped.length === 0 || !staff.employerId) return;
  const rows = await deps.db
    .selectFrom('memberships as m')
    .innerJoin('wage_reports as now', (j) =>
      j.onRef('now.membership_id', '=', 'm.id').on('now.period', '=', period),
    )
    .select([
      'm.id',
      'm.person_id',
      'm.kpj',
      'now.wage',
      sql<bigint>`(SELECT w.wage FROM wage_reports w WHERE w.membership_id = m.id AND w.period < ${period} ORDER BY w.period DESC LIMIT 1)`.as(
        'previous',
      ),
    ])
    .where(
      'm.id',
      'in',
      dropped.map((d) => d.membershipId),
    )
    .execute();
  await announce(
    deps,
    rows.map((r) => ({
      personId: r.person_id,
      kind: 'wage_dropped' as const,
      key: `wage_dropped:${r.kpj}:${period}:${r.wage}`,
      detail: {
        kpj: maskKpj(r.kpj),
        period,
        wage: formatRupiah(r.wage as Rupiah),
        previous: formatRupiah(r.previous as Rupiah),
      },
    })),
  );
}

/**
 * The job behind "your employer has not paid": every active wage earner's month whose due date has
 * passed, within the look-back, with no contribution recorded. Runs on a schedule (main.ts) and is
 * safe to run again at any time.
 */
export async function notifyUnpaidContributions(
  deps: Deps,
  asOf: CalendarDate = today(deps),
): Promise<number> {
  const current = periodOfDate(asOf);
  const periods: Period[] = [];
  for (let back = 1; back <= UNPAID_LOOKBACK_MONTHS; back++) {
    const p = addMonths(current, -back);
    const due = contributionDueDate(p);
    if (due.ok && due.value.dueDate < asOf) periods.push(p);
  }
  let sent = 0;
  for (const period of periods) {
    const rows = await deps.db
      .selectFrom('memberships as m')
      .innerJoin('employers as e', 'e.id', 'm.employer_id')
      .select(['m.person_id', 'm.kpj', 'e.name'])
      .where('m.segment', '=', 'PU')
      .where('m.joined_on', '<=', `${period}-01`)
      .where((eb) =>
        eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>=', `${addMonths(period, 1)}-01`)]),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('contributions as c')
              .select('c.period')
              .whereRef('c.membership_id', '=', 'm.id')
              .where('c.period', '=', period),
          ),
        ),
      )
      .execute();
    sent += await announce(
      deps,
      rows.map((r) => ({
        personId: r.person_id,
        kind: 'employer_unpaid' as const,
        key: `employer_unpaid:${r.kpj}:${period}`,
        detail: { kpj: maskKpj(r.kpj), period, employer: r.name, dueOn: dueDateOf(period) },
      })),
    );
  }
  return sent;
}

function dueDateOf(period: Period): string {
  const due = contributionDueDate(period);
  return due.ok ? due.value.dueDate : '';
}

export async function listNotifications(deps: Deps, holder: CardHolder): Promise<NotificationsResponse> {
  const rows = await deps.db
    .selectFrom('member_notifications')
    .select(['id', 'kind', 'detail', 'created_at', 'read_at'])
    .where('person_id', '=', holder.personId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return {
    unread: rows.filter((r) => r.read_at === null).length,
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
  };
}

export async function markNotificationsRead(deps: Deps, holder: CardHolder): Promise<void> {
  await deps.db
    .updateTable('member_notifications')
    .set({ read_at: deps.clock.now() })
    .where('person_id', '=', holder.personId)
    .where('read_at', 'is', null)
    .execute();
}
