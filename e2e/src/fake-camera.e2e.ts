/**
 * Chromium's fake camera shows the sample face we give it: getUserMedia answers without a prompt,
 * a frame drawn from the video and sent as a JPEG (as the selfie step will) is the face, and the
 * real matcher passes it against the registry photo of the same man (a different photograph).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHumanFaceMatcher } from '@jmo/server/adapters/face/human';
import { sampleFace } from '@jmo/server/adapters/face/sample-faces';
import { personaFace } from '@jmo/server/demo/persona-faces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './browser.ts';
import { fakeCameraArgs, writeFakeCamera } from './fake-camera.ts';

describe.skipIf(!chromiumPath)("Chromium's fake camera", () => {
  // getUserMedia needs a secure context: a page from 127.0.0.1 is one.
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>camera</title><video autoplay muted playsinline></video>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives getUserMedia the sample face, and the matcher passes the captured frame', async () => {
    const budi = personaFace('budi@demo.jmo.id');
    const camera = await writeFakeCamera(budi.samePerson!);
    const browser = await launchChromium({ args: fakeCameraArgs(camera) });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const frame = await page.evaluate(async () => {
        const video = document.querySelector('video')!;
        video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
        await video.play();
        // A frame the video has actually presented (loadeddata may come before the first one).
        await new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(video, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let min = 255;
        let max = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          min = Math.min(min, pixels[i + 1]!);
          max = Math.max(max, pixels[i + 1]!);
        }
        return {
          width: canvas.width,
          height: canvas.height,
          min,
          max,
          jpeg: canvas.toDataURL('image/jpeg', 0.9),
        };
      });
      expect({ width: frame.width, height: frame.height }).toEqual({ width: 640, height: 480 });
      // A picture, not a blank or the default green test pattern's flat frame.
      expect(frame.max - frame.min).toBeGreaterThan(100);
      const selfie = Buffer.from(frame.jpeg.slice(frame.jpeg.indexOf(',') + 1), 'base64');
      const result = await createHumanFaceMatcher().compare(selfie, await sampleFace(budi.reference));
      if (!result.ok) throw new Error(`not compared: ${result.image} ${result.problem}`);
      expect(result.similarity).toBeGreaterThanOrEqual(0.7);
      expect(result.liveness).toBeGreaterThanOrEqual(0.35);
      console.info(
        `fake camera frame vs reference: similarity ${result.similarity}, liveness ${result.liveness}`,
      );
    } finally {
      await browser.close();
    }
  });
});
