/**
 * What every FaceMatcher implementation must do, run by each implementation's test with real
 * images: a reference photo, a different picture of the same person, pictures of other people, and
 * pictures that cannot be compared. The thresholds are the harness's: the port measures, the caller
 * decides, so the contract checks the scores against the thresholds the deployment would use.
 */
import { describe, expect, it } from 'vitest';
import type { FaceMatcher } from './port.ts';

export interface FaceMatcherHarness {
  matcher: FaceMatcher;
  matchThreshold: number;
  livenessThreshold: number;
  /** The registry's photo of the person. */
  reference: Uint8Array;
  /** Another picture of the same person (not the same pixels). */
  samePerson: Uint8Array;
  /** Pictures of other people. */
  otherPeople: readonly Uint8Array[];
  noFace: Uint8Array;
  twoFaces: Uint8Array;
  /** A face with too few pixels to compare. */
  tinyFace: Uint8Array;
}

export interface FaceMatcherContractOptions {
  /** Per test: the first comparison may load models. */
  timeoutMs?: number;
}

export function faceMatcherContract(
  name: string,
  setup: () => Promise<FaceMatcherHarness>,
  { timeoutMs = 30_000 }: FaceMatcherContractOptions = {},
): void {
  describe(`FaceMatcher contract: ${name}`, { timeout: timeoutMs }, () => {
    it('passes another picture of the same person, as live, and says how long it took', async () => {
      const h = await setup();
      const result = await h.matcher.compare(h.samePerson, h.reference);
      if (!result.ok) throw new Error(`not compared: ${result.image} ${result.problem}`);
      expect(result.similarity).toBeGreaterThanOrEqual(h.matchThreshold);
      expect(result.similarity).toBeLessThanOrEqual(1);
      expect(result.liveness).toBeGreaterThanOrEqual(h.livenessThreshold);
      expect(result.liveness).toBeLessThanOrEqual(1);
      expect(result.millis).toBeGreaterThanOrEqual(0);
    });

    it('scores every other person below the threshold', async () => {
      const h = await setup();
      for (const other of h.otherPeople) {
        const result = await h.matcher.compare(other, h.reference);
        if (!result.ok) throw new Error(`not compared: ${result.image} ${result.problem}`);
        expect(result.similarity).toBeGreaterThanOrEqual(0);
        expect(result.similarity).toBeLessThan(h.matchThreshold);
      }
    });

    it('refuses a selfie with no face, two faces or a face too small, naming the selfie', async () => {
      const h = await setup();
      expect(await h.matcher.compare(h.noFace, h.reference)).toEqual({
        ok: false,
        image: 'selfie',
        problem: 'no_face',
      });
      expect(await h.matcher.compare(h.twoFaces, h.reference)).toEqual({
        ok: false,
        image: 'selfie',
        problem: 'several_faces',
      });
      expect(await h.matcher.compare(h.tinyFace, h.reference)).toEqual({
        ok: false,
        image: 'selfie',
        problem: 'face_too_small',
      });
    });

    it('calls bytes that are no image unreadable, whichever side they are on', async () => {
      const h = await setup();
      const garbage = new TextEncoder().encode('GIF89a this is not really an image');
      expect(await h.matcher.compare(garbage, h.reference)).toEqual({
        ok: false,
        image: 'selfie',
        problem: 'unreadable',
      });
      expect(await h.matcher.compare(h.samePerson, new Uint8Array(0))).toEqual({
        ok: false,
        image: 'reference',
        problem: 'unreadable',
      });
    });

    it('names the reference when it is the registry photo that shows no face', async () => {
      const h = await setup();
      expect(await h.matcher.compare(h.samePerson, h.noFace)).toEqual({
        ok: false,
        image: 'reference',
        problem: 'no_face',
      });
    });

    it('gives comparisons made at the same time the results they have one at a time', async () => {
      const h = await setup();
      const pairs = [h.samePerson, h.otherPeople[0]!, h.noFace];
      const alone = [];
      for (const selfie of pairs) alone.push(withoutTime(await h.matcher.compare(selfie, h.reference)));
      const together = await Promise.all(pairs.map((selfie) => h.matcher.compare(selfie, h.reference)));
      expect(together.map(withoutTime)).toEqual(alone);
    });
  });
}

function withoutTime<T extends object>(result: T): Omit<T, 'millis'> {
  const { millis: _, ...rest } = result as T & { millis?: number };
  return rest;
}
