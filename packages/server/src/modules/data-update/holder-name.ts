/**
 * Is the bank account the member's own? The one place that compares the holder's name from the
 * bank's inquiry with the member's name as in the population registry: core `matchHolderName`
 * (titles, usual abbreviations such as "MUH." for "MUHAMMAD", initials and names cut by the bank
 * are tolerated; another person is not), so the rule can change without touching the flow.
 */
import { type HolderNameMatch, matchHolderName } from '@jmo/core';

export function holderNameMatches(holderName: string, memberName: string): HolderNameMatch {
  return matchHolderName(holderName, memberName);
}
