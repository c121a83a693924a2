/**
 * `/console/pengkinian/:id`: one data update (or failed face check) for an officer. Nothing
 * personal is read until the officer opens it for the stated purpose (`?tujuan=`, like the member
 * record): the server records that read and every photo view. Then: the person, the selfie beside
 * the registry photo, each face attempt against the thresholds, the data before and after, the
 * version history, and the decision (approve, or return with reasons the member reads).
 */
import { RETURN_REASONS, type ReturnReason, returnReasons } from '@jmo/core/data-update/messages';
import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isProblem } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { lang, useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { CasePhotoKind, DataUpdateCase, DataUpdateDecisionBody, FaceAttempt } from './api.ts';
import { CONSOLE_HOME, consoleApi, dataUpdateCasePath } from './api.ts';
import { CasePhoto } from './CasePhoto.tsx';
import { consoleNotice } from './notice.ts';
import { ConsoleShell, OFFICERS } from './Shell.tsx';
import { type ConsoleTexts, useConsoleT } from './texts.ts';
import './data-update-case.css';

const PURPOSE = 'data_update_review';
const NOTE_MAX = 500;

type Texts = ConsoleTexts['dataUpdate'];

/** A 0–1 score as the reader writes decimals: `0,62` in Indonesian, `0.62` in English. */
function score(value: number): string {
  return value.toLocaleString(lang.value === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

// ── Photos ───────────────────────────────────────────────────────────────────────────────────────

/** One photo of the case: the selfie (the latest, or one attempt's) or the registry's. */
function Photo({
  id,
  which,
  attempt,
  caption,
}: {
  id: string;
  which: CasePhotoKind;
  attempt?: string | undefined;
  caption: string;
}) {
  return (
    <CasePhoto
      load={(signal) => consoleApi.dataUpdatePhoto(id, which, attempt, signal)}
      deps={[id, which, attempt]}
      caption={caption}
    />
  );
}

function Photos({ theCase, attempt }: { theCase: DataUpdateCase; attempt: FaceAttempt | undefined }) {
  const t = useT();
  const d = useConsoleT().dataUpdate;
  return (
    <section class="console__section" aria-labelledby="photos-title">
      <h2 id="photos-title">{d.photosTitle}</h2>
      <p class="console-note">{d.photosRecorded}</p>
      <div class="case-photos">
        {attempt ? (
          <Photo
            id={theCase.id}
            which="selfie"
            attempt={attempt.id}
            caption={d.selfieOf(formatDateTime(attempt.at, t))}
          />
        ) : (
          <figure class="case-photo">
            <div class="case-photo__frame">
              <span class="muted">{d.photoMissing}</span>
            </div>
            <figcaption>{d.selfie}</figcaption>
          </figure>
        )}
        <Photo id={theCase.id} which="reference" caption={d.reference} />
      </div>
    </section>
  );
}

// ── Face attempts ────────────────────────────────────────────────────────────────────────────────

function Score({ value, threshold, d }: { value: number | null; threshold: number; d: Texts }) {
  if (value === null) return <span class="muted">{d.noScore}</span>;
  const passes = value >= threshold;
  return (
    <span class={passes ? 'case-score case-score--ok' : 'case-score case-score--low'}>
      {d.score(score(value), score(threshold), passes)}
    </span>
  );
}

function Attempts({
  theCase,
  shown,
  onShow,
}: {
  theCase: DataUpdateCase;
  shown: string | undefined;
  onShow: (id: string) => void;
}) {
  const t = useT();
  const d = useConsoleT().dataUpdate;
  const { match, liveness } = theCase.thresholds;
  return (
    <section class="console__section" aria-labelledby="attempts-title">
      <h2 id="attempts-title">{d.attemptsTitle}</h2>
      {theCase.faceAttempts.length === 0 ? (
        <p class="empty">{d.noAttempts}</p>
      ) : (
        <ol class="console-list case-attempts">
          {theCase.faceAttempts.map((a) => {
            const at = formatDateTime(a.at, t);
            return (
              <li key={a.id} class={`console-item case-attempt case-attempt--${a.outcome}`}>
                <h3 class="console-item__title">
                  <span>{at}</span>
                  <span class={`badge case-outcome--${a.outcome}`}>{d.outcomes[a.outcome]}</span>
                </h3>
                <dl class="console-facts console-facts--wide">
                  <div>
                    <dt>{d.similarity}</dt>
                    <dd>
                      <Score value={a.similarity} threshold={match} d={d} />
                    </dd>
                  </div>
                  <div>
                    <dt>{d.liveness}</dt>
                    <dd>
                      <Score value={a.liveness} threshold={liveness} d={d} />
                    </dd>
                  </div>
                  <div>
                    <dt>{d.millis}</dt>
                    <dd>{a.millis === null ? d.noScore : d.millisValue(a.millis)}</dd>
                  </div>
                  {a.problem && (
                    <div>
                      <dt>{d.lastProblem}</dt>
                      <dd>{d.faceProblems[a.problem] ?? a.problem}</dd>
                    </div>
                  )}
                </dl>
                {shown === a.id ? (
                  <p class="case-shown">{d.shown}</p>
                ) : (
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-label={d.showSelfieOf(at)}
                    onClick={() => onShow(a.id)}
                  >
                    {d.showSelfie}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

// ── Before and after ─────────────────────────────────────────────────────────────────────────────

type View = DataUpdateCase['before'];

/** The data as rows the officer compares, each value as one line of text. */
function rowsOf(v: View, d: Texts): Record<keyof Texts['rows'], string | null> {
  const a = v.address;
  const region = a && [a.districtName, a.regencyName, a.provinceName].filter(Boolean).join(', ');
  return {
    phone: v.phone,
    email: v.email,
    npwp: v.npwp?.formatted ?? null,
    bank: v.bank
      ? `${v.bank.bankName} (${v.bank.code})${v.bank.isStateOwned ? ` · ${d.himbara}` : ''}`
      : null,
    accountNumber: v.bank?.accountNumber ?? null,
    holderName: v.bank ? (v.bank.holderName ?? d.holderPending) : null,
    familyCardNumber: v.familyCardNumber,
    address: a
      ? [a.street, `RT ${a.rt}/RW ${a.rw}`, a.village, region || a.districtCode, a.postalCode]
          .filter(Boolean)
          .join(', ')
      : null,
    maritalStatus: v.maritalStatus ? (d.maritalStatuses[v.maritalStatus] ?? v.maritalStatus) : null,
    mothersMaidenName: v.mothersMaidenName,
    emergencyContact: v.emergencyContact
      ? `${v.emergencyContact.name} (${d.relations[v.emergencyContact.relation] ?? v.emergencyContact.relation}), ${v.emergencyContact.phone}`
      : null,
  };
}

function Changes({ theCase }: { theCase: DataUpdateCase }) {
  const d = useConsoleT().dataUpdate;
  const before = rowsOf(theCase.before, d);
  const after = rowsOf(theCase.after, d);
  // Rows empty on both sides say nothing: a face check alone often changes no data at all.
  const keys = (Object.keys(d.rows) as (keyof Texts['rows'])[]).filter(
    (k) => before[k] !== null || after[k] !== null,
  );
  const anyChange = keys.some((k) => before[k] !== after[k]);
  return (
    <section class="console__section" aria-labelledby="changes-title">
      <h2 id="changes-title">{d.changesTitle}</h2>
      <p class="muted">{anyChange ? d.changesIntro : d.noChanges}</p>
      {keys.length > 0 && (
        <div class="case-table-wrap">
          <table class="case-table">
            <thead>
              <tr>
                <th scope="col">{d.field}</th>
                <th scope="col">{d.before}</th>
                <th scope="col">{d.after}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => {
                const changed = before[k] !== after[k];
                return (
                  <tr key={k} class={changed ? 'case-changed' : undefined}>
                    <th scope="row">
                      {d.rows[k]}
                      {changed && <span class="badge case-changed__mark">{d.changed}</span>}
                    </th>
                    <td data-label={d.before}>{before[k] ?? d.empty}</td>
                    <td data-label={d.after}>{after[k] ?? d.empty}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function History({ theCase }: { theCase: DataUpdateCase }) {
  const t = useT();
  const d = useConsoleT().dataUpdate;
  // A corrected birth date reads as a date, not as the wire's YYYY-MM-DD.
  const shown = (field: string, value: string | null) =>
    value === null ? d.empty : field === 'identity.birthDate' ? formatDate(value, t) : value;
  return (
    <section class="console__section" aria-labelledby="history-title">
      <h2 id="history-title">{d.historyTitle}</h2>
      {theCase.versions.length === 0 ? (
        <p class="empty">{d.noHistory}</p>
      ) : (
        <ol class="console-list case-history">
          {theCase.versions.map((v) => (
            <li key={v.version} class="console-item">
              <h3 class="console-item__title">
                <span>{d.version(v.version)}</span>
                <span class="console-item__meta">
                  {formatDateTime(v.at, t)} · {d.authors[v.author.kind]}
                  {v.author.name && `: ${v.author.name}`}
                  {v.kpj && ` · ${d.byCard(v.kpj)}`}
                </span>
              </h3>
              <ul class="case-history__changes">
                {v.changes.map((change) => (
                  <li key={change.field}>
                    <strong>{d.historyFields[change.field] ?? change.field}</strong>:{' '}
                    <span class="case-old">{shown(change.field, change.before)}</span>{' '}
                    <span aria-hidden="true">→</span>
                    <span class="sr-only">{d.after}</span> {shown(change.field, change.after)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// ── Decision ─────────────────────────────────────────────────────────────────────────────────────

function Decision({ theCase }: { theCase: DataUpdateCase }) {
  const c = useConsoleT();
  const d = c.dataUpdate;
  const locale = lang.value;
  const { route } = useLocation();
  const [mode, setMode] = useState<'choose' | 'approve' | 'return'>('choose');
  const [approveNote, setApproveNote] = useState('');
  const [reasons, setReasons] = useState<ReturnReason[]>([]);
  const [returnNote, setReturnNote] = useState('');
  const [reasonsError, setReasonsError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const name = theCase.person.fullName;

  function toggle(reason: ReturnReason, on: boolean) {
    setReasons((now) =>
      on ? RETURN_REASONS.filter((r) => r === reason || now.includes(r)) : now.filter((r) => r !== reason),
    );
    setReasonsError(null);
  }

  function confirmStep(next: 'approve' | 'return') {
    setError(null);
    setMode(next);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel() {
    setMode('choose');
    requestAnimationFrame(() => approveRef.current?.focus());
  }

  function askToReturn(event: Event) {
    event.preventDefault();
    const note = returnNote.trim();
    const missing = reasons.length === 0 ? d.reasonsMissing : null;
    const badNote =
      note.length > NOTE_MAX ? d.noteTooLong : reasons.includes('other') && !note ? d.noteRequired : null;
    setReasonsError(missing);
    setNoteError(badNote);
    if (missing) return firstReasonRef.current?.focus();
    if (badNote) return noteRef.current?.focus();
    confirmStep('return');
  }

  async function decide(body: DataUpdateDecisionBody) {
    setBusy(true);
    setError(null);
    const result = await consoleApi.decideDataUpdate(theCase.id, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setMode('choose');
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    consoleNotice.value =
      body.decision === 'return'
        ? d.decidedReturned(name)
        : result.data.status === 'updated'
          ? d.decidedUpdated(name)
          : theCase.kind === 'face_check'
            ? d.decidedFace(name)
            : d.decidedApproved(name);
    route(CONSOLE_HOME);
  }

  const withNote = (note: string) => (note.trim() ? { note: note.trim() } : {});
  const gone = error && (isProblem(error, 'review_already_decided') || isProblem(error, 'not_found'));

  return (
    <section class="console__section case-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{d.decisionTitle}</h2>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <FormProblem error={error} />
          {gone && (
            <p>
              <a href={CONSOLE_HOME}>{d.backToQueue}</a>
            </p>
          )}
        </div>
      )}
      {mode === 'approve' && (
        <div class="panel console-confirm case-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {d.approveTitle}
          </h3>
          <p>{theCase.kind === 'face_check' ? d.approveFace : d.approveData}</p>
          <Field id="approve-note" label={d.approveNote} hint={d.approveNoteHint}>
            {(a11y) => (
              <textarea
                {...a11y}
                class="console-textarea"
                name="note"
                maxLength={NOTE_MAX}
                value={approveNote}
                onInput={(e) => setApproveNote(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => decide({ decision: 'approve', ...withNote(approveNote) })}
            >
              {busy && <span class="spinner" aria-hidden="true" />}
              {busy ? d.deciding : d.confirmApprove}
            </button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
              {d.cancel}
            </button>
          </div>
        </div>
      )}
      {mode === 'return' && (
        <div class="panel console-confirm case-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {d.returnConfirmTitle}
          </h3>
          <p>{d.returnConfirmText(reasons.length)}</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{d.reasonLabels[r]}</li>
            ))}
          </ul>
          {returnNote.trim() && <p class="console-quote">{returnNote.trim()}</p>}
          <div class="console-buttons">
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => decide({ decision: 'return', reasons, ...withNote(returnNote) })}
            >
              {busy && <span class="spinner" aria-hidden="true" />}
              {busy ? d.deciding : d.confirmReturn}
            </button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
              {d.cancel}
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
              {d.approve}
            </button>
          </div>
          <form class="form case-return" onSubmit={askToReturn} noValidate>
            <h3>{d.returnTitle}</h3>
            <p class="muted">{d.returnIntro}</p>
            <fieldset class="choices">
              <legend class="choices__legend">{d.reasonsLegend}</legend>
              {reasonsError && (
                <p id="reasons-error" class="field__error">
                  {reasonsError}
                </p>
              )}
              {RETURN_REASONS.map((r, index) => (
                <label key={r} class="choice">
                  <input
                    ref={index === 0 ? firstReasonRef : undefined}
                    type="checkbox"
                    name="reasons"
                    value={r}
                    checked={reasons.includes(r)}
                    aria-invalid={reasonsError ? true : undefined}
                    aria-labelledby={`reason-${r}-title`}
                    aria-describedby={[reasonsError ? 'reasons-error' : '', `reason-${r}-help`]
                      .filter(Boolean)
                      .join(' ')}
                    onChange={(e) => toggle(r, e.currentTarget.checked)}
                  />
                  <span class="choice__text">
                    <span id={`reason-${r}-title`} class="choice__title">
                      {d.reasonLabels[r]}
                    </span>
                    <span id={`reason-${r}-help`} class="choice__help">
                      {d.memberReads} “{returnReasons[r][locale]}”
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <Field
              id="return-note"
              label={d.returnNote}
              hint={d.returnNoteHint}
              error={noteError ?? undefined}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  ref={noteRef}
                  class="console-textarea"
                  name="note"
                  maxLength={NOTE_MAX}
                  value={returnNote}
                  onInput={(e) => {
                    setReturnNote(e.currentTarget.value);
                    setNoteError(null);
                  }}
                />
              )}
            </Field>
            <button type="submit" class="button button--secondary console-reject">
              {d.returnButton}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

// ── The page ─────────────────────────────────────────────────────────────────────────────────────

function Person({ theCase }: { theCase: DataUpdateCase }) {
  const t = useT();
  const d = useConsoleT().dataUpdate;
  const p = theCase.person;
  const review = theCase.review;
  return (
    <>
      <h2 class="console__subject">
        {theCase.kind && <span class="badge console-kind">{d.kinds[theCase.kind]}</span>} {p.fullName}
      </h2>
      <dl class="console-facts console-facts--wide panel">
        <div>
          <dt>{d.nik}</dt>
          <dd class="console-number">{p.nik}</dd>
        </div>
        <div>
          <dt>{d.birthDate}</dt>
          <dd>{formatDate(p.birthDate, t)}</dd>
        </div>
        <div>
          <dt>{d.sex}</dt>
          <dd>{d.sexes[p.sex]}</dd>
        </div>
        <div>
          <dt>{d.kpj}</dt>
          <dd>
            <Kpj kpj={theCase.kpj} />
          </dd>
        </div>
        <div>
          <dt>{d.status}</dt>
          <dd>
            {d.statuses[theCase.status]}
            {theCase.round > 1 && ` · ${d.round}${theCase.round}`}
          </dd>
        </div>
        {review && (
          <>
            <div>
              <dt>{d.openedAt}</dt>
              <dd>{formatDateTime(review.openedAt, t)}</dd>
            </div>
            <div>
              <dt>{d.dueOn}</dt>
              <dd class={review.overdue ? 'console-overdue' : undefined}>
                {formatDate(review.dueOn, t)}
                {review.overdue && ` (${d.overdue.toLowerCase()})`}
              </dd>
            </div>
            <div>
              <dt>{d.holderNow}</dt>
              <dd>{review.holder ?? d.noHolder}</dd>
            </div>
          </>
        )}
      </dl>
    </>
  );
}

function CaseBody({ id }: { id: string }) {
  const d = useConsoleT().dataUpdate;
  const theCase = useResource((signal) => consoleApi.dataUpdateCase(id, signal), [id]);
  const [shown, setShown] = useState<string | undefined>(undefined);
  if (theCase.error) return <ErrorState error={theCase.error} onRetry={theCase.retry} />;
  if (!theCase.data) return <Loading />;
  const data = theCase.data;
  const attempt = data.faceAttempts.find((a) => a.id === shown) ?? data.faceAttempts.at(-1);
  return (
    <>
      <Person theCase={data} />
      <Photos theCase={data} attempt={attempt} />
      <Attempts theCase={data} shown={attempt?.id} onShow={setShown} />
      <Changes theCase={data} />
      <History theCase={data} />
      {data.review ? <Decision theCase={data} /> : <p class="console-warning">{d.notOpen}</p>}
    </>
  );
}

export function DataUpdateCasePage() {
  const c = useConsoleT();
  const d = c.dataUpdate;
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? '';
  const open = query.tujuan === PURPOSE;
  return (
    <ConsoleShell title={d.title} roles={OFFICERS}>
      {() => (
        <div class="console__page">
          <a class="back" href={CONSOLE_HOME}>
            <span aria-hidden="true">←</span> {d.backToQueue}
          </a>
          <h1>{d.title}</h1>
          {open ? (
            <>
              <p class="console-note console-note--block">
                {d.purposeShown(c.purposes[PURPOSE])} {c.purpose.recorded}
              </p>
              <CaseBody id={id} />
            </>
          ) : (
            <section class="panel purpose" aria-labelledby="purpose-title">
              <h2 id="purpose-title">{d.gateTitle}</h2>
              <p class="muted">{d.gateIntro}</p>
              <p class="console-note">
                {d.gatePurpose(c.purposes[PURPOSE])} {c.purpose.recorded}
              </p>
              <button
                type="button"
                class="button button--primary"
                onClick={() => route(dataUpdateCasePath(id, true), true)}
              >
                {d.gateOpen}
              </button>
            </section>
          )}
        </div>
      )}
    </ConsoleShell>
  );
}
