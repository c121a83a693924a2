import type { Migration } from 'kysely';
import * as foundation from './2026-11-23-0001-foundation.ts';

/** Every migration, in order. Names are timestamp-prefixed and never change once landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-0001-foundation': foundation,
};
