/**
 * Sample faces for the sandbox registry, the tests, the e2e fake camera and the bench, cut at run
 * time from the pictures that @vladmandic/human ships in `node_modules/@vladmandic/human/assets/`
 * (MIT; the author's demo screenshots). Nothing cut from them is committed.
 *
 * Regions are in the source pictures' own pixels (left, top, width, height):
 *
 * | id          | person | source                    | region             | what                                        |
 * | ----------- | ------ | ------------------------- | ------------------ | ------------------------------------------- |
 * | `man-a-1`   | man-a  | screenshot-facedetect.jpg | 8, 345, 150×152    | first extracted face: white shirt, indoors  |
 * | `man-a-2`   | man-a  | screenshot-facematch.jpg  | 0, 28, 168×162     | "Selected Face": another photo, warm light  |
 * | `man-a-3`   | man-a  | screenshot-faceid.jpg     | 14, 142, 140×140   | webcam frame of the FaceID demo, years on   |
 * | `man-a-4`   | man-a  | screenshot-facematch.jpg  | 495, 28, 105×102   | 4th sample image: suit, waterfall behind    |
 * | `woman-b`   | woman-b| screenshot-facedetect.jpg | 165, 345, 150×152  | second extracted face                       |
 * | `woman-c`   | woman-c| screenshot-facedetect.jpg | 322, 345, 150×152  | third extracted face                        |
 * | `woman-d`   | woman-d| screenshot-facedetect.jpg | 479, 345, 150×152  | fourth extracted face                       |
 * | `woman-e`   | woman-e| screenshot-facedetect.jpg | 636, 345, 155×157  | fifth extracted face (black and white)      |
 * | `man-f`     | man-f  | screenshot-facematch.jpg  | 853, 749, 105×76   | face grid row 5, column 9, without captions |
 * | `man-g`     | man-g  | screenshot-facematch.jpg  | 1279, 749, 105×76  | face grid row 5, column 13, ditto           |
 *
 * The four `man-a` pictures are four different photographs of the same man (the library's author),
 * taken years apart: "same person passes" compares different pixels, not a copy. Each cut is padded
 * by 30 % with its own edge pixels (so the detector sees the whole head, and no invented face) and
 * scaled to 256×256 JPEG. Besides faces: `noFace` (a crop of the chandelier ceiling in samples.jpg,
 * region 700, 200, 300×180), `twoFaces` (woman-d and man-f side by side in one 512×256 frame) and
 * `tinyFace` (man-a-1 at 100 px in a 200 px frame: a face box of about 55 px).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type SharpModule from 'sharp';
import type { Sharp } from 'sharp';

export type SamplePerson = 'man-a' | 'woman-b' | 'woman-c' | 'woman-d' | 'woman-e' | 'man-f' | 'man-g';

export interface SampleFace {
  person: SamplePerson;
  file: string;
  region: { left: number; top: number; width: number; height: number };
}

export const SAMPLE_FACES = {
  'man-a-1': face('man-a', 'screenshot-facedetect.jpg', 8, 345, 150, 152),
  'man-a-2': face('man-a', 'screenshot-facematch.jpg', 0, 28, 168, 162),
  'man-a-3': face('man-a', 'screenshot-faceid.jpg', 14, 142, 140, 140),
  'man-a-4': face('man-a', 'screenshot-facematch.jpg', 495, 28, 105, 102),
  'woman-b': face('woman-b', 'screenshot-facedetect.jpg', 165, 345, 150, 152),
  'woman-c': face('woman-c', 'screenshot-facedetect.jpg', 322, 345, 150, 152),
  'woman-d': face('woman-d', 'screenshot-facedetect.jpg', 479, 345, 150, 152),
  'woman-e': face('woman-e', 'screenshot-facedetect.jpg', 636, 345, 155, 157),
  'man-f': face('man-f', 'screenshot-facematch.jpg', 853, 749, 105, 76),
  'man-g': face('man-g', 'screenshot-facematch.jpg', 1279, 749, 105, 76),
} as const satisfies Record<string, SampleFace>;

export type SampleFaceId = keyof typeof SAMPLE_FACES;

export const SAMPLE_FACE_IDS = Object.keys(SAMPLE_FACES) as SampleFaceId[];

/** Side of the square sample face images. */
export const SAMPLE_FACE_SIZE = 256;

function face(person: SamplePerson, file: string, left: number, top: number, width: number, height: number) {
  return { person, file, region: { left, top, width, height } };
}

/** The folder of Human's shipped pictures (its package exports only the entry, so resolve that). */
export function humanAssetsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'assets');
}

/** sharp (a native module, ~0.1 s to load) only when a picture is first cut. */
const loadSharp = async (): Promise<typeof SharpModule> => (await import('sharp')).default;

// Cut once per process: the seed, each test file and the bench reuse the bytes.
const cache = new Map<string, Promise<Buffer>>();

function once(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = make();
    cache.set(key, bytes);
    bytes.catch(() => cache.delete(key));
  }
  return bytes;
}

/** A sample face as a 256×256 JPEG. */
export function sampleFace(id: SampleFaceId): Promise<Buffer> {
  return once(id, async () => (await cutFace(id)).jpeg({ quality: 92 }).toBuffer());
}

async function cutFace(id: SampleFaceId): Promise<Sharp> {
  const sharp = await loadSharp();
  const { file, region } = SAMPLE_FACES[id];
  const cut = await sharp(path.join(humanAssetsDir(), file)).extract(region).png().toBuffer();
  const pad = Math.round(Math.max(region.width, region.height) * 0.3);
  const padded = await sharp(cut)
    .extend({ top: pad, bottom: pad, left: pad, right: pad, extendWith: 'copy' })
    .png()
    .toBuffer();
  return sharp(padded).resize(SAMPLE_FACE_SIZE, SAMPLE_FACE_SIZE, { fit: 'cover' });
}

/** A picture with no face in it: the ceiling of the group photo in samples.jpg. */
export function noFaceImage(): Promise<Buffer> {
  return once('no-face', async () => {
    const sharp = await loadSharp();
    return sharp(path.join(humanAssetsDir(), 'samples.jpg'))
      .extract({ left: 700, top: 200, width: 300, height: 180 })
      .resize(384, 256, { fit: 'cover' })
      .jpeg({ quality: 90 })
      .toBuffer();
  });
}

/** Two people in one frame: woman-d and man-f side by side. */
export function twoFacesImage(): Promise<Buffer> {
  return once('two-faces', async () => {
    const sharp = await loadSharp();
    const [left, right] = await Promise.all([sampleFace('woman-d'), sampleFace('man-f')]);
    return sharp({
      create: { width: 2 * SAMPLE_FACE_SIZE, height: SAMPLE_FACE_SIZE, channels: 3, background: '#808080' },
    })
      .composite([
        { input: left, left: 0, top: 0 },
        { input: right, left: SAMPLE_FACE_SIZE, top: 0 },
      ])
      .jpeg({ quality: 90 })
      .toBuffer();
  });
}

/** man-a-1 shrunk into a 200 px frame: a face of about 55 px, too few pixels to compare. */
export function tinyFaceImage(): Promise<Buffer> {
  return once('tiny-face', async () => {
    const sharp = await loadSharp();
    const small = await sharp(await sampleFace('man-a-1'))
      .resize(100, 100)
      .toBuffer();
    return sharp({ create: { width: 200, height: 200, channels: 3, background: '#808080' } })
      .composite([{ input: small, left: 50, top: 50 }])
      .jpeg({ quality: 90 })
      .toBuffer();
  });
}

/**
 * A sample face as a camera would see it: centred in a `width`×`height` frame (the face about
 * 60 % of the height) over a plain wall. Raw RGB, for the e2e fake camera and the bench.
 */
export async function cameraFrame(
  id: SampleFaceId,
  width = 640,
  height = 480,
): Promise<{ data: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  const side = Math.round(height * 0.75);
  const portrait = await sharp(await sampleFace(id))
    .resize(side, side)
    .toBuffer();
  const data = await sharp({ create: { width, height, channels: 3, background: '#b9b4aa' } })
    .composite([
      { input: portrait, left: Math.round((width - side) / 2), top: Math.round((height - side) / 2) },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
  return { data, width, height };
}
