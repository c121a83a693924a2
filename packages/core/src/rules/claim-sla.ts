/**
 * How long each holder may keep a claim in a state before it is late (DESIGN.md §5: every state names
 * its owner, a reason and an SLA clock, so the member sees who holds the claim and until when).
 *
 * Two figures are published, both only in agency statements quoted by the media: an in-app JHT claim
 * within the cap is paid within 1 working day, and a claim above it within 5 working days after the
 * documents are complete (DOMAIN.md "JHT benefits"; RULES.md §3.4). Every other duration is our own,
 * marked illustrative per state; change it here, as a new dated entry, when the agency publishes one.
 * Durations in `hours` run around the clock (automated work); `working_days` skip weekends and
 * national holidays and end at the close of the last day.
 */
import type { ClaimState } from '../claims/states.ts';
import { ruleTable } from './dated.ts';

export type ClaimSla =
  | { readonly unit: 'hours'; readonly amount: number }
  | { readonly unit: 'working_days'; readonly amount: number };

export type ClaimStateSla = {
  /** Null: no clock (the member's own pace, or a terminal state). */
  readonly sla: ClaimSla | null;
  readonly source: string;
  readonly illustrative: boolean;
};

const OURS = 'JMO service level (ours): no published agency figure';

export const CLAIM_STATE_SLAS = ruleTable<Readonly<Record<ClaimState, ClaimStateSla>>>([
  {
    validFrom: '2021-01-01',
    value: {
      draft: { sla: null, source: 'no clock: the member has not submitted yet', illustrative: false },
      submitted: { sla: { unit: 'hours', amount: 1 }, source: OURS, illustrative: true },
      verifying: {
        sla: { unit: 'working_days', amount: 5 },
        source:
          'BPJS Ketenagakerjaan via papua.tribunnews 2022: JHT paid ≤ 5 working days after complete documents [M]',
        illustrative: false,
      },
      interview: { sla: { unit: 'working_days', amount: 3 }, source: OURS, illustrative: true },
      approved: {
        sla: { unit: 'working_days', amount: 1 },
        source:
          'BPJS Ketenagakerjaan statements in the media: an in-app claim within the cap is paid within 1 working day [M]',
        illustrative: false,
      },
      paying: { sla: { unit: 'working_days', amount: 1 }, source: OURS, illustrative: true },
      paid: { sla: null, source: 'terminal', illustrative: false },
      rejected: { sla: null, source: 'terminal', illustrative: false },
      returned_for_fix: { sla: { unit: 'working_days', amount: 10 }, source: OURS, illustrative: true },
      cancelled: { sla: null, source: 'terminal', illustrative: false },
      payout_failed: { sla: { unit: 'working_days', amount: 1 }, source: OURS, illustrative: true },
      retrying: { sla: { unit: 'hours', amount: 4 }, source: OURS, illustrative: true },
      reversed: { sla: null, source: 'terminal', illustrative: false },
    },
    source: 'per state (see each entry)',
    note:
      'Automated checks within 1 hour, an officer 5 working days after complete documents (published), ' +
      'an interview within 3, the payout order within 1 working day (the published in-app figure), the ' +
      'bank within 1, a failed payout decided within 1, a retry within 4 hours; the member has 10 ' +
      'working days to fix a returned claim before it is closed. The in-app 1 working day is the whole ' +
      'claim: a straight-through claim passes submitted → approved at once, so its clock is the ' +
      "approved state's. Each state says whether its figure is illustrative.",
  },
]);
