/**
 * Pengkinian data for one card (`/kartu/:kpj/pengkinian/:langkah?`): each step its own address, in the
 * server's order, resuming at its `currentStep`. The server keeps what each step saved; what is being
 * typed is kept in memory per step while the member moves back and forth.
 */
import type { DataUpdateView } from '@jmo/core/contracts/data-update';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { StepHeader } from '../../components/Steps.tsx';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { dataUpdateApi } from './api.ts';
import { FaceStep } from './FaceStep.tsx';
import {
  AdditionalStep,
  ConfirmStep,
  ContactStep,
  MembershipStep,
  PopulationStep,
  TaxBankStep,
} from './FormSteps.tsx';
import { Outcome, outcomeTitle, ReviewStep } from './Review.tsx';
import {
  type DataUpdateStep,
  OUTCOME_SLUG,
  SLUG,
  STEPS,
  type StepProps,
  stepOfSlug,
  wizardPath,
} from './shared.tsx';
import { useDataUpdateT } from './texts.ts';
import './data-update.css';

const FORMS = {
  membership: MembershipStep,
  confirm: ConfirmStep,
  face: FaceStep,
  contact: ContactStep,
  tax_bank: TaxBankStep,
  population: PopulationStep,
  additional: AdditionalStep,
} satisfies Record<Exclude<DataUpdateStep, 'review'>, (p: StepProps) => unknown>;

const resumeAt = (view: DataUpdateView): DataUpdateStep => view.currentStep ?? 'review';

/** The address the page should show for `slug`, given the server's state: the same slug when allowed. */
export function placeFor(view: DataUpdateView, slug: string | undefined): string {
  if (view.status === 'updated' || view.status === 'in_review') return OUTCOME_SLUG;
  if (slug === OUTCOME_SLUG) return view.status === 'returned' ? OUTCOME_SLUG : SLUG[resumeAt(view)];
  const step = stepOfSlug(slug);
  if (!step) return view.status === 'returned' ? OUTCOME_SLUG : SLUG[resumeAt(view)];
  // A step after the first one not done yet cannot be filled in: back to where the member is.
  const state = view.steps.find((s) => s.step === step)?.state;
  return state === 'todo' ? SLUG[resumeAt(view)] : SLUG[step];
}

export function DataUpdatePage() {
  const d = useDataUpdateT();
  const { params } = useRoute();
  const { route } = useLocation();
  const kpj = params.kpj ?? '';
  const slug = params.langkah;
  const loaded = useResource(
    async (signal) => {
      const result = await dataUpdateApi.get(kpj, signal);
      if (result.ok) signedIn.value = true;
      return result;
    },
    [kpj],
  );
  const [saved, setSaved] = useState<DataUpdateView | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<DataUpdateStep, unknown>>>({});
  const redirecting = useRedirectIfSignedOut(loaded.error);
  // Another card's wizard in the same page: nothing of the previous card is shown or kept.
  useEffect(() => {
    setSaved(null);
    setDrafts({});
  }, [kpj]);
  const view = [saved, loaded.data].find((v) => v?.kpj === kpj) ?? undefined;
  const place = view ? placeFor(view, slug) : undefined;
  const step = stepOfSlug(place);
  useTitle(
    view && place === OUTCOME_SLUG
      ? outcomeTitle(view, d)
      : step
        ? `${d.title}: ${d.stepTitles[step]}`
        : d.title,
  );

  useEffect(() => {
    if (place && place !== slug) route(wizardPath(kpj, place), true);
  }, [place, slug, kpj, route]);

  const back = (
    <a href="/" class="back">
      <span aria-hidden="true">‹ </span>
      {d.back}
    </a>
  );
  if (loaded.error && !view && !redirecting) {
    return (
      <div class="page page--narrow">
        {back}
        <h1>{d.title}</h1>
        <ErrorState error={loaded.error} onRetry={loaded.retry} />
      </div>
    );
  }
  if (!view || !place || place !== slug) {
    return (
      <div class="page page--narrow">
        <h1 class="sr-only">{d.title}</h1>
        <Loading lines={4} />
      </div>
    );
  }

  function onSaved(next: DataUpdateView, from: DataUpdateStep) {
    setSaved(next);
    setDrafts((all) => ({ ...all, [from]: undefined }));
    route(wizardPath(kpj, placeFor(next, SLUG[resumeAt(next)])));
  }

  const Form = step && step !== 'review' ? FORMS[step] : null;
  return (
    <div class="page page--narrow du">
      {back}
      <p class="muted du-card">
        {d.title} · {d.kpj} {view.kpj}
      </p>
      <StepHeader
        id="du"
        step={step ? STEPS.indexOf(step) + 1 : undefined}
        total={STEPS.length}
        title={place === OUTCOME_SLUG ? outcomeTitle(view, d) : d.stepTitles[step ?? 'membership']}
      />
      {place === OUTCOME_SLUG && <Outcome view={view} />}
      {step === 'review' && (
        <ReviewStep
          view={view}
          onConfirmed={(next) => {
            setSaved(next);
            route(wizardPath(kpj, placeFor(next, OUTCOME_SLUG)));
          }}
        />
      )}
      {Form && step && (
        <Form
          key={step}
          view={view}
          draft={drafts[step]}
          onDraft={(value) => setDrafts((all) => ({ ...all, [step]: value }))}
          onSaved={(next) => onSaved(next, step)}
        />
      )}
    </div>
  );
}
