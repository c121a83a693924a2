/**
 * `/console/koreksi-identitas/:id`: one name or birth-date correction for an officer. Nothing
 * personal is read until the officer opens it for the stated purpose (`?tujuan=`, like the data
 * update): the server records that read and every photo view. Then: our data, the registry's and
 * the requested values side by side, the names on the cards, the member's explanation, the KTP/KK
 * photos, and the decision (approve, or reject with a reason the member reads).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isProblem } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { IdentityCorrectionCase, IdentityCorrectionDecisionBody, IdentityField } from './api.ts';
import { CONSOLE_HOME, consoleApi, identityCorrectionPath } from './api.ts';
import { identityNotice } from './notice.ts';
import { ConsoleShell, OFFICERS } from './Shell.tsx';
import { useConsoleT } from './texts.ts';
import './data-update-case.css';
import './identity-case.css';

const PURPOSE = 'data_update_review';
const REASON_MIN = 5;
const REASON_MAX = 500;
const FIELDS: readonly IdentityField[] = ['fullName', 'birthDate'];

/** Names compared as the KTP prints them: case and spacing say nothing. */
const sameName = (a: string, b: string) =>
  a.normalize('NFC').toUpperCase().replace(/\s+/g, ' ').trim() ===
  b.normalize('NFC').toUpperCase().replace(/\s+/g, ' ').trim();

// ── Evidence photos ──────────────────────────────────────────────────────────────────────────────

type PhotoState = { kind: 'loading' } | { kind: 'shown'; url: string } | { kind: 'missing' | 'failed' };

/** One photo fetched under the staff session and shown from an object URL, revoked when left. */
function useEvidence(id: string, evidenceId: string) {
  const [state, setState] = useState<PhotoState>({ kind: 'loading' });
  const [reload, setReload] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    setState({ kind: 'loading' });
    consoleApi.identityEvidence(id, evidenceId, controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        if (!blob) return setState({ kind: 'missing' });
        url = URL.createObjectURL(blob);
        setState({ kind: 'shown', url });
      },
      () => {
        if (!controller.signal.aborted) setState({ kind: 'failed' });
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, evidenceId, reload]);
  return { state, retry: () => setReload((n) => n + 1) };
}

function EvidencePhoto({ id, evidenceId, caption }: { id: string; evidenceId: string; caption: string }) {
  const k = useConsoleT().identity;
  const { state, retry } = useEvidence(id, evidenceId);
  return (
    <figure class="case-photo id-evidence__photo">
      <div class="case-photo__frame" aria-busy={state.kind === 'loading'}>
        {state.kind === 'shown' && <img src={state.url} alt={caption} />}
        {state.kind === 'loading' && <span class="muted">{k.photoLoading}</span>}
        {state.kind === 'missing' && <span class="muted">{k.photoMissing}</span>}
        {state.kind === 'failed' && (
          <span class="case-photo__failed" role="alert">
            {k.photoFailed}{' '}
            <button type="button" class="button button--secondary" onClick={retry}>
              {k.photoRetry}
            </button>
          </span>
        )}
      </div>
      <figcaption>
        {caption}
        {state.kind === 'shown' && (
          <>
            {' '}
            <a href={state.url} target="_blank" rel="noopener">
              {k.photoLarger}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

function Evidence({ theCase }: { theCase: IdentityCorrectionCase }) {
  const t = useT();
  const k = useConsoleT().identity;
  return (
    <section class="console__section" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{k.evidenceTitle}</h2>
      {theCase.evidence.length === 0 ? (
        <p class="empty">{k.noEvidence}</p>
      ) : (
        <>
          <p class="console-note">{k.evidenceRecorded}</p>
          <div class="id-evidence">
            {theCase.evidence.map((e, index) => (
              <EvidencePhoto
                key={e.id}
                id={theCase.id}
                evidenceId={e.id}
                caption={k.photoCaption(k.kinds[e.kind], index + 1, formatDateTime(e.uploadedAt, t))}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

// ── Our data, the registry's, the request ────────────────────────────────────────────────────────

function Compare({ theCase }: { theCase: IdentityCorrectionCase }) {
  const t = useT();
  const k = useConsoleT().identity;
  const show = (field: IdentityField, value: string | undefined) =>
    value === undefined ? null : field === 'birthDate' ? formatDate(value, t) : value;
  const registry = theCase.registry;
  return (
    <section class="console__section" aria-labelledby="compare-title">
      <h2 id="compare-title">{k.compareTitle}</h2>
      <p class="muted">{k.compareIntro}</p>
      {!registry && <p class="console-warning">{k.noRegistry}</p>}
      <div class="case-table-wrap">
        <table class="case-table id-compare">
          <thead>
            <tr>
              <th scope="col">{k.field}</th>
              <th scope="col">{k.ours}</th>
              <th scope="col">{k.registry}</th>
              <th scope="col">{k.requested}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => {
              const asked = theCase.fields.includes(f);
              const wanted = theCase.requested[f];
              const agrees =
                asked && registry && wanted !== undefined
                  ? f === 'fullName'
                    ? sameName(registry.fullName, wanted)
                    : registry.birthDate === wanted
                  : null;
              return (
                <tr key={f} class={asked ? 'case-changed' : undefined}>
                  <th scope="row">
                    {k.fieldNames[f]}
                    {asked && <span class="badge case-changed__mark">{k.asked}</span>}
                  </th>
                  <td data-label={k.ours}>{show(f, theCase.person[f])}</td>
                  <td data-label={k.registry}>{registry ? show(f, registry[f]) : '—'}</td>
                  <td data-label={k.requested}>
                    {asked ? <span>{show(f, wanted)}</span> : <span class="muted">{k.notAsked}</span>}
                    {agrees !== null && (
                      <span class={agrees ? 'id-agrees' : 'id-differs'}>
                        {agrees ? k.registryAgrees : k.registryDiffers}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Cards({ theCase }: { theCase: IdentityCorrectionCase }) {
  const k = useConsoleT().identity;
  return (
    <section class="console__section" aria-labelledby="cards-title">
      <h2 id="cards-title">{k.cardsTitle}</h2>
      {theCase.cards.length === 0 ? (
        <p class="empty">{k.noCards}</p>
      ) : (
        <ul class="console-list">
          {theCase.cards.map((card) => (
            <li key={card.kpj} class="console-item">
              <dl class="console-facts">
                <div>
                  <dt>{k.kpj}</dt>
                  <dd>
                    <Kpj kpj={card.kpj} />
                  </dd>
                </div>
                <div>
                  <dt>{k.nameOnCard}</dt>
                  <dd>{card.nameOnCard ?? k.sameAsName(theCase.person.fullName)}</dd>
                </div>
                <div>
                  <dt>{k.employer}</dt>
                  <dd>{card.employer ?? k.noEmployer}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ── Decision ─────────────────────────────────────────────────────────────────────────────────────

function Decision({ theCase }: { theCase: IdentityCorrectionCase }) {
  const t = useT();
  const k = useConsoleT().identity;
  const { route } = useLocation();
  const [mode, setMode] = useState<'choose' | 'approve' | 'reject'>('choose');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const name = theCase.person.fullName;
  const { fullName, birthDate } = theCase.requested;

  function confirmStep(next: 'approve' | 'reject') {
    setError(null);
    setMode(next);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel() {
    setMode('choose');
    requestAnimationFrame(() => approveRef.current?.focus());
  }

  function askToReject(event: Event) {
    event.preventDefault();
    const text = reason.trim();
    const problem =
      text.length < REASON_MIN ? k.reasonMissing : text.length > REASON_MAX ? k.reasonTooLong : null;
    setReasonError(problem);
    if (problem) return reasonRef.current?.focus();
    confirmStep('reject');
  }

  async function decide(body: IdentityCorrectionDecisionBody) {
    setBusy(true);
    setError(null);
    const result = await consoleApi.decideIdentity(theCase.id, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setMode('choose');
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    identityNotice.value =
      result.data.status === 'approved' ? k.decidedApproved(fullName ?? name) : k.decidedRejected(name);
    route(CONSOLE_HOME);
  }

  const gone =
    error &&
    (isProblem(error, 'review_already_decided') || isProblem(error, 'identity_correction_not_found'));

  return (
    <section class="console__section case-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{k.decisionTitle}</h2>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <FormProblem error={error} />
          {gone && (
            <p>
              <a href={CONSOLE_HOME}>{k.backToQueue}</a>
            </p>
          )}
        </div>
      )}
      {mode === 'approve' && (
        <div class="panel console-confirm case-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {k.approveTitle}
          </h3>
          <p>{k.approveText}</p>
          <ul>
            {fullName !== undefined && <li>{k.approveName(fullName)}</li>}
            {birthDate !== undefined && <li>{k.approveBirthDate(formatDate(birthDate, t))}</li>}
          </ul>
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => decide({ decision: 'approve' })}
            >
              {busy && <span class="spinner" aria-hidden="true" />}
              {busy ? k.deciding : k.confirmApprove}
            </button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
              {k.cancel}
            </button>
          </div>
        </div>
      )}
      {mode === 'reject' && (
        <div class="panel console-confirm case-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {k.rejectConfirmTitle}
          </h3>
          <p>{k.rejectConfirmText}</p>
          <p class="console-quote">{reason.trim()}</p>
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => decide({ decision: 'reject', reason: reason.trim() })}
            >
              {busy && <span class="spinner" aria-hidden="true" />}
              {busy ? k.deciding : k.confirmReject}
            </button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
              {k.cancel}
            </button>
          </div>
        </div>
      )}
      {mode === 'choose' && (
        <>
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              ref={approveRef}
              onClick={() => confirmStep('approve')}
            >
              {k.approve}
            </button>
          </div>
          <form class="form case-return" onSubmit={askToReject} noValidate>
            <h3>{k.rejectTitle}</h3>
            <Field
              id="reject-reason"
              label={k.reasonLabel}
              hint={k.reasonHint}
              error={reasonError ?? undefined}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  ref={reasonRef}
                  class="console-textarea"
                  name="reason"
                  maxLength={REASON_MAX}
                  required
                  value={reason}
                  onInput={(e) => {
                    setReason(e.currentTarget.value);
                    setReasonError(null);
                  }}
                />
              )}
            </Field>
            <button type="submit" class="button button--secondary console-reject">
              {k.reject}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** A request decided already (another officer, or opened from an old link): what was decided. */
function Decided({ theCase }: { theCase: IdentityCorrectionCase }) {
  const k = useConsoleT().identity;
  return (
    <section class="console__section" aria-labelledby="decision-title">
      <h2 id="decision-title">{k.decisionTitle}</h2>
      <p class="console-warning">{k.decided(k.statuses[theCase.status])}</p>
      {theCase.decisionReason && (
        <dl class="console-facts">
          <div class="console-facts__full">
            <dt>{k.decidedReason}</dt>
            <dd class="console-quote">{theCase.decisionReason}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

// ── The page ─────────────────────────────────────────────────────────────────────────────────────

function Person({ theCase }: { theCase: IdentityCorrectionCase }) {
  const t = useT();
  const k = useConsoleT().identity;
  const p = theCase.person;
  return (
    <>
      <h2 class="console__subject">{p.fullName}</h2>
      <dl class="console-facts console-facts--wide panel">
        <div>
          <dt>{k.nik}</dt>
          <dd class="console-number">{p.nik}</dd>
        </div>
        <div>
          <dt>{k.sex}</dt>
          <dd>{k.sexes[p.sex]}</dd>
        </div>
        <div>
          <dt>{k.fieldsAsked}</dt>
          <dd>{theCase.fields.map((f) => k.fieldNames[f]).join(', ')}</dd>
        </div>
        <div>
          <dt>{k.status}</dt>
          <dd>{k.statuses[theCase.status]}</dd>
        </div>
        <div>
          <dt>{k.openedAt}</dt>
          <dd>{formatDateTime(theCase.createdAt, t)}</dd>
        </div>
        <div>
          <dt>{k.dueOn}</dt>
          <dd class={theCase.overdue ? 'console-overdue' : undefined}>
            {formatDate(theCase.dueOn, t)}
            {theCase.overdue && ` (${k.overdue.toLowerCase()})`}
          </dd>
        </div>
        <div>
          <dt>{k.holderNow}</dt>
          <dd>{theCase.holder ?? k.noHolder}</dd>
        </div>
      </dl>
    </>
  );
}

function CaseBody({ id }: { id: string }) {
  const k = useConsoleT().identity;
  const theCase = useResource((signal) => consoleApi.identityCase(id, signal), [id]);
  if (theCase.error) return <ErrorState error={theCase.error} onRetry={theCase.retry} />;
  if (!theCase.data) return <Loading />;
  const data = theCase.data;
  return (
    <>
      <Person theCase={data} />
      <Compare theCase={data} />
      <section class="console__section" aria-labelledby="explanation-title">
        <h2 id="explanation-title">{k.explanationTitle}</h2>
        <p class="console-quote">{data.explanation}</p>
      </section>
      <Evidence theCase={data} />
      <Cards theCase={data} />
      {data.status === 'open' ? <Decision theCase={data} /> : <Decided theCase={data} />}
    </>
  );
}

export function IdentityCorrectionCasePage() {
  const c = useConsoleT();
  const k = c.identity;
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? '';
  const open = query.tujuan === PURPOSE;
  return (
    <ConsoleShell title={k.title} roles={OFFICERS}>
      {() => (
        <div class="console__page">
          <a class="back" href={CONSOLE_HOME}>
            <span aria-hidden="true">←</span> {k.backToQueue}
          </a>
          <h1>{k.title}</h1>
          {open ? (
            <>
              <p class="console-note console-note--block">
                {k.purposeShown(c.purposes[PURPOSE])} {c.purpose.recorded}
              </p>
              <CaseBody id={id} />
            </>
          ) : (
            <section class="panel purpose" aria-labelledby="purpose-title">
              <h2 id="purpose-title">{k.gateTitle}</h2>
              <p class="muted">{k.gateIntro}</p>
              <p class="console-note">
                {k.gatePurpose(c.purposes[PURPOSE])} {c.purpose.recorded}
              </p>
              <button
                type="button"
                class="button button--primary"
                onClick={() => route(identityCorrectionPath(id, true), true)}
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
