/**
 * `npm run bench:face -w @jmo/bench`: what a face check costs and how well it separates people,
 * measured in one run on the sample faces (adapters/face/sample-faces.ts) with the real matcher
 * (Human on the tfjs WASM backend, one thread):
 *
 * - the cold first comparison (module and model load included) and the memory it leaves;
 * - warm comparisons of a 640×480 camera-like JPEG selfie against a reference already seen (the
 *   matcher keeps reference analyses), and against a new reference each time: median and p95;
 * - the similarity of every sample picture against every other: same person and other people.
 */
import { performance } from 'node:perf_hooks';
import { createHumanFaceMatcher } from '@jmo/server/adapters/face/human';
import {
  cameraFrame,
  SAMPLE_FACE_IDS,
  SAMPLE_FACES,
  type SampleFaceId,
  sampleFace,
} from '@jmo/server/adapters/face/sample-faces';
import sharp from 'sharp';
import { machineLine, mb, table } from './support.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 20);

async function cameraSelfie(id: SampleFaceId, quality = 85): Promise<Buffer> {
  const frame = await cameraFrame(id);
  return sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const describeMs = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return [`${percentile(sorted, 50).toFixed(0)} ms`, `${percentile(sorted, 95).toFixed(0)} ms`];
};

function ok(result: Awaited<ReturnType<ReturnType<typeof createHumanFaceMatcher>['compare']>>) {
  if (!result.ok) throw new Error(`not compared: ${result.image} ${result.problem}`);
  return result;
}

console.log(machineLine());
const rssStart = process.memoryUsage().rss;
const matcher = createHumanFaceMatcher();
const reference = await sampleFace('man-a-1');
const firstSelfie = await cameraSelfie('man-a-2');

let started = performance.now();
const first = ok(await matcher.compare(firstSelfie, reference));
const coldMs = performance.now() - started;
const rssLoaded = process.memoryUsage().rss;

const selfies = await Promise.all(
  Array.from({ length: ROUNDS }, (_, i) =>
    cameraSelfie(SAMPLE_FACE_IDS[i % SAMPLE_FACE_IDS.length]!, 80 + (i % 10)),
  ),
);
const cachedReference: number[] = [];
for (const selfie of selfies) {
  started = performance.now();
  await matcher.compare(selfie, reference);
  cachedReference.push(performance.now() - started);
}
// A reference the matcher has not seen: the same photo re-encoded at another quality each round.
const newReferences = await Promise.all(
  Array.from({ length: ROUNDS }, (_, i) =>
    sharp(reference)
      .jpeg({ quality: 60 + i })
      .toBuffer(),
  ),
);
const freshReference: number[] = [];
for (const [i, selfie] of selfies.entries()) {
  started = performance.now();
  await matcher.compare(selfie, newReferences[i]!);
  freshReference.push(performance.now() - started);
}
const rssEnd = process.memoryUsage().rss;

console.log('');
console.log(
  table([
    ['face check (one thread)', 'median', 'p95'],
    ['cold first comparison (load + 2 faces)', `${coldMs.toFixed(0)} ms`, ''],
    [`warm, reference seen before (${ROUNDS} selfies)`, ...describeMs(cachedReference)],
    [`warm, new reference each time (${ROUNDS})`, ...describeMs(freshReference)],
  ]),
);
console.log(
  `RSS: ${mb(rssStart)} before, ${mb(rssLoaded)} after the first comparison, ${mb(rssEnd)} after ${2 * ROUNDS} more`,
);
console.log(
  `First comparison (camera frame of man-a-2 vs man-a-1): similarity ${first.similarity}, liveness ${first.liveness}`,
);

// Every sample picture against every other (rows: reference, columns: selfie).
const images = await Promise.all(SAMPLE_FACE_IDS.map((id) => sampleFace(id)));
const same: number[] = [];
const other: { score: number; pair: string }[] = [];
const rows: string[][] = [['reference \\ selfie', ...SAMPLE_FACE_IDS]];
for (const [r, refId] of SAMPLE_FACE_IDS.entries()) {
  const row: string[] = [refId];
  for (const [s, selfieId] of SAMPLE_FACE_IDS.entries()) {
    const { similarity } = ok(await matcher.compare(images[s]!, images[r]!));
    row.push(r === s ? '—' : similarity.toFixed(2));
    if (r < s) {
      if (SAMPLE_FACES[refId].person === SAMPLE_FACES[selfieId].person) same.push(similarity);
      else other.push({ score: similarity, pair: `${refId}/${selfieId}` });
    }
  }
  rows.push(row);
}
console.log('');
console.log('Similarity (cosine of the FaceRes embeddings), every sample picture against every other:');
console.log(table(rows));
other.sort((a, b) => b.score - a.score);
same.sort((a, b) => a - b);
console.log(
  `Same person (${same.length} pairs of different photographs): ${same[0]!.toFixed(2)}–${same.at(-1)!.toFixed(2)}; ` +
    `other people (${other.length} pairs): max ${other[0]!.score.toFixed(2)} (${other[0]!.pair}), ` +
    `then ${other
      .slice(1, 3)
      .map((o) => `${o.score.toFixed(2)} (${o.pair})`)
      .join(', ')}`,
);
