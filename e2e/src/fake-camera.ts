/**
 * A camera for Chromium that shows a sample face: the face is placed in a 640×480 frame
 * (sample-faces.ts `cameraFrame`) and written as a YUV4MPEG2 file (4:2:0, BT.601 studio range,
 * what Chromium's file capture device reads), looped by Chromium as a live video. Launch with
 * `launchChromium({ args: fakeCameraArgs(file) })`: getUserMedia then gets this picture without a
 * permission prompt.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cameraFrame, type SampleFaceId } from '@jmo/server/adapters/face/sample-faces';

/** Write the Y4M file for a sample face into `dir` (a fresh temporary folder by default); returns its path. */
export async function writeFakeCamera(face: SampleFaceId, dir?: string): Promise<string> {
  const folder = dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'jmo-fake-camera-')));
  const frame = await cameraFrame(face);
  const file = path.join(folder, `${face}.y4m`);
  await fs.writeFile(file, toY4m(frame));
  return file;
}

/** Chromium's switches for a fake camera (and microphone) reading `file`, permission granted. */
export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}

/** One-frame YUV4MPEG2 (Chromium loops it) from packed RGB; width and height must be even. */
export function toY4m({ data, width, height }: { data: Uint8Array; width: number; height: number }): Buffer {
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('Y4M 4:2:0 needs an even width and height');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 3;
      y[row * width + col] = clamp(
        16 + (65.481 * data[i]! + 128.553 * data[i + 1]! + 24.966 * data[i + 2]!) / 255,
      );
    }
  }
  // Chroma of each 2×2 block from its average colour.
  for (let row = 0; row < height; row += 2) {
    for (let col = 0; col < width; col += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dy, dx] of [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ] as const) {
        const i = ((row + dy) * width + col + dx) * 3;
        r += data[i]! / 4;
        g += data[i + 1]! / 4;
        b += data[i + 2]! / 4;
      }
      const c = (row / 2) * (width / 2) + col / 2;
      u[c] = clamp(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
      v[c] = clamp(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
    }
  }
  return Buffer.concat([header, y, u, v]);
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
