/**
 * "Kartu Digital" (`/kartu/{kpj}/digital`): the card as a signed credential with its QR code, for a
 * clinic to scan (the QR opens `/verify`), a one-page PDF to print, and "Terbitkan ulang" (after a
 * confirmation) when a phone or a printed copy is lost: the old one is revoked at once.
 */
import type { CardCredentialResponse } from '@jmo/core/contracts/card-credentials';
import { useRef, useState } from 'preact/hooks';
import { API_BASE, type ApiError, api } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { useTitle } from '../../title.ts';
import { useDigitalCardT } from './digital-card.texts.ts';
import './digital-card.css';

const KPJ = /^\d{11}$/;
/** The calendar date of an instant in Indonesia's western zone, as the card's dates are read. */
const isoDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(iso));

export function DigitalCardPage({ kpj = '' }: { kpj?: string }) {
  const t = useT();
  const d = useDigitalCardT();
  useTitle(d.title);
  const valid = KPJ.test(kpj);
  const credential = useResource<CardCredentialResponse>(
    (signal) =>
      valid
        ? api.cardCredential(kpj, signal)
        : Promise.resolve({ ok: false, error: { kind: 'problem', status: 404, code: 'card_not_found' } }),
    [kpj],
  );
  const [reissued, setReissued] = useState<CardCredentialResponse | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const reissueButton = useRef<HTMLButtonElement>(null);
  const redirecting = useRedirectIfSignedOut(credential.error ?? problem ?? undefined);

  const current = reissued ?? credential.data;
  const missing = credential.error?.kind === 'problem' && credential.error.code === 'card_not_found';

  async function reissue() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await api.reissueCardCredential(kpj);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setReissued(result.data);
    setStatus(d.reissued);
    reissueButton.current?.focus();
  }

  return (
    <div class="page">
      <a href={`/kartu/${kpj}`} class="back">
        <span aria-hidden="true">‹ </span>
        {d.backToCard}
      </a>
      <h1>{d.title}</h1>
      <p class="form__status" role="status">
        {status}
      </p>
      {redirecting ? (
        <Loading />
      ) : credential.error && !current ? (
        <ErrorState error={credential.error} onRetry={missing ? undefined : credential.retry} />
      ) : !current ? (
        <Loading lines={4} />
      ) : (
        <>
          <section class="card card--static digital-card" aria-labelledby="digital-card-name">
            <span class="card__top">
              <span class="card__kpj">
                <span class="card__label">{t.kpj}</span> <Kpj kpj={current.payload.kpj} />
              </span>
              <span class={`badge badge--${current.payload.status}`}>{t.status[current.payload.status]}</span>
            </span>
            <h2 id="digital-card-name" class="digital-card__name">
              {current.payload.name}
            </h2>
            <span class="card__segment">{t.segments[current.payload.segment]}</span>
            {current.payload.employer && <span class="card__employer">{current.payload.employer}</span>}
            <img
              class="digital-card__qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(current.qrSvg)}`}
              alt={d.qrAlt(current.payload.kpj)}
              width={240}
              height={240}
              data-verify-url={current.verifyUrl}
            />
            <dl class="digital-card__facts">
              <div>
                <dt>{d.programs}</dt>
                <dd>{current.payload.programs.join(', ')}</dd>
              </div>
              <div>
                <dt>{d.issued}</dt>
                <dd>{formatDate(isoDate(current.issuedAt), t)}</dd>
              </div>
              <div>
                <dt>{d.validUntil}</dt>
                <dd>{formatDate(isoDate(current.expiresAt), t)}</dd>
              </div>
            </dl>
          </section>
          <p class="muted">{d.explain}</p>
          {current.outdated && <p class="digital-card__notice">{d.outdated}</p>}
          <div class="actions">
            <a class="button button--primary" href={`${API_BASE}/me/cards/${kpj}/card.pdf`} download>
              {d.download}
            </a>
            <a class="button button--secondary" href={current.verifyUrl}>
              {d.verifyLink}
            </a>
            {confirming ? (
              <section class="digital-card__confirm" aria-labelledby="reissue-title">
                <h2 id="reissue-title">{d.reissueConfirmTitle}</h2>
                <p>{d.reissueConfirmText}</p>
                <div class="actions">
                  <button type="button" class="button button--primary" onClick={reissue} disabled={busy}>
                    {busy ? d.reissuing : d.reissueConfirm}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => {
                      setConfirming(false);
                      reissueButton.current?.focus();
                    }}
                  >
                    {d.reissueCancel}
                  </button>
                </div>
              </section>
            ) : (
              <button
                ref={reissueButton}
                type="button"
                class="button button--secondary"
                onClick={() => {
                  setStatus('');
                  setConfirming(true);
                }}
              >
                {d.reissue}
              </button>
            )}
          </div>
          {problem && <FormProblem error={problem} />}
        </>
      )}
    </div>
  );
}
