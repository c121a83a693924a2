/**
 * The data update's face step: the selfie (`SelfieCapture`, shared with the JHT claim) sent to
 * `…/data-update/face`. A failure shows the advice for its cause and the attempts left; after the
 * day's last one the case is with an officer and the member goes on with the other steps.
 */
import type { DataUpdateView } from '@jmo/core/contracts/data-update';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { dataUpdateApi } from './api.ts';
import { attemptsLeftOf, SelfieCapture } from './SelfieCapture.tsx';
import type { StepProps } from './shared.tsx';
import { useDataUpdateT } from './texts.ts';

/** Who holds the officer's review and until when. */
export function ReviewHolder({ review }: { review: NonNullable<DataUpdateView['review']> }) {
  const d = useDataUpdateT();
  const t = useT();
  return (
    <dl class="du-data">
      <dt>{d.holder}</dt>
      <dd>
        {review.holder.kind === 'officer'
          ? d.holderOfficer(review.holder.name, review.holder.branch)
          : d.holderQueue}
      </dd>
      <dt>{d.dueOn}</dt>
      <dd>
        {formatDate(review.dueOn, t)}{' '}
        <span class="muted">
          {d.slaNote(review.slaWorkingDays)} {review.slaIllustrative ? d.slaIllustrative : ''}
        </span>
      </dd>
    </dl>
  );
}

function HumanPath({ view, onNext }: { view: DataUpdateView; onNext: () => void }) {
  const d = useDataUpdateT();
  return (
    <div class="form" role="status">
      <div class="du-banner du-banner--wait">
        <h2>{d.humanTitle}</h2>
        <p>{d.humanIntro}</p>
        {view.review && <ReviewHolder review={view.review} />}
      </div>
      <button type="button" class="button button--primary button--block" onClick={onNext}>
        {d.continueSteps}
      </button>
    </div>
  );
}

export function FaceStep({ view, onSaved }: StepProps) {
  const d = useDataUpdateT();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attemptsLeft, setAttemptsLeft] = useState(view.face.attemptsLeft);
  const [referred, setReferred] = useState<DataUpdateView | null>(
    view.checks.face === 'referred' ? view : null,
  );
  const passed = view.checks.face === 'passed' || view.checks.face === 'approved';

  async function send(image: Blob) {
    setChecking(true);
    setError(null);
    const result = await dataUpdateApi.face(view.kpj, image);
    setChecking(false);
    if (result.ok) {
      if (result.data.outcome === 'referred') setReferred(result.data.dataUpdate);
      else onSaved(result.data.dataUpdate);
      return;
    }
    setError(result.error);
    const left = attemptsLeftOf(result.error);
    if (left !== undefined) setAttemptsLeft(left);
  }

  if (passed) {
    return (
      <div class="form">
        <p class="du-banner du-banner--ok" role="status">
          {d.facePassed}
        </p>
        <button type="button" class="button button--primary button--block" onClick={() => onSaved(view)}>
          {d.next}
        </button>
      </div>
    );
  }
  if (referred) return <HumanPath view={referred} onNext={() => onSaved(referred)} />;

  return (
    <SelfieCapture
      checking={checking}
      error={error}
      attemptsLeft={attemptsLeft}
      showAttempts={view.face.failedToday > 0}
      onImage={(image) => void send(image)}
    />
  );
}
