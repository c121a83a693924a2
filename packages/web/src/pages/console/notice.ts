import { signal } from '@preact/signals';

/**
 * What a case page just did, for the console home to say once after going back to the queue (kept
 * in memory only: it names a member).
 */
export const consoleNotice = signal<string | null>(null);
