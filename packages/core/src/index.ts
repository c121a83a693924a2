// Public surface of @jmo/core. Each area adds its exports here.

export * from './auth/throttle.ts';
export * from './card-credential/index.ts';
export * from './claims/index.ts';
export * from './contracts/index.ts';
export * from './contributions/bpu.ts';
export * from './contributions/bpu-coverage.ts';
export type {
  BookedToJkp,
  BpuContributions,
  ContributionBreakdown,
  ContributionItem,
  Explanation,
  JkpFundingParts,
  PuContributions,
} from './contributions/breakdown.ts';
export { formatDay } from './contributions/explain.ts';
export * from './contributions/jht.ts';
export * from './contributions/late-payment.ts';
export * from './contributions/pu.ts';
export * from './contributions/simulate.ts';
export * from './data-update/index.ts';
export * from './identity/holder-name.ts';
export * from './identity/name-match.ts';
export * from './ids/bank-account.ts';
export * from './ids/banks.ts';
export * from './ids/email.ts';
export * from './ids/kpj.ts';
export * from './ids/luhn.ts';
export * from './ids/mask.ts';
export * from './ids/messages.ts';
export * from './ids/nik.ts';
export * from './ids/normalize.ts';
export * from './ids/npp.ts';
export * from './ids/npwp.ts';
export * from './ids/phone.ts';
export * from './ledger/development-return.ts';
export * from './money/rupiah.ts';
export * from './passwords/policy.ts';
export * from './regions/data.ts';
export * from './regions/regions.ts';
export * from './regions/types.ts';
export * from './result.ts';
export * from './rules/bpu-contribution.ts';
export * from './rules/bpu-income-brackets.ts';
export * from './rules/bpu-payment.ts';
export * from './rules/claim-sla.ts';
export * from './rules/contribution-due-date.ts';
export * from './rules/data-update-review.ts';
export * from './rules/dated.ts';
export * from './rules/development-return.ts';
export * from './rules/enrolment.ts';
export * from './rules/jht-contribution.ts';
export * from './rules/jht-in-app-cap.ts';
export * from './rules/jht-partial.ts';
export * from './rules/jht-tax.ts';
export * from './rules/jkk-contribution.ts';
export * from './rules/jkm-contribution.ts';
export * from './rules/jkp-funding.ts';
export * from './rules/jp-contribution.ts';
export * from './rules/late-payment-penalty.ts';
export * from './rules/national-holidays.ts';
export * from './rules/programs.ts';
export * from './statements/monthly.ts';
export * from './time/calendar.ts';
export * from './time/period.ts';
export * from './verification/policy.ts';
