/**
 * "Tracking Klaim": `/tracking-klaim`, the member's claims newest first (state, holder, net), and
 * `/tracking-klaim/:id`, one claim's timeline with times in Asia/Jakarta, who holds it now, why,
 * until when, the amounts and the account, and "Batalkan" while the claim may still be cancelled.
 * While the claim moves without the member (submitted, approved, paying) the page asks again every
 * few seconds, and says so, until the state settles.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { type ClaimDetail, claimsApi, forgetClaimKey, forgetStep, isMoving, trackingPath } from './api.ts';
import { AmountsTable, ClaimProblem, dueWhen, jakartaDateTime, StateBadge, StateFacts } from './parts.tsx';
import { useClaimsT } from './texts.ts';

/** How often a moving claim is asked for again (tests shorten it). */
export const tracking = { pollMs: 3000 };

export function ClaimListPage() {
  const t = useT();
  const c = useClaimsT();
  useTitle(c.trackingTitle);
  const list = useResource(async (signal) => {
    const result = await claimsApi.list(signal);
    if (result.ok) signedIn.value = true;
    return result;
  }, []);
  const redirecting = useRedirectIfSignedOut(list.error);

  function body() {
    if (list.error && !redirecting) return <ErrorState error={list.error} onRetry={list.retry} />;
    if (!list.data) return <Loading lines={3} />;
    const claims = [...list.data.claims].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (claims.length === 0) return <p class="empty">{c.noClaims}</p>;
    return (
      <ul class="claim-list">
        {claims.map((claim) => {
          const due = dueWhen(claim.due, t, c);
          return (
            <li key={claim.id} class="panel">
              <h2>
                <span>{c.claimOf(claim.reference)}</span> <StateBadge claim={claim} />
              </h2>
              <dl class="claim-facts">
                <div>
                  <dt>{c.kpj}</dt>
                  <dd>
                    <Kpj kpj={claim.kpj} />
                  </dd>
                </div>
                <div>
                  <dt>{c.submittedOn}</dt>
                  <dd>{jakartaDateTime(claim.createdAt, t)}</dd>
                </div>
                {claim.owner !== 'none' && (
                  <div>
                    <dt>{c.heldBy}</dt>
                    <dd>{claim.ownerName}</dd>
                  </div>
                )}
                {due && (
                  <div>
                    <dt>{c.dueBy}</dt>
                    <dd>{due}</dd>
                  </div>
                )}
                {claim.net && (
                  <div>
                    <dt>{c.net}</dt>
                    <dd>
                      <Money value={claim.net} />
                    </dd>
                  </div>
                )}
              </dl>
              <a
                class="button button--secondary button--block"
                href={trackingPath(claim.id)}
                aria-label={c.openDetailOf(claim.reference)}
              >
                {c.openDetail}
              </a>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <div class="page page--narrow claim">
      <a href="/" class="back">
        <span aria-hidden="true">‹ </span>
        {t.home}
      </a>
      <h1>{c.trackingTitle}</h1>
      <p class="muted">{c.trackingIntro}</p>
      {body()}
    </div>
  );
}

function Timeline({ claim }: { claim: ClaimDetail }) {
  const t = useT();
  const c = useClaimsT();
  const last = claim.timeline.length - 1;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{c.timeline}</h2>
      <ol class="claim-timeline">
        {claim.timeline.map((event, index) => (
          <li key={`${event.state}-${event.at}`} aria-current={index === last ? 'step' : undefined}>
            <h3>{event.stateName}</h3>
            <p>
              <time dateTime={event.at}>{jakartaDateTime(event.at, t)}</time>
              {event.owner !== 'none' && ` · ${c.heldBy}: ${event.ownerName}`}
            </p>
            {event.reasonText && <p class="muted">{event.reasonText}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Cancel({ claim, onCancelled }: { claim: ClaimDetail; onCancelled: (c: ClaimDetail) => void }) {
  const c = useClaimsT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);

  async function cancel() {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    const result = await claimsApi.cancel(claim.id);
    sending.current = false;
    setBusy(false);
    if (result.ok) {
      forgetClaimKey(claim.kpj);
      forgetStep(claim.kpj);
      setAsking(false);
      onCancelled(result.data);
    } else {
      setError(result.error);
    }
  }

  return (
    <section class="claim-cancel">
      {error && <ClaimProblem error={error} />}
      {asking ? (
        <div class="panel">
          <p ref={question} tabIndex={-1}>
            {c.cancelConfirm}
          </p>
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => void cancel()}
            >
              {busy ? c.cancelling : c.cancelYes}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={() => setAsking(false)}
            >
              {c.cancelNo}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button button--secondary button--block"
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => question.current?.focus());
          }}
        >
          {c.cancel}
        </button>
      )}
    </section>
  );
}

export function ClaimTrackingPage() {
  const c = useClaimsT();
  const { params } = useRoute();
  const id = params.id ?? '';
  const loaded = useResource(
    async (signal) => {
      const result = await claimsApi.get(id, signal);
      if (result.ok) signedIn.value = true;
      return result;
    },
    [id],
  );
  const redirecting = useRedirectIfSignedOut(loaded.error);
  const [fresh, setFresh] = useState<ClaimDetail | null>(null);
  const [justCancelled, setJustCancelled] = useState(false);
  const claim = [fresh, loaded.data].find((x) => x?.id === id) ?? undefined;
  const moving = claim ? isMoving(claim.state) : false;
  useTitle(claim ? `${c.trackingTitle}: ${claim.reference}` : c.trackingTitle);

  // Ask again while the claim moves on its own; stop once it settles (or the page is left).
  useEffect(() => {
    if (!moving) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      claimsApi.get(id, controller.signal).then(
        (result) => {
          if (result.ok && !controller.signal.aborted) setFresh(result.data);
        },
        () => undefined,
      );
    }, tracking.pollMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id, moving, claim?.state, claim?.timeline.length, fresh]);

  const back = (
    <a href={trackingPath()} class="back">
      <span aria-hidden="true">‹ </span>
      {c.backToTracking}
    </a>
  );
  if (loaded.error && !claim && !redirecting) {
    return (
      <div class="page page--narrow">
        {back}
        <h1>{c.trackingTitle}</h1>
        <ErrorState error={loaded.error} onRetry={loaded.retry} />
      </div>
    );
  }
  if (!claim) {
    return (
      <div class="page page--narrow">
        <h1 class="sr-only">{c.trackingTitle}</h1>
        <Loading lines={4} />
      </div>
    );
  }
  return (
    <div class="page page--narrow claim">
      {back}
      <h1>{c.claimOf(claim.reference)}</h1>
      <p class="muted">
        {c.programs[claim.program]} · {c.reasons[claim.reason].title} · {c.kpj} <Kpj kpj={claim.kpj} />
      </p>
      <div aria-live="polite">
        <StateFacts claim={claim} />
        {justCancelled && <p role="status">{c.cancelled}</p>}
      </div>
      {moving && <p class="claim-auto">{c.autoUpdate}</p>}
      {claim.amounts && (
        <section aria-labelledby="amounts-title">
          <h2 id="amounts-title">{c.amounts}</h2>
          <AmountsTable amounts={claim.amounts} />
        </section>
      )}
      {claim.bank && (
        <section aria-labelledby="bank-title">
          <h2 id="bank-title">{c.bank}</h2>
          <p>
            {claim.bank.bankName} · <span class="console-number">{claim.bank.accountNumberMasked}</span> ·{' '}
            {claim.bank.holderName}
          </p>
        </section>
      )}
      {claim.state === 'returned_for_fix' && (
        <a
          class="button button--primary button--block"
          href={`/klaim-jht/${encodeURIComponent(claim.kpj)}/ajukan`}
        >
          {c.fixClaim}
        </a>
      )}
      <Timeline claim={claim} />
      {claim.canCancel && (
        <Cancel
          claim={claim}
          onCancelled={(next) => {
            setFresh(next);
            setJustCancelled(true);
          }}
        />
      )}
    </div>
  );
}
