/**
 * The operator's summary of an import, as plain text. Rows are named by line number and masked
 * values only: the report may be pasted into a ticket.
 */
import type { ImportSummary, NotImported, SkipReason } from './legacy-import.service.ts';

type Skipped = Extract<NotImported, { outcome: 'skipped' }>;
type Rejected = Extract<NotImported, { outcome: 'rejected' }>;

const SKIP_REASONS: Record<SkipReason, string> = {
  account_exists: 'the NIK already has an account',
  email_taken: 'the e-mail address belongs to another account',
  phone_taken: 'the mobile number belongs to another account',
};

export function formatImportSummary(summary: ImportSummary, fileName: string): string {
  const skipped = summary.notImported.filter((r): r is Skipped => r.outcome === 'skipped');
  const rejected = summary.notImported.filter((r): r is Rejected => r.outcome === 'rejected');
  const lines = [
    `${fileName}: ${summary.rows} rows read.`,
    `  imported  ${summary.imported}  (KPJ cards linked: ${summary.cardsLinked}; listed but not linked: ${summary.cardsNotLinked})`,
    `  skipped   ${summary.skipped}`,
  ];
  for (const [reason, text] of Object.entries(SKIP_REASONS)) {
    const n = skipped.filter((r) => r.reason === reason).length;
    if (n > 0) lines.push(`    ${n} × ${text}`);
  }
  lines.push(`  rejected  ${summary.rejected}`);

  // A contact held by someone else needs a person to look at it; a NIK that already has an account
  // (a second run, or a member who registered in JMO meanwhile) does not.
  const toCheck = skipped.filter((r) => r.reason !== 'account_exists');
  if (toCheck.length > 0) {
    lines.push('', 'Skipped, to check:');
    for (const r of toCheck)
      lines.push(`  line ${r.line}  ${r.maskedNik}  ${SKIP_REASONS[r.reason]} (${r.detail})`);
  }
  if (rejected.length > 0) {
    lines.push('', 'Rejected:');
    for (const r of rejected)
      lines.push(`  line ${r.line}  ${r.maskedNik ? `${r.maskedNik}  ` : ''}${r.reason}`);
  }
  return lines.join('\n');
}
