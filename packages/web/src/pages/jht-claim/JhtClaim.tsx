/**
 * Klaim JHT, before the claim itself: `/klaim-jht` lists the member's cards; `/klaim-jht/:kpj`
 * shows the three conditions of an in-app claim as ticks or blockers, each blocker with what to do
 * (ask the employer, a reminder on the day, update the data, Lapak Asik), and the member's own
 * safety controls (withdrawal lock, a recent bank change). When everything passes, "Ajukan Klaim"
 * leads to the claim form. `/lapak-asik` says honestly how a balance above the cap is claimed.
 */
import type { CardsResponse } from '@jmo/core/contracts/cards';
import { useState } from 'preact/hooks';
import { type ApiError, api } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { CardIdentity } from '../../components/CardIdentity.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDay, formatMoney } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { cardsCache, signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import {
  claimPath,
  dataUpdatePath,
  type JhtEligibilityResponse,
  jhtClaimApi,
  LAPAK_ASIK,
  SECURITY,
  submitClaimPath,
} from './api.ts';
import { type JhtClaimTexts, useJhtClaimT } from './texts.ts';
import './jht-claim.css';

const KPJ = /^\d{11}$/;

function Back({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} class="back">
      <span aria-hidden="true">‹ </span>
      {label}
    </a>
  );
}

/** `/klaim-jht`: the member's cards, each leading to its conditions. */
export function JhtClaimCardsPage() {
  const t = useT();
  const c = useJhtClaimT();
  useTitle(c.title);
  const cards = useResource(async (signal) => {
    const result = await api.cards(signal);
    if (result.ok) {
      cardsCache.value = result.data;
      signedIn.value = true;
    }
    return result;
  }, []);
  const redirecting = useRedirectIfSignedOut(cards.error);
  const data: CardsResponse | undefined = cards.data;
  return (
    <div class="page">
      <Back href="/" label={t.backHome} />
      <h1>{c.title}</h1>
      <p class="lead">{c.chooseIntro}</p>
      {redirecting ? (
        <Loading />
      ) : cards.error ? (
        <ErrorState error={cards.error} onRetry={cards.retry} />
      ) : !data ? (
        <Loading lines={3} />
      ) : data.cards.length === 0 ? (
        <div class="empty">
          <p class="empty__title">{c.noCards}</p>
        </div>
      ) : (
        <ul class="cards">
          {data.cards.map((card) => (
            <li key={card.kpj}>
              <a class="card" href={claimPath(card.kpj)}>
                <CardIdentity card={card} />
                <span class="card__balance">
                  <span class="card__label">
                    {c.balance} <span class="card__asof">{t.asOf(formatDate(data.asOf, t))}</span>
                  </span>{' '}
                  <Money value={card.jhtBalance} class="card__amount" />
                </span>
                <span class="card__more" aria-hidden="true">
                  {c.check} ›
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Condition = JhtEligibilityResponse['conditions'][number];

function conditionLabel(condition: Condition, e: JhtEligibilityResponse, c: JhtClaimTexts): string {
  if (condition.condition === 'balance_within_cap')
    return c.conditions.balance_within_cap(formatMoney(e.cap.amount));
  return c.conditions[condition.condition];
}

/** The remedy of one blocker: a button that acts, or a link to where the member can act. */
function Remedy({
  kpj,
  condition,
  e,
  onChanged,
}: {
  kpj: string;
  condition: Condition;
  e: JhtEligibilityResponse;
  onChanged: () => void;
}) {
  const t = useT();
  const c = useJhtClaimT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const blocker = condition.blocker!;

  async function act(call: () => Promise<{ ok: boolean; error?: ApiError }>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok && result.error) setError(result.error);
    else onChanged();
  }

  if (blocker.remedy === 'ask_employer') {
    const request = e.leaveReportRequest;
    if (request && request.resolvedAt === null)
      return (
        <div class="jc-remedy">
          <p class="jc-sent" data-testid="leave-report-sent">
            <span aria-hidden="true">✓ </span>
            {c.requestSent(formatDay(request.sentAt, t))}
          </p>
          <p class="muted">{c.requestSentTo(request.employer.name)}</p>
        </div>
      );
    if (!e.card.employer) return null;
    return (
      <div class="jc-remedy">
        {error && <FormProblem error={error} />}
        <button
          type="button"
          class="button button--secondary button--block"
          disabled={busy}
          onClick={() => act(() => jhtClaimApi.askEmployer(kpj))}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? c.asking : c.askEmployer}
        </button>
      </div>
    );
  }
  if (blocker.remedy === 'claimable_from' && blocker.date) {
    const date = formatDate(blocker.date, t);
    if (e.reminder && e.reminder.remindOn === blocker.date)
      return (
        <p class="jc-sent jc-remedy" data-testid="reminder-set">
          <span aria-hidden="true">✓ </span>
          {c.reminderSet(date)}
        </p>
      );
    return (
      <div class="jc-remedy">
        {error && <FormProblem error={error} />}
        <button
          type="button"
          class="button button--secondary button--block"
          disabled={busy}
          onClick={() => act(() => jhtClaimApi.remindMe(kpj))}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? c.reminding : c.remindMe(date)}
        </button>
      </div>
    );
  }
  if (blocker.remedy === 'update_data')
    return (
      <a class="button button--secondary button--block jc-remedy" href={dataUpdatePath(kpj)}>
        {c.updateData}
      </a>
    );
  if (blocker.remedy === 'lapak_asik')
    return (
      <a class="button button--secondary button--block jc-remedy" href={LAPAK_ASIK}>
        {c.lapakAsik}
      </a>
    );
  return (
    <a class="button button--secondary button--block jc-remedy" href="/">
      {c.otherCards}
    </a>
  );
}

/** `/klaim-jht/:kpj`: the three conditions, the safety controls, and "Ajukan Klaim" once all pass. */
export function JhtEligibilityPage({ kpj = '' }: { kpj?: string }) {
  const t = useT();
  const c = useJhtClaimT();
  useTitle(c.eligibilityTitle);
  const valid = KPJ.test(kpj);
  const eligibility = useResource(
    async (signal) => {
      const result = valid
        ? await jhtClaimApi.eligibility(kpj, signal)
        : { ok: false as const, error: { kind: 'problem' as const, status: 404, code: 'card_not_found' } };
      if (result.ok) signedIn.value = true;
      return result;
    },
    [kpj],
  );
  const redirecting = useRedirectIfSignedOut(eligibility.error);
  const e = eligibility.data;

  return (
    <div class="page jc" aria-busy={eligibility.loading}>
      <Back href="/klaim-jht" label={c.title} />
      <h1>{c.eligibilityTitle}</h1>
      {redirecting ? (
        <Loading />
      ) : eligibility.error ? (
        <ErrorState error={eligibility.error} onRetry={eligibility.retry} />
      ) : !e ? (
        <Loading lines={4} />
      ) : (
        <>
          <section class="jc-card" aria-label={t.kpj}>
            <p class="jc-card__kpj">
              {t.kpj} {e.card.kpj}
              {e.card.employer && <span class="muted"> · {e.card.employer.name}</span>}
            </p>
            <p>
              <span class="muted">{c.balance}</span> <Money value={e.balance} class="jc-card__amount" />
            </p>
          </section>
          <p class="muted">{c.eligibilityIntro}</p>
          <ol class="jc-conditions">
            {e.conditions.map((condition) => (
              <li
                key={condition.condition}
                class={condition.ok ? 'jc-condition jc-condition--ok' : 'jc-condition jc-condition--blocked'}
                data-condition={condition.condition}
              >
                <h2 class="jc-condition__title">
                  <span class="jc-mark" aria-hidden="true">
                    {condition.ok ? '✓' : '!'}
                  </span>
                  {conditionLabel(condition, e, c)}
                  <span class="sr-only">: {condition.ok ? c.met : c.notMet}</span>
                </h2>
                {condition.blocker && (
                  <>
                    <p>{condition.blocker.message}</p>
                    <Remedy kpj={e.card.kpj} condition={condition} e={e} onChanged={eligibility.retry} />
                  </>
                )}
              </li>
            ))}
          </ol>
          <section aria-labelledby="jc-safety" class="jc-safety">
            <h2 id="jc-safety">{c.safetyTitle}</h2>
            {e.safety.blockers.length === 0 ? (
              <p class="jc-condition jc-condition--ok">
                <span class="jc-mark" aria-hidden="true">
                  ✓
                </span>
                {c.safetyOk}
              </p>
            ) : (
              <ul class="jc-conditions">
                {e.safety.blockers.map((b) => (
                  <li key={b.code} class="jc-condition jc-condition--blocked" data-safety={b.code}>
                    <h3 class="jc-condition__title">
                      <span class="jc-mark" aria-hidden="true">
                        !
                      </span>
                      {b.code === 'withdrawal_locked'
                        ? c.lockOn
                        : c.coolingOff(b.untilDate ? formatDate(b.untilDate, t) : '')}
                    </h3>
                    <p>{b.message}</p>
                    {b.code === 'withdrawal_locked' && (
                      <a class="button button--secondary button--block jc-remedy" href={SECURITY}>
                        {c.openSecurity}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {e.canClaimInApp ? (
            <section class="jc-ready" aria-labelledby="jc-ready">
              <p id="jc-ready" class="jc-ready__title">
                {c.allMet}
              </p>
              {e.bank && <p class="muted">{c.payTo(e.bank.bankName, e.bank.accountNumberMasked)}</p>}
              <a class="button button--primary button--block" href={submitClaimPath(e.card.kpj)}>
                {c.submit}
              </a>
            </section>
          ) : (
            <p class="muted jc-not-yet">{c.notYet}</p>
          )}
          <p class="muted jc-source">
            {c.capSource}: {formatMoney(e.cap.amount)} ({formatDate(e.cap.validFrom, t)}) — {e.cap.source}
          </p>
        </>
      )}
    </div>
  );
}

/** `/lapak-asik`: how a balance above the in-app cap is claimed; the online service is its own work. */
export function LapakAsikPage() {
  const c = useJhtClaimT();
  useTitle(c.lapakTitle);
  return (
    <div class="page jc">
      <Back href="/klaim-jht" label={c.lapakBack} />
      <h1>{c.lapakTitle}</h1>
      <p class="lead">{c.lapakIntro}</p>
      <p class="jc-notice" role="note">
        {c.lapakNotYet}
      </p>
      <section aria-labelledby="lapak-prepare">
        <h2 id="lapak-prepare">{c.prepareTitle}</h2>
        <ul class="jc-list">
          {c.prepare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lapak-branch">
        <h2 id="lapak-branch">{c.branchTitle}</h2>
        <p>{c.branchText}</p>
      </section>
    </div>
  );
}
