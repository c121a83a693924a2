/**
 * One selfie against the population registry's reference photo: re-encoded (metadata stripped),
 * compared through the face port, judged by core with the configured thresholds. Shared by the data
 * update's face step and the JHT claim's re-verification; each decides what an attempt leads to and
 * stores the selfie itself. A registry or matcher that does not answer is not a verdict: no attempt.
 */
import { type FaceJudgement, type FaceMeasurement, judgeFace, type Locale } from '@jmo/core';
import { FaceUnavailableError } from '../../adapters/face/port.ts';
import { RegistryUnavailableError } from '../../adapters/population-registry/port.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { normaliseImage } from '../data-update/selfie-image.ts';
import { findPersonIdentity } from '../people/people.service.ts';

export interface FaceCheck {
  /** The selfie as re-encoded, ready for the document store. */
  selfie: Uint8Array;
  measurement: FaceMeasurement;
  judgement: FaceJudgement;
}

export async function checkSelfieAgainstRegistry(
  deps: Deps,
  nik: string,
  selfie: Uint8Array,
): Promise<Outcome<FaceCheck, 'selfie_not_an_image' | 'face_check_unavailable'>> {
  const image = await normaliseImage(selfie);
  if (!image) return { ok: false, error: 'selfie_not_an_image' };
  let reference: Buffer | null;
  try {
    reference = await deps.registry.referencePhoto(nik);
  } catch (error) {
    if (error instanceof RegistryUnavailableError) return { ok: false, error: 'face_check_unavailable' };
    throw error;
  }
  const referenceImage = reference ? await normaliseImage(reference) : null;
  let measurement: FaceMeasurement;
  if (!referenceImage) {
    measurement = { ok: false, image: 'reference', problem: reference ? 'unreadable' : 'missing' };
  } else {
    try {
      measurement = await deps.face.compare(image.bytes, referenceImage.bytes);
    } catch (error) {
      if (error instanceof FaceUnavailableError) return { ok: false, error: 'face_check_unavailable' };
      throw error;
    }
  }
  const judgement = judgeFace(measurement, {
    match: deps.config.face.matchThreshold,
    liveness: deps.config.face.livenessThreshold,
  });
  return { ok: true, value: { selfie: image.bytes, measurement, judgement } };
}

/** What the member reads after a failed selfie: the attempts left today. */
export function attemptsLeftDetail(left: number, locale: Locale): string {
  return locale === 'en'
    ? `${left} attempt${left === 1 ? '' : 's'} left today.`
    : `Sisa ${left} percobaan hari ini.`;
}

/**
 * A person's registry photo for an officer, as the matcher saw it: re-encoded, without the registry
 * file's metadata; null when the registry has none.
 */
export async function registryPhotoForReview(deps: Deps, personId: string): Promise<Buffer | null> {
  const identity = await findPersonIdentity(deps, personId);
  const reference = await deps.registry.referencePhoto(identity.nik);
  return reference ? ((await normaliseImage(reference))?.bytes ?? null) : null;
}
