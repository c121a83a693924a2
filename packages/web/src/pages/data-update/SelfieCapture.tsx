/**
 * The selfie, wherever the app asks for one (the data update's face step, the JHT claim's
 * re-verification): the front camera's live picture in an oval guide and "Ambil foto" (the frame
 * drawn to a canvas and sent as JPEG), or a file chosen or taken with the phone's camera app when
 * there is no camera or permission is refused. A failure shows the advice for its cause and the
 * attempts left. The caller sends the image and says how it went.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { errorText } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { useDataUpdateT } from './texts.ts';
import './data-update.css';

type Camera = 'starting' | 'live' | 'none';

/** The face check's failure codes: each has its own advice in core's catalogue. */
export const FACE_FAILURES = new Set([
  'face_not_found',
  'face_several_faces',
  'face_too_small',
  'face_image_unreadable',
  'face_liveness_low',
  'face_not_matching',
]);

/** The attempts left come as the problem's detail ("Sisa 2 percobaan hari ini."): read the number. */
export function attemptsLeftOf(error: ApiError): number | undefined {
  const left = error.kind === 'problem' ? /\d+/.exec(error.detail ?? '')?.[0] : undefined;
  return left === undefined ? undefined : Number(left);
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

export function SelfieCapture({
  checking,
  error,
  attemptsLeft,
  showAttempts,
  intro,
  onImage,
}: {
  /** The image is being checked: buttons are disabled and a spinner says so. */
  checking: boolean;
  /** The last attempt's failure, with its advice. */
  error: ApiError | null;
  attemptsLeft: number | null;
  /** Whether to say the attempts left before any failure on this screen (earlier failures today). */
  showAttempts: boolean;
  /** The words above the camera; the data update's by default. */
  intro?: string;
  onImage: (image: Blob) => void;
}) {
  const d = useDataUpdateT();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [camera, setCamera] = useState<Camera>('starting');

  useEffect(() => {
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
  }, []);

  function capture() {
    const v = video.current;
    if (!v?.videoWidth || checking) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onImage(blob), 'image/jpeg', 0.92);
  }

  return (
    <div class="form" aria-busy={checking}>
      <p>{intro ?? d.faceIntro}</p>
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
        {!checking && !error && showAttempts && attemptsLeft !== null && (
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
                if (file) onImage(file);
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
