/**
 * The selfie: the front camera's live picture in an oval guide and "Ambil foto" (the frame drawn to
 * a canvas and sent as JPEG), or a file chosen or taken with the phone's camera app when there is no
 * camera or permission is refused. A failure shows the advice for its cause and the attempts left;
 * after the day's last one the case is with an officer and the member goes on with the other steps.
 */
import type { DataUpdateView } from '@jmo/core/contracts/data-update';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { errorText } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { dataUpdateApi } from './api.ts';
import type { StepProps } from './shared.tsx';
import { useDataUpdateT } from './texts.ts';

type Camera = 'starting' | 'live' | 'none';

const FACE_FAILURES = new Set([
  'face_not_found',
  'face_several_faces',
  'face_too_small',
  'face_image_unreadable',
  'face_liveness_low',
  'face_not_matching',
]);

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

function FailureAdvice({ error, attemptsLeft }: { error: ApiError; attemptsLeft: number | null }) {
  const d = useDataUpdateT();
  const isFace = error.kind === 'problem' && FACE_FAILURES.has(error.code);
  if (!isFace) return <FormProblem error={error} />;
  return (
    <div class="form__error du-advice" role="alert">
      <p class="du-advice__title">{d.faceFailed}</p>
      <p>{errorText(error)}</p>
      {attemptsLeft !== null && <p class="du-advice__left">{d.attemptsLeft(attemptsLeft)}</p>}
    </div>
  );
}

export function FaceStep({ view, onSaved }: StepProps) {
  const d = useDataUpdateT();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [camera, setCamera] = useState<Camera>('starting');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attemptsLeft, setAttemptsLeft] = useState(view.face.attemptsLeft);
  const [referred, setReferred] = useState<DataUpdateView | null>(
    view.checks.face === 'referred' ? view : null,
  );
  const passed = view.checks.face === 'passed' || view.checks.face === 'approved';
  const showCamera = !passed && !referred;

  useEffect(() => {
    if (!showCamera) return;
    const media = navigator.mediaDevices;
    if (!media?.getUserMedia) {
      setCamera('none');
      return;
    }
    let stopped = false;
    media
      .getUserMedia({
        video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } },
        audio: false,
      })
      .then((s) => {
        if (stopped) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream.current = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
        setCamera('live');
      })
      .catch(() => setCamera('none'));
    return () => {
      stopped = true;
      for (const track of stream.current?.getTracks() ?? []) track.stop();
      stream.current = null;
    };
  }, [showCamera]);

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
    // The attempts left come as the problem's detail ("Sisa 2 percobaan hari ini."): read the number.
    const left = result.error.kind === 'problem' ? /\d+/.exec(result.error.detail ?? '')?.[0] : undefined;
    if (left !== undefined) setAttemptsLeft(Number(left));
  }

  function capture() {
    const v = video.current;
    if (!v?.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && void send(blob), 'image/jpeg', 0.92);
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
    <div class="form" aria-busy={checking}>
      <p>{d.faceIntro}</p>
      {camera !== 'none' && (
        <div class="du-camera">
          <video ref={video} class="du-camera__video" playsInline muted autoPlay />
          <div class="du-camera__oval" aria-hidden="true" />
          {camera === 'starting' && <p class="du-camera__status">{d.startingCamera}</p>}
        </div>
      )}
      <div aria-live="polite">
        {checking && (
          <p class="du-checking">
            <span class="spinner" aria-hidden="true" /> {d.checking}
          </p>
        )}
        {!checking && error && <FailureAdvice error={error} attemptsLeft={attemptsLeft} />}
        {!checking && !error && view.face.failedToday > 0 && (
          <p class="du-note">{d.attemptsLeft(attemptsLeft)}</p>
        )}
      </div>
      {camera === 'live' && (
        <button
          type="button"
          class="button button--primary button--block"
          disabled={checking}
          onClick={capture}
        >
          {error ? d.tryAgain : d.takePhoto}
        </button>
      )}
      {camera === 'none' && (
        <div class="du-file">
          <p class="du-note">{d.noCamera}</p>
          <label class={`button button--primary button--block${checking ? ' button--disabled' : ''}`}>
            {d.chooseFile}
            <input
              type="file"
              accept="image/*"
              capture="user"
              class="sr-only"
              disabled={checking}
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) void send(file);
              }}
            />
          </label>
        </div>
      )}
      <details class="du-tips" open={!!error}>
        <summary>{d.tips}</summary>
        <ul>
          {d.tipList.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
