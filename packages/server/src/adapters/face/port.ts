/**
 * Face verification (the biometric check of the data update and of claims): a selfie against the
 * registry's reference photo. The port measures; the caller decides, with the thresholds from
 * configuration (`JMO_FACE_MATCH_THRESHOLD`, `JMO_FACE_LIVENESS_THRESHOLD`).
 */

/** Why an image could not be compared, each with its own advice for the member. */
export type FaceProblem = 'no_face' | 'several_faces' | 'face_too_small' | 'unreadable';

export type FaceComparison =
  | {
      ok: true;
      /** Cosine-style similarity of the two face embeddings, 0 (unlike) to 1 (identical). */
      similarity: number;
      /** How sure the model is that the selfie shows a live face, not a print or a screen: 0–1. */
      liveness: number;
      /** Time the comparison took, for the audit trail and the bench. */
      millis: number;
    }
  | { ok: false; image: 'selfie' | 'reference'; problem: FaceProblem };

export interface FaceMatcher {
  /** Both images as encoded bytes (JPEG, PNG or WebP), already re-encoded by security/images.ts. */
  compare(selfie: Uint8Array, reference: Uint8Array): Promise<FaceComparison>;
}

/** The matcher could not run (models missing, out of memory): not a verdict about the face. */
export class FaceUnavailableError extends Error {
  override readonly name = 'FaceUnavailableError';
}

/** Where no matcher is configured: every comparison fails as unavailable, never as a match. */
export const unavailableFaceMatcher: FaceMatcher = {
  async compare() {
    throw new FaceUnavailableError('no face matcher is configured');
  },
};
