/**
 * `/klaim-jht/:kpj/ajukan`: the in-app JHT claim, one step per screen — reason (creates the draft on
 * the server), membership data ("Sudah"), balance detail, selfie re-verification, NPWP and bank
 * account, statement and "Konfirmasi" (step-up when the server asks) — then the success screen.
 * The draft lives on the server: a reload finds it in `GET /me/claims` and resumes where the member
 * was (the step is kept in sessionStorage with the draft's id). The idempotency key is kept per card
 * in sessionStorage, so a reload or a double tap never makes a second claim.
 */
import type { Card } from '@jmo/core/contracts/cards';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ApiError, ApiResult } from '../../api.ts';
import { api, isProblem } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { RadioChoices } from '../../components/Choices.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { StepHeader } from '../../components/Steps.tsx';
import { StepUp } from '../../components/StepUp.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { attemptsLeftOf, SelfieCapture } from '../data-update/SelfieCapture.tsx';
import {
  type ClaimDetail,
  type ClaimSummary,
  claimKey,
  claimsApi,
  dataUpdatePath,
  eligibilityPath,
  forgetClaimKey,
  forgetStep,
  isOpen,
  type JhtClaimReason,
  keepStep,
  keptStep,
  trackingPath,
} from './api.ts';
import { AmountsTable, ClaimProblem, StateFacts } from './parts.tsx';
import { type Step, useClaimsT } from './texts.ts';

export const WIZARD_STEPS: readonly Step[] = [
  'reason',
  'membership',
  'balance',
  'selfie',
  'bank',
  'statement',
];
type Place = Step | 'done';

const EDITABLE = new Set<string>(['draft', 'returned_for_fix']);

type Loaded = {
  fullName: string;
  card: Card | null;
  /** The card's draft claim, to resume. */
  draft: ClaimDetail | null;
  /** Another claim of the card still in progress (not a draft): no new claim can start. */
  open: ClaimSummary | null;
};

async function load(kpj: string, signal: AbortSignal): Promise<ApiResult<Loaded>> {
  const [me, cards, claims] = await Promise.all([api.me(signal), api.cards(signal), claimsApi.list(signal)]);
  if (!me.ok) return me;
  if (!cards.ok) return cards;
  if (!claims.ok) return claims;
  signedIn.value = true;
  const mine = claims.data.claims.filter((c) => c.kpj === kpj);
  // A draft, or a claim an officer returned for a fix: both are finished in this wizard.
  const draftSummary = mine.find((c) => EDITABLE.has(c.state));
  let draft: ClaimDetail | null = null;
  if (draftSummary) {
    const detail = await claimsApi.get(draftSummary.id, signal);
    if (!detail.ok) return detail;
    draft = detail.data;
  }
  return {
    ok: true,
    data: {
      fullName: me.data.fullName,
      card: cards.data.cards.find((c) => c.kpj === kpj) ?? null,
      draft,
      open: draft ? null : (mine.find((c) => isOpen(c.state)) ?? null),
    },
  };
}

const faceDone = (claim: ClaimDetail) => claim.face.status === 'passed' || claim.face.status === 'referred';

/** Where a resumed draft opens: where the member was, never past a selfie not yet taken. */
export function resumeStep(claim: ClaimDetail, kept: string | null): Step {
  const step = WIZARD_STEPS.find((s) => s === kept) ?? 'membership';
  const at = WIZARD_STEPS.indexOf(step);
  if (at > WIZARD_STEPS.indexOf('selfie') && !faceDone(claim)) return 'selfie';
  return step === 'reason' ? 'membership' : step;
}

// ── Steps ─────────────────────────────────────────────────────────────────────────────────────────

function NextButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const c = useClaimsT();
  return (
    <button type="button" class="button button--primary button--block" onClick={onClick}>
      {label ?? c.next}
    </button>
  );
}

function ReasonStep({
  kpj,
  claim,
  onStarted,
}: {
  kpj: string;
  claim: ClaimDetail | null;
  onStarted: (claim: ClaimDetail) => void;
}) {
  const c = useClaimsT();
  const [reason, setReason] = useState<JhtClaimReason | null>(claim?.reason ?? null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const first = useRef<HTMLInputElement>(null);

  async function start(event: Event) {
    event.preventDefault();
    if (sending.current) return;
    if (!reason) {
      setMissing(true);
      first.current?.focus();
      return;
    }
    // Back on this step with the draft's own reason: nothing to send again.
    if (claim && claim.reason === reason) {
      onStarted(claim);
      return;
    }
    sending.current = true;
    setBusy(true);
    setError(null);
    const result = await claimsApi.start(kpj, reason, claimKey(kpj));
    if (result.ok) {
      sending.current = false;
      setBusy(false);
      onStarted(result.data);
      return;
    }
    if (isProblem(result.error, 'claim_already_open')) {
      // The problem names the claim in words; its tracking page is found among the member's claims.
      const list = await claimsApi.list();
      const open = list.ok ? list.data.claims.find((x) => x.kpj === kpj && isOpen(x.state)) : undefined;
      setOpenId(open?.id ?? null);
    }
    sending.current = false;
    setBusy(false);
    setError(result.error);
  }

  return (
    <form class="form" onSubmit={start} noValidate aria-busy={busy}>
      <RadioChoices
        name="reason"
        legend={c.reasonLegend}
        options={(['resigned', 'terminated'] as const).map((value) => ({ value, ...c.reasons[value] }))}
        value={reason}
        onChoose={(value) => {
          setReason(value);
          setMissing(false);
        }}
        error={missing ? c.reasonMissing : undefined}
        firstRef={first}
      />
      <div class="claim-note">
        <p>{c.otherReasons}</p>
        <p>
          <a href="/lapak-asik">{c.lapakAsik}</a>
        </p>
      </div>
      {error && (
        <ClaimProblem error={error}>
          {isProblem(error, 'claim_not_eligible') && (
            <p>
              <a href={eligibilityPath(kpj)}>{c.backToEligibility}</a>
            </p>
          )}
          {isProblem(error, 'claim_already_open') && (
            <p>
              <a href={trackingPath(openId ?? undefined)}>{c.openClaimLink}</a>
            </p>
          )}
        </ClaimProblem>
      )}
      <button type="submit" class="button button--primary button--block" disabled={busy}>
        {busy ? (
          <>
            <span class="spinner" aria-hidden="true" /> {c.sending}
          </>
        ) : (
          c.next
        )}
      </button>
    </form>
  );
}

function MembershipStep({
  fullName,
  card,
  claim,
  onNext,
}: {
  fullName: string;
  card: Card | null;
  claim: ClaimDetail;
  onNext: () => void;
}) {
  const t = useT();
  const c = useClaimsT();
  const [notRight, setNotRight] = useState(false);
  return (
    <div class="form">
      <p>{c.membershipIntro}</p>
      <dl class="claim-facts">
        <div>
          <dt>{c.fullName}</dt>
          <dd>{fullName}</dd>
        </div>
        <div>
          <dt>{c.kpj}</dt>
          <dd>
            <Kpj kpj={claim.kpj} />
          </dd>
        </div>
        <div>
          <dt>{c.employer}</dt>
          <dd>{card?.employer?.name ?? c.notRecorded}</dd>
        </div>
        <div>
          <dt>{c.leftOn}</dt>
          <dd>{card?.leftOn ? formatDate(card.leftOn, t) : c.notRecorded}</dd>
        </div>
        <div>
          <dt>{c.reasonLabel}</dt>
          <dd>{c.reasons[claim.reason].title}</dd>
        </div>
      </dl>
      <NextButton onClick={onNext} label={c.dataYes} />
      <button type="button" class="button button--secondary button--block" onClick={() => setNotRight(true)}>
        {c.dataNo}
      </button>
      {notRight && (
        <div class="claim-note claim-note--wait" role="status">
          <p>{c.dataNoHelp}</p>
          <p>
            <a href={dataUpdatePath(claim.kpj)}>{c.dataNoLink}</a>
          </p>
        </div>
      )}
    </div>
  );
}

function BalanceStep({ claim, onNext }: { claim: ClaimDetail; onNext: () => void }) {
  const c = useClaimsT();
  if (!claim.amounts) {
    return (
      <p class="form__error" role="alert">
        {c.noAmounts}
      </p>
    );
  }
  return (
    <div class="form">
      <p>{c.balanceIntro}</p>
      <AmountsTable amounts={claim.amounts} />
      {!claim.amounts.hasNpwp && <p class="du-note">{c.noNpwpTax}</p>}
      <NextButton onClick={onNext} />
    </div>
  );
}

function SelfieStep({
  claim,
  onClaim,
  onNext,
}: {
  claim: ClaimDetail;
  onClaim: (claim: ClaimDetail) => void;
  onNext: () => void;
}) {
  const c = useClaimsT();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attemptsLeft, setAttemptsLeft] = useState<number>(claim.face.attemptsLeft);
  const sending = useRef(false);

  async function send(image: Blob) {
    if (sending.current) return;
    sending.current = true;
    setChecking(true);
    setError(null);
    const result = await claimsApi.selfie(claim.id, image);
    sending.current = false;
    setChecking(false);
    if (result.ok) {
      onClaim(result.data.claim);
      return;
    }
    setError(result.error);
    const left = attemptsLeftOf(result.error);
    if (left !== undefined) setAttemptsLeft(left);
  }

  if (claim.face.status === 'passed') {
    return (
      <div class="form">
        <p class="du-banner du-banner--ok" role="status">
          {c.selfiePassed}
        </p>
        <NextButton onClick={onNext} />
      </div>
    );
  }
  if (claim.face.status === 'referred') {
    return (
      <div class="form">
        <div class="du-banner du-banner--wait" role="status">
          <h2>{c.selfieReferred}</h2>
          <p>{c.selfieReferredText}</p>
        </div>
        <NextButton onClick={onNext} />
      </div>
    );
  }
  return (
    <SelfieCapture
      checking={checking}
      error={error}
      attemptsLeft={attemptsLeft}
      showAttempts={claim.face.status === 'failed'}
      intro={c.selfieIntro}
      onImage={(image) => void send(image)}
    />
  );
}

function BankStep({ claim, onNext }: { claim: ClaimDetail; onNext: () => void }) {
  const c = useClaimsT();
  const bank = claim.bank;
  return (
    <div class="form">
      <dl class="claim-facts">
        <div>
          <dt>{c.npwp}</dt>
          <dd>{claim.amounts?.hasNpwp ? c.npwpYes : c.npwpNo}</dd>
        </div>
        {bank && (
          <>
            <div>
              <dt>{c.bankName}</dt>
              <dd>{bank.bankName}</dd>
            </div>
            <div>
              <dt>{c.accountNumber}</dt>
              <dd class="console-number">{bank.accountNumberMasked}</dd>
            </div>
            <div>
              <dt>{c.holderName}</dt>
              <dd>{bank.holderName}</dd>
            </div>
          </>
        )}
      </dl>
      {claim.amounts && !claim.amounts.hasNpwp && <p class="du-note">{c.noNpwpTax}</p>}
      {bank ? (
        <>
          <p class="muted">{c.bankFrom}</p>
          <p class={bank.himbara ? 'claim-note' : 'claim-note claim-note--wait'}>
            {bank.himbara ? c.himbara : c.notHimbara}
          </p>
          <NextButton onClick={onNext} />
        </>
      ) : (
        <div class="form__error" role="alert">
          <p>{c.noBank}</p>
          <p>
            <a href={dataUpdatePath(claim.kpj)}>{c.dataNoLink}</a>
          </p>
        </div>
      )}
    </div>
  );
}

function StatementStep({
  claim,
  onSubmitted,
  onGoTo,
}: {
  claim: ClaimDetail;
  onSubmitted: (c: ClaimDetail) => void;
  onGoTo: (step: Step) => void;
}) {
  const c = useClaimsT();
  const [accepted, setAccepted] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stepUp, setStepUp] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef(false);
  const box = useRef<HTMLInputElement>(null);

  async function submit() {
    // A second tap (or StepUp confirming twice) while one is on its way sends nothing.
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    const result = await claimsApi.submit(claim.id, claimKey(claim.kpj));
    sending.current = false;
    setBusy(false);
    if (result.ok) {
      setStepUp(false);
      onSubmitted(result.data);
      return;
    }
    if (isProblem(result.error, 'step_up_required')) {
      setStepUp(true);
      return;
    }
    setStepUp(false);
    setError(result.error);
  }

  function confirm(event: Event) {
    event.preventDefault();
    if (!accepted) {
      setMissing(true);
      box.current?.focus();
      return;
    }
    void submit();
  }

  return (
    <>
      <form class="form" onSubmit={confirm} noValidate aria-busy={busy}>
        <h2>{c.statementTitle}</h2>
        <ol class="claim-statement">
          {c.statement.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        {missing && (
          <p id="statement-error" class="field__error">
            {c.statementMissing}
          </p>
        )}
        <label class="claim-check">
          <input
            ref={box}
            type="checkbox"
            name="statement"
            checked={accepted}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'statement-error' : undefined}
            onChange={(e) => {
              setAccepted(e.currentTarget.checked);
              setMissing(false);
            }}
          />
          <span>{c.statementAccept}</span>
        </label>
        {error && (
          <ClaimProblem error={error}>
            {isProblem(error, 'claim_selfie_required') && (
              <p>
                <button type="button" class="button button--secondary" onClick={() => onGoTo('selfie')}>
                  {c.stepTitles.selfie}
                </button>
              </p>
            )}
            {isProblem(error, 'claim_bank_missing') && (
              <p>
                <a href={dataUpdatePath(claim.kpj)}>{c.dataNoLink}</a>
              </p>
            )}
            {isProblem(error, 'claim_not_eligible') && (
              <p>
                <a href={eligibilityPath(claim.kpj)}>{c.backToEligibility}</a>
              </p>
            )}
            {isProblem(error, 'claim_not_editable') && (
              <p>
                <a href={trackingPath(claim.id)}>{c.openClaimLink}</a>
              </p>
            )}
          </ClaimProblem>
        )}
        {/* While the code is asked for, StepUp's own Konfirmasi is the one button (and its form is
          not nested in this one): confirming it sends the claim. */}
        {!stepUp && (
          <button type="submit" class="button button--primary button--block" disabled={busy}>
            {busy ? (
              <>
                <span class="spinner" aria-hidden="true" /> {c.confirming}
              </>
            ) : (
              c.confirm
            )}
          </button>
        )}
      </form>
      {stepUp && (
        <>
          <p role="status">{c.stepUpIntro}</p>
          <StepUp onConfirmed={() => void submit()} />
          {busy && (
            <p role="status">
              <span class="spinner" aria-hidden="true" /> {c.confirming}
            </p>
          )}
        </>
      )}
    </>
  );
}

function Success({ claim }: { claim: ClaimDetail }) {
  const c = useClaimsT();
  return (
    <div class="form">
      <dl class="claim-facts">
        <div>
          <dt>{c.reference}</dt>
          <dd data-testid="claim-reference">{claim.reference}</dd>
        </div>
        {(claim.net ?? claim.amounts?.net) && (
          <div>
            <dt>{c.net}</dt>
            <dd>
              <Money value={(claim.net ?? claim.amounts?.net) as string} />
            </dd>
          </div>
        )}
      </dl>
      <p class="muted">{c.referenceHelp}</p>
      <StateFacts claim={claim} />
      <a class="button button--primary button--block" href={trackingPath(claim.id)}>
        {c.toTracking}
      </a>
    </div>
  );
}

// ── The page ──────────────────────────────────────────────────────────────────────────────────────

export function ClaimWizardPage() {
  const c = useClaimsT();
  const { params } = useRoute();
  const kpj = params.kpj ?? '';
  const loaded = useResource((signal) => load(kpj, signal), [kpj]);
  const redirecting = useRedirectIfSignedOut(loaded.error);
  const [claim, setClaim] = useState<ClaimDetail | null>(null);
  const [place, setPlace] = useState<Place | null>(null);

  // The first answer decides where the wizard opens: the kept step of a draft, else the reason.
  useEffect(() => {
    if (!loaded.data || place !== null) return;
    const draft = loaded.data.draft;
    if (draft) {
      setClaim(draft);
      setPlace(resumeStep(draft, keptStep(kpj, draft.id)));
    } else {
      setPlace('reason');
    }
  }, [loaded.data]);

  useEffect(() => {
    if (claim && place && place !== 'done') keepStep(kpj, claim.id, place);
  }, [claim?.id, place]);

  const stepIndex = place && place !== 'done' ? WIZARD_STEPS.indexOf(place) : -1;
  const title = place === 'done' ? c.successTitle : place ? c.stepTitles[place] : c.title;
  useTitle(place ? `${c.title}: ${title}` : c.title);

  if (loaded.error && !redirecting) {
    return (
      <div class="page page--narrow">
        <a href={eligibilityPath(kpj)} class="back">
          <span aria-hidden="true">‹ </span>
          {c.backToEligibility}
        </a>
        <h1>{c.title}</h1>
        <ErrorState error={loaded.error} onRetry={loaded.retry} />
      </div>
    );
  }
  if (!loaded.data || !place) {
    return (
      <div class="page page--narrow">
        <h1 class="sr-only">{c.title}</h1>
        <Loading lines={4} />
      </div>
    );
  }
  const data = loaded.data;
  const go = (next: Place) => setPlace(next);
  const previous = stepIndex > 0 ? WIZARD_STEPS[stepIndex - 1] : undefined;

  if (data.open && place === 'reason' && !claim) {
    return (
      <div class="page page--narrow claim">
        <a href={eligibilityPath(kpj)} class="back">
          <span aria-hidden="true">‹ </span>
          {c.backToEligibility}
        </a>
        <h1>{c.title}</h1>
        <div class="claim-note claim-note--wait" role="status">
          <p>{c.openClaim}</p>
          <p>
            <a href={trackingPath(data.open.id)}>{c.openClaimLink}</a>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div class="page page--narrow claim">
      {place !== 'done' &&
        (previous ? (
          <button type="button" class="back back--button" onClick={() => go(previous)}>
            <span aria-hidden="true">‹ </span>
            {c.back}
          </button>
        ) : (
          <a href={eligibilityPath(kpj)} class="back">
            <span aria-hidden="true">‹ </span>
            {c.backToEligibility}
          </a>
        ))}
      <p class="muted">
        {c.title} · {c.kpj} {kpj}
      </p>
      <StepHeader
        id="claim"
        step={stepIndex >= 0 ? stepIndex + 1 : undefined}
        total={WIZARD_STEPS.length}
        title={title}
      />
      {place === 'reason' && (
        <ReasonStep
          kpj={kpj}
          claim={claim}
          onStarted={(next) => {
            setClaim(next);
            go('membership');
          }}
        />
      )}
      {claim && place === 'membership' && (
        <MembershipStep
          fullName={data.fullName}
          card={data.card}
          claim={claim}
          onNext={() => go('balance')}
        />
      )}
      {claim && place === 'balance' && <BalanceStep claim={claim} onNext={() => go('selfie')} />}
      {claim && place === 'selfie' && (
        <SelfieStep claim={claim} onClaim={setClaim} onNext={() => go('bank')} />
      )}
      {claim && place === 'bank' && <BankStep claim={claim} onNext={() => go('statement')} />}
      {claim && place === 'statement' && (
        <StatementStep
          claim={claim}
          onSubmitted={(next) => {
            forgetClaimKey(kpj);
            forgetStep(kpj);
            setClaim(next);
            go('done');
          }}
          onGoTo={go}
        />
      )}
      {claim && place === 'done' && <Success claim={claim} />}
    </div>
  );
}
