/**
 * The Human matcher passes the face contract on faces cut at run time from the pictures that
 * @vladmandic/human ships (sample-faces.ts): man-a-1 is the reference, man-a-2 another photograph
 * of the same man, and six other people. Measured (cosine of the FaceRes embeddings): man-a-2 0.79,
 * the others 0.30–0.44 against man-a-1. 0.70 leaves 0.09 above and 0.26 below, and it is the
 * lowest threshold that refuses every pair of different people among the sample faces (the closest
 * two, woman-b and woman-c, score 0.68); the results are deterministic for the same bytes. The
 * models load on the first comparison (a second or two), hence the long timeouts.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { faceMatcherContract } from './face.contract.ts';
import { createHumanFaceMatcher, embeddingSimilarity } from './human.ts';
import { FaceUnavailableError } from './port.ts';
import { noFaceImage, sampleFace, tinyFaceImage, twoFacesImage } from './sample-faces.ts';

const TEST_MATCH_THRESHOLD = 0.7;
const TEST_LIVENESS_THRESHOLD = 0.35;

const isHumanLoaded = () =>
  Object.keys(createRequire(import.meta.url).cache).some((file) => file.endsWith('human.node-wasm.js'));

const matcher = createHumanFaceMatcher();

describe('Human face matcher', () => {
  it('loads nothing until the first comparison', () => {
    createHumanFaceMatcher();
    expect(isHumanLoaded()).toBe(false);
  });

  it('compares embeddings by their angle, clamped to 0–1', () => {
    expect(embeddingSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(embeddingSimilarity([1, 0], [0, 1])).toBe(0);
    expect(embeddingSimilarity([1, 0], [-1, 0])).toBe(0);
    expect(embeddingSimilarity([1, 0], [1, 0, 0])).toBe(0);
    expect(embeddingSimilarity([0, 0], [0, 0])).toBe(0);
  });

  it('fails as unavailable, not as a verdict, when the models are missing', {
    timeout: 120_000,
  }, async () => {
    const broken = createHumanFaceMatcher({ modelsDir: '/nonexistent/human-models' });
    const face = await sampleFace('man-a-1');
    await expect(broken.compare(face, face)).rejects.toBeInstanceOf(FaceUnavailableError);
  });

  it('leaves the process handlers as they were after loading the WASM backend', {
    timeout: 120_000,
  }, async () => {
    const before = [process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')];
    await matcher.load();
    expect([process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')]).toEqual(
      before,
    );
  });
});

faceMatcherContract(
  'Human on tfjs-wasm',
  async () => ({
    matcher,
    matchThreshold: TEST_MATCH_THRESHOLD,
    livenessThreshold: TEST_LIVENESS_THRESHOLD,
    reference: await sampleFace('man-a-1'),
    samePerson: await sampleFace('man-a-2'),
    otherPeople: await Promise.all(
      (['woman-b', 'woman-c', 'woman-d', 'woman-e', 'man-f', 'man-g'] as const).map((id) => sampleFace(id)),
    ),
    noFace: await noFaceImage(),
    twoFaces: await twoFacesImage(),
    tinyFace: await tinyFaceImage(),
  }),
  { timeoutMs: 120_000 },
);
