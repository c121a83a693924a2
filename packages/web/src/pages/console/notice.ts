import { signal } from '@preact/signals';

/**
 * What a case page just did, for the console home to say once after going back to the queue (kept
 * in memory only: it names a member). One per queue, so the message shows beside the queue it is about.
 */
export const consoleNotice = signal<string | null>(null);
export const identityNotice = signal<string | null>(null);
