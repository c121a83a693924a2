/**
 * Finds Debian's Chromium (never a downloaded browser). Under CI a missing browser is a failure;
 * elsewhere the browser tests are skipped with a loud notice saying how to enable them.
 */
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

export const chromiumPath: string | undefined = CANDIDATES.find((p) => fs.existsSync(p));
export const isCI = process.env.CI === 'true' || process.env.CI === '1';

export const BROWSER_MISSING_NOTICE = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!  BROWSER TESTS DID NOT RUN: Chromium was not found.                      !!',
  '!!  Install it with:  sudo apt-get install -y chromium                      !!',
  '!!  (or set CHROMIUM_PATH to a Chromium binary), then run: npm test         !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

/** `args`: extra Chromium switches, e.g. the fake camera's (`fakeCameraArgs` in fake-camera.ts). */
export async function launchChromium(options: { args?: readonly string[] } = {}): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium not found');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...(options.args ?? []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
