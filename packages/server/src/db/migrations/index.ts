import type { Migration } from 'kysely';
import * as foundation from './2026-11-23-0001-foundation.ts';
import * as sandboxOutbox from './2026-11-23-0002-sandbox-outbox.ts';
import * as accounts from './2026-11-23-0003-accounts.ts';
import * as signInSafety from './2026-11-23-0004-sign-in-safety.ts';
import * as devicesAndRecovery from './2026-11-23-0005-devices-and-recovery.ts';
import * as accountCards from './2026-11-23-0006-account-cards.ts';
import * as accountRecovery from './2026-11-23-0007-account-recovery.ts';
import * as staffAndRoles from './2026-11-23-0008-staff-and-roles.ts';
import * as passkeys from './2026-11-23-0009-passkeys.ts';
import * as stepUp from './2026-11-23-0010-step-up.ts';
import * as contactChange from './2026-11-23-0011-contact-change.ts';
import * as contributionsAndInvoices from './2026-12-02-0012-contributions-and-invoices.ts';
import * as cardCredentials from './2026-12-02-0013-card-credentials.ts';
import * as ledgerSetBasedChecks from './2026-12-02-0014-ledger-set-based-checks.ts';
import * as ledgerEntryKeys from './2026-12-02-0015-ledger-entry-keys.ts';
import * as sandboxBank from './2026-12-02-0016-sandbox-bank.ts';
import * as registryPhotos from './2026-12-02-0017-registry-photos.ts';
import * as dataUpdates from './2026-12-02-0018-data-updates.ts';
import * as identityCorrections from './2026-12-02-0019-identity-corrections.ts';
import * as changeNotifications from './2026-12-03-0020-change-notifications.ts';
import * as jhtClaimSafety from './2026-12-03-0021-jht-claim-safety.ts';
import * as payouts from './2026-12-03-0022-payouts.ts';
import * as claims from './2026-12-03-0023-claims.ts';
import * as jhtClaimReminderNotices from './2026-12-03-0024-jht-claim-reminder-notices.ts';

/** Every migration, in order. Names are timestamp-prefixed and never change once landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-0001-foundation': foundation,
  '2026-11-23-0002-sandbox-outbox': sandboxOutbox,
  '2026-11-23-0003-accounts': accounts,
  '2026-11-23-0004-sign-in-safety': signInSafety,
  '2026-11-23-0005-devices-and-recovery': devicesAndRecovery,
  '2026-11-23-0006-account-cards': accountCards,
  '2026-11-23-0007-account-recovery': accountRecovery,
  '2026-11-23-0008-staff-and-roles': staffAndRoles,
  '2026-11-23-0009-passkeys': passkeys,
  '2026-11-23-0010-step-up': stepUp,
  '2026-11-23-0011-contact-change': contactChange,
  '2026-12-02-0012-contributions-and-invoices': contributionsAndInvoices,
  '2026-12-02-0013-card-credentials': cardCredentials,
  '2026-12-02-0014-ledger-set-based-checks': ledgerSetBasedChecks,
  '2026-12-02-0015-ledger-entry-keys': ledgerEntryKeys,
  '2026-12-02-0016-sandbox-bank': sandboxBank,
  '2026-12-02-0017-registry-photos': registryPhotos,
  '2026-12-02-0018-data-updates': dataUpdates,
  '2026-12-02-0019-identity-corrections': identityCorrections,
  '2026-12-03-0020-change-notifications': changeNotifications,
  '2026-12-03-0021-jht-claim-safety': jhtClaimSafety,
  '2026-12-03-0022-payouts': payouts,
  '2026-12-03-0023-claims': claims,
  '2026-12-03-0024-jht-claim-reminder-notices': jhtClaimReminderNotices,
};
