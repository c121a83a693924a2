/**
 * The console's claims: `/console/klaim`, the queue of claims waiting for an officer (reference,
 * member, why, since, due; overdue marked), and `/console/klaim/:id`, one case. Like the data-update
 * case, nothing personal is read until the officer opens it for its purpose (`?tujuan=claim_review`).
 * Then: the claim, its amounts and account, the timeline, the selfie beside the registry photo, and
 * the decision (the moves the server allows, each with its reason codes in the member's words), a
 * confirmation step and a note for the file.
 */
import { claimReasonMessages } from '@jmo/core/claims/reasons';
import { signal } from '@preact/signals';
import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { lang, useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { AmountsTable, dueWhen, jakartaDateTime, StateBadge, StateFacts } from '../claims/parts.tsx';
import { type Decision, useClaimsT } from '../claims/texts.ts';
import { Notice } from './CaseNotice.tsx';
import { CasePhoto } from './CasePhoto.tsx';
import {
  CLAIM_QUEUE,
  type ClaimDecisionBody,
  type ConsoleClaimCase,
  claimCasePath,
  consoleClaimsApi,
  type QueuedClaim,
} from './claims-api.ts';
import { ConsoleShell, OFFICERS } from './Shell.tsx';
import { useConsoleT } from './texts.ts';
import './data-update-case.css';

const PURPOSE = 'claim_review';
const NOTE_MAX = 1000;

/** What the claim pages just decided, said once above the queue. */
export const claimNotice = signal<string | null>(null);

/** A reason code in the words the member reads; the code itself when the catalogue lacks it. */
export function reasonText(code: string | null): string | null {
  if (!code) return null;
  const entry = (claimReasonMessages as Record<string, { id: string; en: string }>)[code];
  return entry ? entry[lang.value] : code;
}

/** Soonest due first (no due last), then the longest waiting. */
export function byDue(a: QueuedClaim, b: QueuedClaim): number {
  const due = (q: QueuedClaim) => q.due?.at ?? (q.due?.date ? `${q.due.date}T23:59:59` : '9999');
  return due(a).localeCompare(due(b)) || a.since.localeCompare(b.since);
}

// ── Queue ─────────────────────────────────────────────────────────────────────────────────────────

export function ConsoleClaimQueuePage() {
  const t = useT();
  const k = useClaimsT().console;
  return (
    <ConsoleShell title={k.queueTitle} roles={OFFICERS}>
      {() => <Queue k={k} t={t} />}
    </ConsoleShell>
  );
}

function Queue({ k, t }: { k: ReturnType<typeof useClaimsT>['console']; t: ReturnType<typeof useT> }) {
  const c = useClaimsT();
  const queue = useResource((signal) => consoleClaimsApi.queue(signal), []);
  function body() {
    if (queue.error) return <ErrorState error={queue.error} onRetry={queue.retry} />;
    if (!queue.data) return <Loading lines={2} />;
    if (queue.data.items.length === 0) return <p class="empty">{k.queueNone}</p>;
    return (
      <ul class="console-list">
        {[...queue.data.items].sort(byDue).map((item) => {
          const due = dueWhen(item.due, t, c);
          return (
            <li key={item.id} class={item.overdue ? 'console-item console-item--overdue' : 'console-item'}>
              <h2 class="console-item__title">
                <span>{item.reference}</span>
                <span>{item.memberName}</span>
                {item.overdue && <span class="badge console-badge--overdue">{k.overdue}</span>}
              </h2>
              <dl class="console-facts">
                <div>
                  <dt>{k.kpj}</dt>
                  <dd>
                    <Kpj kpj={item.kpj} />
                  </dd>
                </div>
                <div>
                  <dt>{k.since}</dt>
                  <dd>{jakartaDateTime(item.since, t)}</dd>
                </div>
                <div>
                  <dt>{k.due}</dt>
                  <dd class={item.overdue ? 'console-overdue' : undefined}>
                    {due ?? '—'}
                    {item.overdue && ` (${k.overdue.toLowerCase()})`}
                  </dd>
                </div>
                {item.gross && (
                  <div>
                    <dt>{k.gross}</dt>
                    <dd>
                      <Money value={item.gross} />
                    </dd>
                  </div>
                )}
                {item.reasonCode && (
                  <div class="console-facts__full">
                    <dt>{k.reason}</dt>
                    <dd>{reasonText(item.reasonCode)}</dd>
                  </div>
                )}
              </dl>
              <a
                class="button button--secondary"
                href={claimCasePath(item.id)}
                aria-label={k.openFor(item.reference, item.memberName)}
              >
                {k.open}
              </a>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div class="console__page">
      <h1>{k.queueTitle}</h1>
      <Notice notice={claimNotice} />
      <p class="muted">{k.queueIntro}</p>
      {body()}
    </div>
  );
}

// ── Case ──────────────────────────────────────────────────────────────────────────────────────────

function DecisionBlock({ theCase }: { theCase: ConsoleClaimCase }) {
  const k = useClaimsT().console;
  const { route } = useLocation();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ decision?: string; reason?: string; note?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const firstDecision = useRef<HTMLInputElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);

  const options = theCase.decisions;
  const chosen = options.find((o) => o.decision === decision);
  if (options.length === 0) return <p class="console-warning">{k.noDecisions}</p>;

  function review(event: Event) {
    event.preventDefault();
    const found: typeof problem = {};
    if (!chosen) found.decision = k.decisionMissing;
    else if (chosen.reasonRequired && !reason) found.reason = k.reasonMissing;
    if (note.trim().length > NOTE_MAX) found.note = k.noteTooLong;
    setProblem(found);
    if (found.decision) return firstDecision.current?.focus();
    if (found.reason) return firstReason.current?.focus();
    if (found.note) return;
    setError(null);
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  async function decide() {
    if (!chosen || sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    const body: ClaimDecisionBody = { decision: chosen.decision };
    if (reason && chosen.reasons.includes(reason)) body.reason = reason;
    if (note.trim()) body.note = note.trim();
    const result = await consoleClaimsApi.decide(theCase.claim.id, body);
    sending.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setConfirming(false);
      return;
    }
    claimNotice.value = k.decided(result.data.claim.reference, result.data.claim.stateName);
    route(CLAIM_QUEUE);
  }

  return (
    <section class="console__section case-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{k.decisionTitle}</h2>
      {error && <FormProblem error={error} />}
      {confirming && chosen ? (
        <div class="panel console-confirm case-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {k.confirmTitle}
          </h3>
          <p>
            <strong>{k.decisions[chosen.decision]}</strong>
            {reason && ` — ${reasonText(reason)}`}
          </p>
          {note.trim() && <p class="console-quote">{note.trim()}</p>}
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => void decide()}
            >
              {busy && <span class="spinner" aria-hidden="true" />}
              {busy ? k.deciding : k.confirmDecision}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {k.change}
            </button>
          </div>
        </div>
      ) : (
        <form class="form" onSubmit={review} noValidate>
          <fieldset class="choices">
            <legend class="choices__legend">{k.decisionLegend}</legend>
            {problem.decision && (
              <p id="decision-error" class="field__error">
                {problem.decision}
              </p>
            )}
            {options.map((o, index) => (
              <label key={o.decision} class="choice">
                <input
                  ref={index === 0 ? firstDecision : undefined}
                  type="radio"
                  name="decision"
                  value={o.decision}
                  checked={decision === o.decision}
                  aria-describedby={problem.decision ? 'decision-error' : undefined}
                  onChange={() => {
                    setDecision(o.decision);
                    setReason(o.reasons.length === 1 ? (o.reasons[0] ?? null) : null);
                    setProblem({});
                  }}
                />
                <span class="choice__text">
                  <span class="choice__title">{k.decisions[o.decision]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {chosen && chosen.reasons.length > 0 && (
            <fieldset class="choices">
              <legend class="choices__legend">{k.reasonLegend}</legend>
              {problem.reason && (
                <p id="reason-error" class="field__error">
                  {problem.reason}
                </p>
              )}
              {chosen.reasons.map((code, index) => (
                <label key={code} class="choice">
                  <input
                    ref={index === 0 ? firstReason : undefined}
                    type="radio"
                    name="reason"
                    value={code}
                    checked={reason === code}
                    aria-labelledby={`claim-reason-${code}-title`}
                    aria-describedby={[problem.reason ? 'reason-error' : '', `claim-reason-${code}-help`]
                      .filter(Boolean)
                      .join(' ')}
                    onChange={() => {
                      setReason(code);
                      setProblem({});
                    }}
                  />
                  <span class="choice__text">
                    <span id={`claim-reason-${code}-title`} class="choice__title">
                      {reasonText(code)}
                    </span>
                    <span id={`claim-reason-${code}-help`} class="choice__help">
                      {code}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <Field id="claim-note" label={k.note} error={problem.note}>
            {(a11y) => (
              <textarea
                {...a11y}
                class="console-textarea"
                name="note"
                maxLength={NOTE_MAX}
                value={note}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
            )}
          </Field>
          <button type="submit" class="button button--primary">
            {k.review}
          </button>
        </form>
      )}
    </section>
  );
}

function CaseBody({ id }: { id: string }) {
  const t = useT();
  const c = useClaimsT();
  const k = c.console;
  const loaded = useResource((signal) => consoleClaimsApi.case(id, signal), [id]);
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.retry} />;
  if (!loaded.data) return <Loading />;
  const theCase = loaded.data;
  const claim = theCase.claim;
  return (
    <>
      <h2 class="console__subject">
        {claim.reference} · {theCase.memberName} <StateBadge claim={claim} />
      </h2>
      <dl class="console-facts console-facts--wide panel">
        <div>
          <dt>{k.nik}</dt>
          <dd class="console-number">{theCase.nikMasked}</dd>
        </div>
        <div>
          <dt>{k.birthDate}</dt>
          <dd>{formatDate(theCase.birthDate, t)}</dd>
        </div>
        <div>
          <dt>{k.kpj}</dt>
          <dd>
            <Kpj kpj={claim.kpj} />
          </dd>
        </div>
        <div>
          <dt>{k.claimReason}</dt>
          <dd>{c.reasons[claim.reason].title}</dd>
        </div>
        <div>
          <dt>{k.face}</dt>
          <dd>{k.faceStatuses[claim.face.status] ?? claim.face.status}</dd>
        </div>
      </dl>
      <section class="console__section" aria-labelledby="claim-state-title">
        <h2 id="claim-state-title">{k.state}</h2>
        <StateFacts claim={claim} />
      </section>
      {claim.amounts && (
        <section class="console__section" aria-labelledby="claim-amounts-title">
          <h2 id="claim-amounts-title">{c.amounts}</h2>
          <AmountsTable amounts={claim.amounts} />
        </section>
      )}
      <section class="console__section" aria-labelledby="claim-bank-title">
        <h2 id="claim-bank-title">{c.bank}</h2>
        {claim.bank ? (
          <dl class="console-facts console-facts--wide">
            <div>
              <dt>{c.bankName}</dt>
              <dd>
                {claim.bank.bankName} ({claim.bank.bankCode}){claim.bank.himbara && ' · Himbara'}
              </dd>
            </div>
            <div>
              <dt>{c.accountNumber}</dt>
              <dd class="console-number">{claim.bank.accountNumberMasked}</dd>
            </div>
            <div>
              <dt>{c.holderName}</dt>
              <dd>{claim.bank.holderName}</dd>
            </div>
          </dl>
        ) : (
          <p class="empty">{c.noBank}</p>
        )}
      </section>
      {theCase.hasSelfie && (
        <section class="console__section" aria-labelledby="claim-photos-title">
          <h2 id="claim-photos-title">{k.photosTitle}</h2>
          <div class="case-photos">
            <CasePhoto
              load={(signal) => consoleClaimsApi.photo(claim.id, 'selfie', signal)}
              deps={[claim.id, 'selfie']}
              caption={k.selfie}
            />
            <CasePhoto
              load={(signal) => consoleClaimsApi.photo(claim.id, 'reference', signal)}
              deps={[claim.id, 'reference']}
              caption={k.reference_photo}
            />
          </div>
        </section>
      )}
      <section class="console__section" aria-labelledby="claim-timeline-title">
        <h2 id="claim-timeline-title">{c.timeline}</h2>
        <ol class="claim-timeline">
          {claim.timeline.map((event) => (
            <li key={`${event.state}-${event.at}`}>
              <h3>{event.stateName}</h3>
              <p>
                {jakartaDateTime(event.at, t)} · {event.ownerName}
                {event.reason && ` · ${event.reason}`}
              </p>
              {event.reasonText && <p class="muted">{event.reasonText}</p>}
            </li>
          ))}
        </ol>
      </section>
      <DecisionBlock theCase={theCase} />
    </>
  );
}

export function ConsoleClaimCasePage() {
  const cs = useConsoleT();
  const k = useClaimsT().console;
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? '';
  const open = query.tujuan === PURPOSE;
  return (
    <ConsoleShell title={k.caseTitle} roles={OFFICERS}>
      {() => (
        <div class="console__page">
          <a class="back" href={CLAIM_QUEUE}>
            <span aria-hidden="true">←</span> {k.backToQueue}
          </a>
          <h1>{k.caseTitle}</h1>
          {open ? (
            <>
              <p class="console-note console-note--block">
                {cs.purposes[PURPOSE]}. {cs.purpose.recorded}
              </p>
              <CaseBody id={id} />
            </>
          ) : (
            <section class="panel purpose" aria-labelledby="purpose-title">
              <h2 id="purpose-title">{k.gateTitle}</h2>
              <p class="muted">{k.gateIntro}</p>
              <p class="console-note">
                {cs.purposes[PURPOSE]}. {cs.purpose.recorded}
              </p>
              <button
                type="button"
                class="button button--primary"
                onClick={() => route(claimCasePath(id, true), true)}
              >
                {k.gateOpen}
              </button>
            </section>
          )}
        </div>
      )}
    </ConsoleShell>
  );
}
