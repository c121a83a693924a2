/**
 * Whether each of a member's cards still needs its data update, for the cards list: the app prompts
 * at first login and the claim flow refers to it. No row yet means not started.
 */
import type { CardDataUpdate } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import { statusesOf } from './data-update.repository.ts';

export async function dataUpdateStatuses(
  deps: Deps,
  membershipIds: readonly string[],
): Promise<Map<string, CardDataUpdate>> {
  const statuses = await statusesOf(deps.db, membershipIds);
  return new Map(
    membershipIds.map((id) => {
      const status = statuses.get(id) ?? 'not_started';
      return [id, { status, required: status !== 'updated' }];
    }),
  );
}
