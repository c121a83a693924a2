/** The review of everything with "Ubah" per section, "Konfirmasi", and the outcome screens. */
import type { DataUpdateView, EntriesView, PersonDataView } from '@jmo/core/contracts/data-update';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { dataUpdateApi } from './api.ts';
import { ReviewHolder } from './FaceStep.tsx';
import { MembershipData } from './FormSteps.tsx';
import { type DataUpdateStep, SaveButton, SLUG, wizardPath } from './shared.tsx';
import { type DataUpdateTexts, useDataUpdateT } from './texts.ts';

function Section({
  kpj,
  step,
  children,
}: {
  kpj: string;
  step: DataUpdateStep;
  children: ComponentChildren;
}) {
  const d = useDataUpdateT();
  const title = d.stepTitles[step];
  const headingId = `du-review-${step}`;
  return (
    <section class="du-section" aria-labelledby={headingId}>
      <div class="du-section__top">
        <h2 id={headingId}>{title}</h2>
        <a href={wizardPath(kpj, SLUG[step])} aria-label={d.changeSection(title)}>
          {d.change}
        </a>
      </div>
      {children}
    </section>
  );
}

const v = (value: string | null | undefined, d: DataUpdateTexts) => (value ? value : d.noValue);

/** What will be saved: this update's entries, else the current data. */
function merged(entered: EntriesView, current: PersonDataView) {
  return {
    phone: entered.contact?.phone ?? current.phone,
    email: entered.contact?.email ?? current.email,
    npwp: entered.taxBank ? entered.taxBank.npwp : current.npwp,
    bank: entered.taxBank?.bank ?? current.bank,
    familyCardNumber: entered.population?.familyCardNumber ?? current.familyCardNumber,
    address: entered.population?.address ?? current.address,
    maritalStatus: entered.additional?.maritalStatus ?? current.maritalStatus,
    mothersMaidenName: entered.additional?.mothersMaidenName ?? current.mothersMaidenName,
    emergencyContact: entered.additional?.emergencyContact ?? current.emergencyContact,
  };
}

export function ReviewStep({
  view,
  onConfirmed,
}: {
  view: DataUpdateView;
  onConfirmed: (v: DataUpdateView) => void;
}) {
  const d = useDataUpdateT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const data = merged(view.entered, view.current);
  const a = data.address;
  const face = view.checks.face;

  async function confirm(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await dataUpdateApi.confirm(view.kpj);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onConfirmed(result.data);
  }

  return (
    <form class="form du-review" noValidate onSubmit={confirm}>
      <p>{d.reviewIntro}</p>
      <Section kpj={view.kpj} step="confirm">
        <MembershipData view={view} />
      </Section>
      <Section kpj={view.kpj} step="face">
        <p>{face ? d.faceResult[face] : d.noValue}</p>
      </Section>
      <Section kpj={view.kpj} step="contact">
        <dl class="du-data">
          <dt>{d.phone}</dt>
          <dd>{v(data.phone, d)}</dd>
          <dt>{d.email}</dt>
          <dd>{v(data.email, d)}</dd>
        </dl>
      </Section>
      <Section kpj={view.kpj} step="tax_bank">
        <dl class="du-data">
          <dt>{d.npwp}</dt>
          <dd>{data.npwp ? data.npwp.formatted : d.noNpwp}</dd>
          <dt>{d.bank}</dt>
          <dd>
            {data.bank
              ? `${data.bank.bankName}${data.bank.isStateOwned ? ` (${d.himbara})` : ''}`
              : d.noValue}
          </dd>
          <dt>{d.accountNumber}</dt>
          <dd>{v(data.bank?.accountNumber, d)}</dd>
          <dt>{d.holderName}</dt>
          <dd>{data.bank?.holderName ?? d.holderPending}</dd>
        </dl>
      </Section>
      <Section kpj={view.kpj} step="population">
        <dl class="du-data">
          <dt>{d.familyCard}</dt>
          <dd>{v(data.familyCardNumber, d)}</dd>
          <dt>{d.street}</dt>
          <dd>
            {a
              ? `${a.street}, RT ${a.rt}/RW ${a.rw}, ${a.village}, ${[a.districtName, a.regencyName, a.provinceName].filter(Boolean).join(', ')} ${a.postalCode}`
              : d.noValue}
          </dd>
        </dl>
      </Section>
      <Section kpj={view.kpj} step="additional">
        <dl class="du-data">
          <dt>{d.maritalStatus}</dt>
          <dd>{data.maritalStatus ? d.maritalStatuses[data.maritalStatus] : d.noValue}</dd>
          <dt>{d.mothersMaidenName}</dt>
          <dd>{v(data.mothersMaidenName, d)}</dd>
          <dt>{d.emergencyTitle}</dt>
          <dd>
            {data.emergencyContact
              ? `${data.emergencyContact.name} (${d.emergencyRelations[data.emergencyContact.relation]}), ${data.emergencyContact.phone}`
              : d.noValue}
          </dd>
        </dl>
      </Section>
      {error && <FormProblem error={error} />}
      <SaveButton busy={busy} label={d.confirmButton} busyLabel={d.confirming} />
    </form>
  );
}

/** Updated, being verified (with the holder and the SLA date), or returned with the officer's reasons. */
export function Outcome({ view }: { view: DataUpdateView }) {
  const d = useDataUpdateT();
  if (view.status === 'updated') {
    return (
      <div class="du-outcome" role="status">
        <p class="du-banner du-banner--ok">{d.updatedText}</p>
        <a href="/" class="button button--primary button--block">
          {d.home}
        </a>
      </div>
    );
  }
  if (view.status === 'returned' && view.returned) {
    const first = view.returned.reasons.find((r) => r.step)?.step ?? view.currentStep ?? 'membership';
    return (
      <div class="du-outcome" role="status">
        <p>{d.returnedText}</p>
        <ul class="du-reasons">
          {view.returned.reasons.map((r) => (
            <li key={r.code}>
              {r.message}
              {r.step && (
                <>
                  {' '}
                  <a href={wizardPath(view.kpj, SLUG[r.step])}>{d.fixStep(d.stepTitles[r.step])}</a>
                </>
              )}
            </li>
          ))}
        </ul>
        {view.returned.note && (
          <p class="du-note">
            <strong>{d.officerNote}:</strong> {view.returned.note}
          </p>
        )}
        <a href={wizardPath(view.kpj, SLUG[first])} class="button button--primary button--block">
          {d.fix}
        </a>
      </div>
    );
  }
  return (
    <div class="du-outcome" role="status">
      <p class="du-banner du-banner--wait">{d.inReviewText}</p>
      {view.review && <ReviewHolder review={view.review} />}
      <a href="/" class="button button--secondary button--block">
        {d.home}
      </a>
    </div>
  );
}

export function outcomeTitle(view: DataUpdateView, d: DataUpdateTexts): string {
  if (view.status === 'updated') return d.updatedTitle;
  if (view.status === 'returned') return d.returnedTitle;
  return d.inReviewTitle;
}
