/**
 * The face matcher on @vladmandic/human with TensorFlow.js on its WebAssembly backend: no native
 * TensorFlow, no GPU, no download. The models are the ones shipped in the npm package's `models/`
 * folder (BlazeFace detector, FaceMesh, the FaceRes description model, the anti-spoofing and the
 * liveness models), read from disk by a small TensorFlow.js load router.
 *
 * One Human instance per matcher, created on the first comparison (starting the server or a test
 * that never compares loads nothing), and one comparison at a time: a WASM instance runs on one
 * thread, so concurrent calls would only interleave and all finish later.
 *
 * Images are decoded by sharp (EXIF orientation applied, at most `maxSidePixels` on the long side)
 * into raw RGB; the input tensor is built from those bytes.
 */
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { io } from '@tensorflow/tfjs-core';
import type { Config, FaceResult, Human } from '@vladmandic/human';
import type SharpModule from 'sharp';
import { type FaceComparison, type FaceMatcher, type FaceProblem, FaceUnavailableError } from './port.ts';

export interface HumanFaceMatcherOptions {
  /** The folder holding Human's model files (`*.json` + `*.bin`); default: the package's own `models/`. */
  modelsDir?: string;
  /** A face whose box is narrower or lower than this (in pixels of the decoded image) is too small. */
  minFacePixels?: number;
  /** Detector confidence from which a face counts: one such face is needed, and more than one is refused. */
  minFaceScore?: number;
  /** Larger images are scaled down to this long side before detection (the detector works at 256 px). */
  maxSidePixels?: number;
  /** Images with more pixels than this are refused as unreadable before they are decoded. */
  maxInputPixels?: number;
}

export interface HumanFaceMatcher extends FaceMatcher {
  /** Load the models now (the bench and a warm-up at startup may call it; compare() does it anyway). */
  load(): Promise<void>;
}

export const HUMAN_FACE_DEFAULTS = {
  minFacePixels: 64,
  minFaceScore: 0.5,
  maxSidePixels: 1024,
  maxInputPixels: 40_000_000,
} as const;

const REFERENCE_CACHE_SIZE = 64;

type Analysis = { ok: true; embedding: number[]; liveness: number } | { ok: false; problem: FaceProblem };

export function createHumanFaceMatcher(options: HumanFaceMatcherOptions = {}): HumanFaceMatcher {
  const settings = { ...HUMAN_FACE_DEFAULTS, ...options };
  const modelsDir = path.resolve(options.modelsDir ?? defaultModelsDir());

  async function analyse(instance: Human, image: Uint8Array): Promise<Analysis> {
    const decoded = await decode(image, settings);
    if (!decoded) return { ok: false, problem: 'unreadable' };
    const input = instance.tf.tensor4d(decoded.data, [1, decoded.height, decoded.width, 3], 'int32');
    let faces: FaceResult[];
    try {
      const result = await instance.detect(input);
      if (result.error) throw new Error(result.error);
      faces = result.face;
    } catch (error) {
      // The models failed to run: no verdict about the face.
      throw new FaceUnavailableError('face detection failed', { cause: error });
    } finally {
      instance.tf.dispose(input);
    }
    const counted = faces
      .filter((f) => f.boxScore >= settings.minFaceScore)
      .sort((a, b) => b.boxScore - a.boxScore);
    const [face] = counted;
    if (!face) return { ok: false, problem: 'no_face' };
    if (counted.length > 1) return { ok: false, problem: 'several_faces' };
    const [, , width, height] = face.box;
    if (Math.min(width, height) < settings.minFacePixels) return { ok: false, problem: 'face_too_small' };
    if (!face.embedding || face.embedding.length === 0) return { ok: false, problem: 'no_face' };
    // Both models must believe the face is live: the anti-spoofing model (prints, screens) and the
    // liveness model. Either missing counts as 0, never as live.
    return { ok: true, embedding: face.embedding, liveness: Math.min(face.real ?? 0, face.live ?? 0) };
  }

  // The registry photo is compared again at every retry: keep its analysis (a 1024-number
  // embedding), keyed by the bytes' SHA-256, for the last few references.
  const references = new Map<string, Analysis>();
  async function analyseReference(instance: Human, image: Uint8Array): Promise<Analysis> {
    const key = createHash('sha256').update(image).digest('base64');
    const cached = references.get(key);
    if (cached) {
      references.delete(key);
      references.set(key, cached);
      return cached;
    }
    const analysis = await analyse(instance, image);
    references.set(key, analysis);
    if (references.size > REFERENCE_CACHE_SIZE) references.delete(references.keys().next().value!);
    return analysis;
  }

  return {
    async load() {
      await sharedHuman(modelsDir);
    },
    compare(selfie, reference) {
      return serialised(async (): Promise<FaceComparison> => {
        const instance = await sharedHuman(modelsDir);
        const started = performance.now();
        // The selfie first: its problems are the ones the member can fix.
        const probe = await analyse(instance, selfie);
        if (!probe.ok) return { ok: false, image: 'selfie', problem: probe.problem };
        const known = await analyseReference(instance, reference);
        if (!known.ok) return { ok: false, image: 'reference', problem: known.problem };
        return {
          ok: true,
          similarity: round3(embeddingSimilarity(probe.embedding, known.embedding)),
          liveness: round3(probe.liveness),
          millis: Math.round(performance.now() - started),
        };
      });
    },
  };
}

/**
 * Cosine similarity of two embeddings, clamped to 0–1. Human's `match.similarity` is a Euclidean
 * distance on the raw vectors, whose length varies with image quality (9.7–12.3 measured on the
 * sample faces); the angle alone separated the same man from other people better (ROC AUC 0.98
 * against 0.92 on the 100 face tiles of Human's own facematch screenshot).
 */
export function embeddingSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  return Math.min(1, Math.max(0, dot / Math.sqrt(normA * normB)));
}

/** sharp (a native module, ~0.1 s to load) only when a comparison first needs it. */
const loadSharp = async (): Promise<typeof SharpModule> => (await import('sharp')).default;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** RGB bytes of an image, or null when it is not an image sharp can read within the limits. */
async function decode(
  image: Uint8Array,
  settings: { maxSidePixels: number; maxInputPixels: number },
): Promise<{ data: Uint8Array; width: number; height: number } | null> {
  try {
    const sharp = await loadSharp();
    const { data, info } = await sharp(image, { limitInputPixels: settings.maxInputPixels, failOn: 'error' })
      .rotate()
      .resize({
        width: settings.maxSidePixels,
        height: settings.maxSidePixels,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) return null;
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), ...info };
  } catch {
    return null;
  }
}

const require = createRequire(import.meta.url);

/**
 * Human keeps its loaded models in module-level variables, so a process holds one set whatever the
 * number of instances: one instance per process, shared by every matcher, and one queue.
 */
let shared: { modelsDir: string; human: Promise<Human> } | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every comparison queued before it. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function sharedHuman(modelsDir: string): Promise<Human> {
  if (shared && shared.modelsDir !== modelsDir) {
    throw new FaceUnavailableError(`Human's models are already loaded from ${shared.modelsDir}`);
  }
  if (!shared) {
    const loading = { modelsDir, human: loadHuman(modelsDir) };
    shared = loading;
    // A failed load (missing files, no memory) is retried by the next comparison.
    loading.human.catch(() => {
      if (shared === loading) shared = undefined;
    });
  }
  try {
    return await shared.human;
  } catch (error) {
    throw new FaceUnavailableError('the face models could not be loaded', { cause: error });
  }
}

/** Human's package folder: its `exports` map names only the entry points, so resolve from there. */
function humanPackageDir(): string {
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..');
}

function defaultModelsDir(): string {
  return path.join(humanPackageDir(), 'models');
}

/** URL scheme our load router answers; other schemes stay with TensorFlow.js's own handlers. */
const MODEL_SCHEME = 'jmo-models:';

let routerRegistered = false;

const MODELS = ['blazeface', 'facemesh', 'faceres', 'antispoof', 'liveness'] as const;

async function loadHuman(modelsDir: string): Promise<Human> {
  // Checked first: Human would keep a half-loaded model for the rest of the process.
  await Promise.all(MODELS.map((name) => access(path.join(modelsDir, `${name}.json`))));
  // The WASM build of Human requires @tensorflow/tfjs-core, -converter and -backend-wasm; the
  // package's default Node entry would require tfjs-node (native TensorFlow), which we do not use.
  const { Human: HumanClass } = require(path.join(humanPackageDir(), 'dist', 'human.node-wasm.js')) as {
    Human: new (config?: Partial<Config>) => Human;
  };
  const wasmDir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), path.sep);
  const config: Partial<Config> = {
    backend: 'wasm',
    wasmPath: wasmDir,
    modelBasePath: `${MODEL_SCHEME}${modelsDir}/`,
    debug: false,
    // One model after another: the WASM backend has one thread, so running them side by side gains nothing.
    async: false,
    // Still photos, not video: no warm-up frame, no result reuse between similar inputs.
    warmup: 'none',
    cacheSensitivity: 0,
    skipAllowed: false,
    cacheModels: false,
    // Human's image filters draw on a canvas, which Node has not: the tensor goes in as it is.
    filter: { enabled: false } as Config['filter'],
    face: {
      enabled: true,
      detector: { rotation: true, maxDetected: 3, minConfidence: 0.2, return: false },
      mesh: { enabled: true },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: true },
      antispoof: { enabled: true },
      liveness: { enabled: true },
      gear: { enabled: false },
    } as Config['face'],
    body: { enabled: false } as Config['body'],
    hand: { enabled: false } as Config['hand'],
    object: { enabled: false } as Config['object'],
    gesture: { enabled: false },
    segmentation: { enabled: false } as Config['segmentation'],
  };
  const instance = new HumanClass(config);
  if (!routerRegistered) {
    instance.tf.io.registerLoadRouter((url: string | string[]) => {
      if (typeof url !== 'string' || !url.startsWith(MODEL_SCHEME)) return null;
      return { load: () => loadModelFiles(url.slice(MODEL_SCHEME.length), instance) };
    });
    routerRegistered = true;
  }
  // The WASM module (Emscripten) adds process handlers that rethrow every uncaught exception and
  // unhandled rejection; take them off again so the server's own handling stays in charge.
  const uncaught = process.listeners('uncaughtException');
  const unhandled = process.listeners('unhandledRejection');
  try {
    await instance.load();
    await instance.tf.ready();
  } finally {
    for (const listener of process.listeners('uncaughtException')) {
      if (!uncaught.includes(listener)) process.removeListener('uncaughtException', listener);
    }
    for (const listener of process.listeners('unhandledRejection')) {
      if (!unhandled.includes(listener)) process.removeListener('unhandledRejection', listener);
    }
  }
  if (instance.tf.getBackend() !== 'wasm') throw new Error('the TensorFlow.js WASM backend did not start');
  const missing = MODELS.filter((name) => !instance.models.loaded().includes(name));
  if (missing.length > 0) throw new Error(`face models missing: ${missing.join(', ')}`);
  return instance;
}

/** A TensorFlow.js graph model (model.json and its weight shards) from disk. */
async function loadModelFiles(file: string, instance: Human) {
  const json = JSON.parse(await readFile(file, 'utf8'));
  return instance.tf.io.getModelArtifactsForJSON(json, async (manifest: io.WeightsManifestConfig) => {
    const specs = manifest.flatMap((group) => group.weights);
    const shards = await Promise.all(
      manifest.flatMap((group) =>
        group.paths.map((shard: string) => readFile(path.join(path.dirname(file), shard))),
      ),
    );
    const all = Buffer.concat(shards);
    return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
  });
}
