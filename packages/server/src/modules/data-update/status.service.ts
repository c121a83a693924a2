/**
 * Whether each of a member's cards still needs its data update, for the cards list: the app prompts
 * at first login and the claim flow refers to it. Read by person (one indexed query, run beside the
 * cards' own), so the balance endpoint gains no round trip; a card without a row has not started.
 */
import type { CardDataUpdate } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import { statusesOfPerson } from './data-update.repository.ts';

export interface DataUpdateStatuses {
  of(membershipId: string): CardDataUpdate;
}

export async function dataUpdateStatuses(deps: Deps, personId: string): Promise<DataUpdateStatuses> {
  const statuses = await statusesOfPerson(deps.db, personId);
  return {
    of(membershipId) {
      const status = statuses.get(membershipId) ?? 'not_started';
      return { status, required: status !== 'updated' };
    },
  };
}
