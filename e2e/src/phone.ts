/**
 * What every browser test starts from: a fresh JMO server with the demo data, and Chromium sized
 * like a cheap phone (360×740, Indonesian locale). Screenshots go to e2e/artifacts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startServer } from './server.ts';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export type Server = Awaited<ReturnType<typeof startServer>>;

export async function openPhone(): Promise<{ server: Server; page: Page; close(): Promise<void> }> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    server,
    page,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * The six-digit code in the newest message to `to`, read from the sandbox like a member reads their
 * phone. The page may still be sending it when the test asks (the click returns before the server
 * answers), so this waits a few seconds for a message with a code to arrive.
 */
export async function latestCode(server: Server, to: string, channel: 'email' | 'sms'): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`${server.url}/api/v1/sandbox/messages?${new URLSearchParams({ to, channel })}`);
    const { messages } = (await res.json()) as { messages: { body: string }[] };
    const code = messages[0] && /\b(\d{6})\b/.exec(messages[0].body)?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code reached ${channel} ${to.slice(0, 4)}… within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The card links in Beranda's "Kartu Peserta" list (the data-update banner also names KPJ numbers). */
export function homeCardLinks(page: Page) {
  return page.getByRole('region', { name: 'Kartu Peserta' }).getByRole('link', { name: /\d{3}/ });
}
