/**
 * Before the browser tests: make sure Chromium is there (or say loudly that it is not) and build
 * the web app once, so the server under test serves exactly what `npm start` serves.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BROWSER_MISSING_NOTICE, chromiumPath, isCI } from './browser.ts';

export default async function setup(): Promise<void> {
  if (!chromiumPath) {
    if (isCI)
      throw new Error(
        'CI=true but Chromium is missing: install Debian chromium (apt-get install -y chromium)',
      );
    console.warn(BROWSER_MISSING_NOTICE);
    return;
  }
  const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/web');
  await build({ root: webRoot, configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  return undefined;
}
