import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { RecoveryDecision, RecoveryRequestRecord } from './api.ts';
import { CONSOLE_HOME, consoleApi } from './api.ts';
import { ConsoleShell, OFFICERS } from './Shell.tsx';
import { useConsoleT } from './texts.ts';

const REASON_MIN = 5;
const REASON_MAX = 500;

/**
 * Approve (after a confirmation: it moves the account to the new e-mail and number and ends its
 * sessions) or reject with a reason that goes to the applicant.
 */
function Decision({ request }: { request: RecoveryRequestRecord }) {
  const c = useConsoleT();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<'resolved' | 'rejected' | null>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  async function decide(body: RecoveryDecision) {
    setBusy(true);
    setError(null);
    const result = await consoleApi.decide(request.id, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setOutcome(result.data.status);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  function askToConfirm() {
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => approveRef.current?.focus());
  }

  function reject(event: Event) {
    event.preventDefault();
    if (busy) return;
    const text = reason.trim();
    const problem =
      text.length < REASON_MIN
        ? c.request.reasonMissing
        : text.length > REASON_MAX
          ? c.request.reasonTooLong
          : null;
    setReasonError(problem);
    if (problem) {
      reasonRef.current?.focus();
      return;
    }
    void decide({ decision: 'reject', reason: text });
  }

  if (outcome) {
    return (
      <div class="panel">
        <p class="console-done" role="status" tabIndex={-1} ref={outcomeRef}>
          {outcome === 'resolved' ? c.request.approved : c.request.rejected}
        </p>
        <a href={CONSOLE_HOME}>{c.request.backToQueue}</a>
      </div>
    );
  }

  return (
    <section class="console__section" aria-labelledby="decision-title">
      <h2 id="decision-title">{c.request.decisionTitle}</h2>
      {error && <FormProblem error={error} />}
      {request.matchesAccount ? (
        confirming ? (
          <div class="panel console-confirm">
            <h3 ref={confirmRef} tabIndex={-1}>
              {c.request.confirmTitle}
            </h3>
            <p>{c.request.confirmText(request.newEmail, request.newPhone)}</p>
            <div class="console-buttons">
              <button
                type="button"
                class="button button--primary"
                disabled={busy}
                onClick={() => decide({ decision: 'approve' })}
              >
                {busy && <span class="spinner" aria-hidden="true" />}
                {busy ? c.request.deciding : c.request.confirmApprove}
              </button>
              <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
                {c.request.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div class="console-buttons">
            <button type="button" class="button button--primary" ref={approveRef} onClick={askToConfirm}>
              {c.request.approve}
            </button>
          </div>
        )
      ) : (
        <p class="console-warning">{c.request.noMatch}</p>
      )}
      <form class="form" onSubmit={reject} noValidate aria-busy={busy}>
        <Field
          id="reject-reason"
          label={c.request.reasonLabel}
          hint={c.request.reasonHint}
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
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button button--secondary console-reject" disabled={busy}>
          {c.request.reject}
        </button>
      </form>
    </section>
  );
}

function Details({ request }: { request: RecoveryRequestRecord }) {
  const t = useT();
  const c = useConsoleT();
  return (
    <>
      <h2 class="console__subject">
        <span class="console-number">{request.reference}</span>
      </h2>
      <dl class="console-facts console-facts--wide panel">
        <div>
          <dt>{c.request.fullName}</dt>
          <dd>{request.fullName}</dd>
        </div>
        <div>
          <dt>{c.request.nik}</dt>
          <dd class="console-number">{request.nik}</dd>
        </div>
        <div>
          <dt>{c.request.birthDate}</dt>
          <dd>{formatDate(request.birthDate, t)}</dd>
        </div>
        <div>
          <dt>{c.request.kpj}</dt>
          <dd>
            <Kpj kpj={request.kpj} />
          </dd>
        </div>
        <div>
          <dt>{c.request.newEmail}</dt>
          <dd>{request.newEmail}</dd>
        </div>
        <div>
          <dt>{c.request.newPhone}</dt>
          <dd>{request.newPhone}</dd>
        </div>
        <div>
          <dt>{c.request.submittedAt}</dt>
          <dd>{formatDateTime(request.submittedAt, t)}</dd>
        </div>
        <div>
          <dt>{c.request.dueOn}</dt>
          <dd>{formatDate(request.dueOn, t)}</dd>
        </div>
        <div class="console-facts__full">
          <dt>{c.request.note}</dt>
          <dd class="console-quote">{request.note}</dd>
        </div>
      </dl>
      <h2>{c.request.checkTitle}</h2>
      <p>{c.request.checkHelp}</p>
    </>
  );
}

function RequestBody({ id }: { id: string }) {
  const request = useResource((signal) => consoleApi.recoveryRequest(id, signal), [id]);
  if (request.error) return <ErrorState error={request.error} onRetry={request.retry} />;
  if (!request.data) return <Loading />;
  return (
    <>
      <Details request={request.data} />
      <Decision request={request.data} />
    </>
  );
}

/** `/console/pemulihan/:requestId`: one account-recovery request in full (opening it is recorded). */
export function RecoveryRequestPage() {
  const c = useConsoleT();
  const { params } = useRoute();
  return (
    <ConsoleShell title={c.request.title} roles={OFFICERS}>
      {() => (
        <div class="console__page">
          <a class="back" href={CONSOLE_HOME}>
            <span aria-hidden="true">←</span> {c.request.backToQueue}
          </a>
          <h1>{c.request.title}</h1>
          <p class="console-note console-note--block">{c.request.recorded}</p>
          <RequestBody id={params.requestId ?? ''} />
        </div>
      )}
    </ConsoleShell>
  );
}
