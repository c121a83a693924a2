/**
 * Judging a face comparison (the server's face port measures; this decides) and what a failed
 * attempt leads to: another try with advice for its cause, or — after the day's last attempt — an
 * officer. The advice follows the agency's own list of why biometric checks fail (light, the angle
 * of the face, glasses or hair in front of it, shaking hands: bpjsketenagakerjaan.go.id, "Aktivasi
 * biometrik BPJS Ketenagakerjaan gagal").
 */
import { assert } from '../result.ts';

export type FaceThresholds = {
  /** Least similarity of the two embeddings that counts as the same person (0–1). */
  readonly match: number;
  /** Least liveness score that counts as a live face, not a print or a screen (0–1). */
  readonly liveness: number;
};

/** What the face port says (see server adapters/face/port.ts), or that the registry had no photo. */
export type FaceMeasurement =
  | { readonly ok: true; readonly similarity: number; readonly liveness: number; readonly millis: number }
  | {
      readonly ok: false;
      readonly image: 'selfie' | 'reference';
      readonly problem: 'no_face' | 'several_faces' | 'face_too_small' | 'unreadable';
    }
  | { readonly ok: false; readonly image: 'reference'; readonly problem: 'missing' };

/** Why a selfie failed; each has its own advice (an error code with words in both languages). */
export type FaceFailure =
  | 'no_face'
  | 'several_faces'
  | 'face_too_small'
  | 'unreadable'
  | 'liveness_low'
  | 'similarity_low';

export type FaceJudgement =
  | { readonly verdict: 'passed' }
  | { readonly verdict: 'failed'; readonly failure: FaceFailure }
  /** The registry's photo is missing or unusable: not the member's fault, so not an attempt. */
  | { readonly verdict: 'reference_unusable' };

/** The error code (contracts/errors.ts) whose words tell the member what to do about a failure. */
export const FACE_FAILURE_CODES = {
  no_face: 'face_not_found',
  several_faces: 'face_several_faces',
  face_too_small: 'face_too_small',
  unreadable: 'face_image_unreadable',
  liveness_low: 'face_liveness_low',
  similarity_low: 'face_not_matching',
} as const satisfies Record<FaceFailure, string>;

export function judgeFace(measurement: FaceMeasurement, thresholds: FaceThresholds): FaceJudgement {
  assert(
    thresholds.match > 0 && thresholds.match <= 1,
    `match threshold must be in (0, 1]: ${thresholds.match}`,
  );
  assert(
    thresholds.liveness >= 0 && thresholds.liveness <= 1,
    `liveness threshold must be in [0, 1]: ${thresholds.liveness}`,
  );
  if (!measurement.ok) {
    if (measurement.image === 'reference') return { verdict: 'reference_unusable' };
    return {
      verdict: 'failed',
      failure: measurement.problem as Exclude<typeof measurement.problem, 'missing'>,
    };
  }
  // A print or a phone screen held up to the camera can look very like the member: liveness first.
  if (!(measurement.liveness >= thresholds.liveness)) return { verdict: 'failed', failure: 'liveness_low' };
  if (!(measurement.similarity >= thresholds.match)) return { verdict: 'failed', failure: 'similarity_low' };
  return { verdict: 'passed' };
}

export type FaceAttemptOutcome =
  | { readonly outcome: 'passed' }
  | { readonly outcome: 'retry'; readonly failure: FaceFailure; readonly attemptsLeft: number }
  | {
      readonly outcome: 'referred';
      readonly failure: FaceFailure | 'reference_unusable';
      readonly attemptsLeft: 0;
    };

/**
 * What one attempt leads to, given the failed attempts already made today. The last allowed failure
 * of a day refers the case to an officer rather than leaving the member stuck; a reference photo
 * that cannot be used refers it at once.
 */
export function faceAttemptOutcome(
  judgement: FaceJudgement,
  failedToday: number,
  maxPerDay: number,
): FaceAttemptOutcome {
  assert(
    Number.isInteger(maxPerDay) && maxPerDay >= 1,
    `max attempts must be a positive integer: ${maxPerDay}`,
  );
  assert(Number.isInteger(failedToday) && failedToday >= 0, `failed attempts must be >= 0: ${failedToday}`);
  if (judgement.verdict === 'passed') return { outcome: 'passed' };
  if (judgement.verdict === 'reference_unusable')
    return { outcome: 'referred', failure: 'reference_unusable', attemptsLeft: 0 };
  const left = maxPerDay - (failedToday + 1);
  if (left <= 0) return { outcome: 'referred', failure: judgement.failure, attemptsLeft: 0 };
  return { outcome: 'retry', failure: judgement.failure, attemptsLeft: left };
}
