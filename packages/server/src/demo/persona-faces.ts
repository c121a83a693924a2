/**
 * Which sample face (adapters/face/sample-faces.ts) each demo login has as its registry reference
 * photo, and which pictures a demo or an e2e test can show the camera: `samePerson` is another
 * photograph of the same man (only Budi has one), `stranger` someone else. Scores measured with the
 * Human matcher (cosine of the embeddings) against the reference are in the comments; the match
 * threshold in the tests is 0.70.
 */
import type { SampleFaceId } from '../adapters/face/sample-faces.ts';

export interface PersonaFace {
  reference: SampleFaceId;
  /** A different picture of the same person that passes the face check. */
  samePerson?: SampleFaceId;
  /** A different picture of the same person that scores below the threshold: a genuine member the check refuses. */
  samePersonBelowThreshold?: SampleFaceId;
  /** Someone else. */
  stranger: SampleFaceId;
}

/** By demo login e-mail. */
export const PERSONA_FACES: Readonly<Record<string, PersonaFace>> = Object.freeze({
  // man-a-2 scores 0.79, man-a-3 0.58, man-f 0.36.
  'budi@demo.jmo.id': {
    reference: 'man-a-1',
    samePerson: 'man-a-2',
    samePersonBelowThreshold: 'man-a-3',
    stranger: 'man-f',
  },
  // man-a-3 scores 0.29; no other woman scores above 0.49 against woman-d.
  'siti@demo.jmo.id': { reference: 'woman-d', stranger: 'man-a-3' },
  // man-a-1 scores 0.30.
  'ayu@demo.jmo.id': { reference: 'woman-e', stranger: 'man-a-1' },
  // woman-c scores 0.35.
  'made@demo.jmo.id': { reference: 'man-g', stranger: 'woman-c' },
  'dewi@demo.jmo.id': { reference: 'woman-b', stranger: 'man-f' },
});

/** The persona face of a demo login; every demo login has one (checked by the seed test). */
export function personaFace(email: string): PersonaFace {
  const face = PERSONA_FACES[email.toLowerCase()];
  if (!face) throw new Error(`no sample face for demo login ${email}`);
  return face;
}
