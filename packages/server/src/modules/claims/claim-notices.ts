/**
 * Telling the member where their claim went: an in-app notice, an e-mail and an SMS per change the
 * member cares about. Every claim event starts unannounced; whoever moved the claim (a request, the
 * payout worker, an officer) calls `sendClaimNotices` after committing, and the background job sweeps
 * up what a crash left behind. Several moves in one go (submitted → approved → paying) make one
 * notice, of the last. The in-app notice and the "announced" mark commit together; e-mail and SMS
 * follow the commit, so a crash between the two loses a message rather than sending it twice.
 */
import {
  CLAIM_STATE_NAMES,
  type ClaimReasonCode,
  claimReasonMessage,
  formatRupiah,
  isClaimReasonCode,
  isClaimState,
  type Locale,
  maskKpj,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import { type Notice, notifyChannels } from '../accounts/notify.ts';

/** States worth a message; the others (draft, the instant between two moves) are marked silently. */
const ANNOUNCED = new Set([
  'verifying',
  'interview',
  'paying',
  'paid',
  'rejected',
  'returned_for_fix',
  'cancelled',
  'retrying',
  'reversed',
]);

export function claimNotice(d: Record<string, string>, locale: Locale): Notice {
  const state = d.state && isClaimState(d.state) ? d.state : 'submitted';
  const name = CLAIM_STATE_NAMES[state][locale];
  const why =
    d.reason && isClaimReasonCode(d.reason) ? claimReasonMessage(d.reason as ClaimReasonCode, locale) : '';
  const en = locale === 'en';
  const paid =
    state === 'paid' && d.net
      ? en
        ? ` ${d.net} has been sent to your bank account.`
        : ` Dana ${d.net} sudah dikirim ke rekening Anda.`
      : '';
  const text = [
    en
      ? `Your JHT claim ${d.reference} (card ${d.kpj}) is now: ${name}.${paid}`
      : `Klaim JHT Anda ${d.reference} (kartu ${d.kpj}) sekarang: ${name}.${paid}`,
    why,
    en
      ? 'Follow it in claim tracking in the JMO app.'
      : 'Ikuti perkembangannya di Tracking Klaim aplikasi JMO.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    email: { subject: en ? `JHT claim ${d.reference}: ${name}` : `Klaim JHT ${d.reference}: ${name}`, text },
    sms: en
      ? `JMO: JHT claim ${d.reference} is now ${name}.${paid} Details in the JMO app.`
      : `JMO: klaim JHT ${d.reference} sekarang ${name}.${paid} Rincian di aplikasi JMO.`,
  };
}

/** Announce the claim events not announced yet (of one claim, or of all). Returns how many notices. */
export async function sendClaimNotices(deps: Deps, filter: { claimId?: string } = {}): Promise<number> {
  const fresh = await deps.db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('claim_events as e')
      .innerJoin('claims as c', 'c.id', 'e.claim_id')
      .innerJoin('memberships as m', 'm.id', 'c.membership_id')
      .select([
        'e.claim_id',
        'e.seq',
        'e.to_state',
        'e.reason',
        'c.reference',
        'c.person_id',
        'c.user_id',
        'c.net',
        'm.kpj',
      ])
      .where('e.notified_at', 'is', null)
      .orderBy('e.claim_id')
      .orderBy('e.seq')
      .limit(500)
      .forUpdate('e')
      .skipLocked();
    if (filter.claimId) query = query.where('e.claim_id', '=', filter.claimId);
    const events = await query.execute();
    if (events.length === 0) return [];
    const last = new Map<string, (typeof events)[number]>();
    for (const e of events) last.set(e.claim_id, e);
    const notices = [...last.values()]
      .filter((e) => ANNOUNCED.has(e.to_state))
      .map((e) => ({
        id: deps.newId(),
        person_id: e.person_id,
        userId: e.user_id,
        kind: 'claim_status' as const,
        dedupe_key: `claim:${e.claim_id}:${e.seq}`,
        detail: {
          claimId: e.claim_id,
          reference: e.reference,
          state: e.to_state,
          kpj: maskKpj(e.kpj),
          ...(e.reason ? { reason: e.reason } : {}),
          ...(e.net !== null ? { net: formatRupiah(e.net) } : {}),
        },
      }));
    if (notices.length > 0)
      await trx
        .insertInto('member_notifications')
        .values(
          notices.map((n) => ({
            id: n.id,
            person_id: n.person_id,
            kind: n.kind,
            dedupe_key: n.dedupe_key,
            detail: JSON.stringify(n.detail),
            created_at: deps.clock.now(),
          })),
        )
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    for (const claimId of last.keys()) {
      const upTo = last.get(claimId)!.seq;
      await trx
        .updateTable('claim_events')
        .set({ notified_at: deps.clock.now() })
        .where('claim_id', '=', claimId)
        .where('seq', '<=', upTo)
        .where('notified_at', 'is', null)
        .execute();
    }
    return notices;
  });
  for (const notice of fresh) {
    const account = await deps.db
      .selectFrom('user_accounts')
      .select(['email_enc', 'phone_enc', 'locale'])
      .where('id', '=', notice.userId)
      .executeTakeFirst();
    if (account) await notifyChannels(deps, account, claimNotice(notice.detail, account.locale));
  }
  return fresh.length;
}
