/**
 * "Koreksi identitas": the member whose name or birth date is wrong asks for the KTP's value, with
 * photos of the KTP or KK (taken with the camera or chosen), and then sees the request's status, the
 * date it is due and who holds it, or the officer's reason. What was typed stays on screen on an
 * error; photos are uploaded as they are chosen, each with its own progress line.
 */
import type {
  EvidenceKind,
  IdentityCorrectionsResponse,
  IdentityCorrectionView,
  IdentityField,
} from '@jmo/core/contracts/identity-correction';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem, problemText } from '../../components/FormProblem.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { type Messages, useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { identityApi } from './api.ts';
import { type IdentityTexts, useIdentityT } from './texts.ts';
import './identity-correction.css';

type Photo = { key: number; kind: EvidenceKind; id?: string; error?: ApiError };

function StatusCard({ request, x, t }: { request: IdentityCorrectionView; x: IdentityTexts; t: Messages }) {
  const asked = request.fields
    .map((f) =>
      f === 'fullName'
        ? `${x.fullName}: ${request.values.fullName ?? ''}`
        : `${x.birthDate}: ${request.values.birthDate ? formatDate(request.values.birthDate, t) : ''}`,
    )
    .join('; ');
  return (
    <section class={`panel-box idc-status idc-status--${request.status}`} aria-labelledby="idc-status-title">
      <h2 id="idc-status-title" tabIndex={-1}>
        {x.statusTitle}
      </h2>
      <p class="idc-status__state" role="status">
        {x.status[request.status]}
      </p>
      <dl class="idc-facts">
        <div>
          <dt>{x.requested}</dt>
          <dd>{asked}</dd>
        </div>
        <div>
          <dt>{x.sentAt}</dt>
          <dd>{formatDateTime(request.createdAt, t)}</dd>
        </div>
        {request.status === 'open' && (
          <>
            <div>
              <dt>{x.due}</dt>
              <dd>{formatDate(request.dueOn, t)}</dd>
            </div>
            <div>
              <dt>{x.holder}</dt>
              <dd>{request.holder ?? x.noHolder}</dd>
            </div>
          </>
        )}
        {request.decisionReason && (
          <div>
            <dt>{x.reason}</dt>
            <dd>{request.decisionReason}</dd>
          </div>
        )}
      </dl>
      {request.status === 'rejected' && <p>{x.askAgain}</p>}
    </section>
  );
}

function RequestForm({
  current,
  onSent,
}: {
  current: IdentityCorrectionsResponse['current'];
  onSent: () => void;
}) {
  const t = useT();
  const x = useIdentityT();
  const [fields, setFields] = useState<IdentityField[]>([]);
  const [fullName, setFullName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [explanation, setExplanation] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('ktp');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(0);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const keyRef = useRef(0);

  const toggle = (field: IdentityField, on: boolean) =>
    setFields((now) => (on ? [...now.filter((f) => f !== field), field] : now.filter((f) => f !== field)));

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      const key = ++keyRef.current;
      setPhotos((now) => [...now, { key, kind }]);
      setUploading((n) => n + 1);
      const result = await identityApi.upload(kind, file);
      setUploading((n) => n - 1);
      setPhotos((now) =>
        now.map((p) =>
          p.key === key ? (result.ok ? { ...p, id: result.data.id } : { ...p, error: result.error }) : p,
        ),
      );
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const ids = photos.filter((p) => p.id).map((p) => p.id!);
    const problems: Record<string, string> = {};
    if (fields.length === 0) problems.fields = x.chooseField;
    if (fields.includes('fullName') && fullName.trim().length < 2) problems.fullName = x.typeValue;
    if (fields.includes('birthDate') && !birthDate) problems.birthDate = x.typeValue;
    if (explanation.trim().length < 10) problems.explanation = x.explain;
    if (ids.length === 0) problems.evidence = x.needPhoto;
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      document.getElementById(`idc-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    setSending(true);
    setError(null);
    const result = await identityApi.create({
      fields,
      values: {
        ...(fields.includes('fullName') ? { fullName } : {}),
        ...(fields.includes('birthDate') ? { birthDate } : {}),
      },
      explanation,
      evidenceIds: ids,
    });
    setSending(false);
    if (result.ok) onSent();
    else setError(result.error);
  }

  const fieldError = (name: string) =>
    missing[name] ??
    (error?.kind === 'problem' && error.errors?.some((e) => e.path.endsWith(name))
      ? problemText(error, t)
      : undefined);

  return (
    <form class="form idc-form" onSubmit={submit} noValidate aria-busy={sending || uploading > 0}>
      <fieldset class="field" aria-describedby={missing.fields ? 'idc-fields-error' : undefined}>
        <legend>{x.whichFields}</legend>
        {missing.fields && (
          <p id="idc-fields-error" class="field__error">
            {missing.fields}
          </p>
        )}
        <label class="idc-check">
          <input
            id="idc-fields"
            type="checkbox"
            checked={fields.includes('fullName')}
            onChange={(e) => toggle('fullName', e.currentTarget.checked)}
          />
          <span>
            {x.fullName} <span class="muted">({current.fullName})</span>
          </span>
        </label>
        <label class="idc-check">
          <input
            type="checkbox"
            checked={fields.includes('birthDate')}
            onChange={(e) => toggle('birthDate', e.currentTarget.checked)}
          />
          <span>
            {x.birthDate} <span class="muted">({formatDate(current.birthDate, t)})</span>
          </span>
        </label>
      </fieldset>
      {fields.includes('fullName') && (
        <Field id="idc-fullName" label={x.newName} hint={x.newNameHint} error={fieldError('fullName')}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              autocomplete="name"
              autocapitalize="characters"
              maxLength={100}
              value={fullName}
              onInput={(e) => setFullName(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      {fields.includes('birthDate') && (
        <Field id="idc-birthDate" label={x.newBirthDate} error={fieldError('birthDate')}>
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={birthDate}
              onInput={(e) => setBirthDate(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <Field id="idc-explanation" label={x.explanation} hint={x.explanationHint} error={missing.explanation}>
        {(a11y) => (
          <textarea
            {...a11y}
            rows={3}
            maxLength={1000}
            value={explanation}
            onInput={(e) => setExplanation(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="field">
        <legend>{x.evidence}</legend>
        <p class="field__hint" id="idc-evidence-hint">
          {x.evidenceHint}
        </p>
        {missing.evidence && <p class="field__error">{missing.evidence}</p>}
        <div class="idc-kinds" role="radiogroup" aria-label={x.evidenceKind}>
          {(['ktp', 'kk'] as const).map((k) => (
            <label key={k} class="idc-check">
              <input type="radio" name="idc-kind" checked={kind === k} onChange={() => setKind(k)} />
              <span>{x[k]}</span>
            </label>
          ))}
        </div>
        <label class="button button--secondary button--block idc-add">
          {x.addPhoto}
          <input
            id="idc-evidence"
            class="sr-only"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            aria-describedby="idc-evidence-hint"
            onChange={choose}
          />
        </label>
        <ul class="idc-photos" aria-live="polite">
          {photos.map((p, i) => (
            <li key={p.key}>
              {p.error ? (
                <span class="field__error">{problemText(p.error, t)}</span>
              ) : p.id ? (
                <span>{x.uploaded(x[p.kind], i + 1)}</span>
              ) : (
                <span class="idc-progress" role="status">
                  <span class="idc-spinner" aria-hidden="true" />
                  {x.uploading}
                </span>
              )}
              {(p.id || p.error) && (
                <button
                  type="button"
                  class="button button--secondary idc-remove"
                  onClick={() => setPhotos((now) => now.filter((q) => q.key !== p.key))}
                >
                  {x.removePhoto}
                </button>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {error && <FormProblem error={error} />}
      <button
        type="submit"
        class="button button--primary button--block"
        disabled={sending || uploading > 0}
        aria-disabled={sending || uploading > 0}
      >
        {sending ? x.submitting : x.submit}
      </button>
      {sending && (
        <p class="idc-progress" role="status">
          <span class="idc-spinner" aria-hidden="true" />
          {x.submitting}
        </p>
      )}
    </form>
  );
}

export function IdentityCorrectionPage() {
  const t = useT();
  const x = useIdentityT();
  useTitle(x.title);
  const [version, setVersion] = useState(0);
  const list = useResource(
    async (signal) => {
      const result = await identityApi.list(signal);
      if (result.ok) signedIn.value = true;
      return result;
    },
    [version],
  );
  const redirecting = useRedirectIfSignedOut(list.error);
  const latest = list.data?.requests[0];
  const open = latest?.status === 'open';

  // After sending, the status takes the focus, so a screen reader reads the outcome.
  const [justSent, setJustSent] = useState(false);
  useEffect(() => {
    if (justSent && latest) document.getElementById('idc-status-title')?.focus();
  }, [justSent, latest]);

  return (
    <div class="page">
      <a href="/keamanan" class="back">
        <span aria-hidden="true">‹ </span>
        {t.security.title}
      </a>
      <h1>{x.title}</h1>
      <p class="lead">{x.intro}</p>
      {redirecting ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : !list.data ? (
        <Loading lines={4} />
      ) : (
        <>
          {latest && <StatusCard request={latest} x={x} t={t} />}
          {!open && (
            <RequestForm
              current={list.data.current}
              onSent={() => {
                setJustSent(true);
                setVersion((v) => v + 1);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
