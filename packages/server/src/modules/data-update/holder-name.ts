/**
 * Is the bank account the member's own? The one place that compares the holder's name from the
 * bank's inquiry with the member's name as in the population registry, so the rule can be swapped
 * for a looser one (abbreviations such as "MUH." for "MUHAMMAD", titles) without touching the flow.
 * For now: core `namesMatch` (case, spacing, accents and punctuation only).
 */
import { namesMatch } from '@jmo/core';

export function holderNameMatches(holderName: string, memberName: string): boolean {
  return namesMatch(holderName, memberName);
}
