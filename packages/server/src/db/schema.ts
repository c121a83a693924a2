/**
 * Kysely's view of the tables. `int8` reads back as `bigint` and `date` as a 'YYYY-MM-DD' string on
 * both engines (type parsers in database.ts); repositories turn rows into domain values.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string;

export interface EmployersTable {
  id: string;
  npp: string;
  name: string;
  /** JKK risk group I–V (1–5), set by the agency per business type (PP 44/2015 art. 16). */
  jkk_risk_group: Generated<number>;
  created_at: Generated<Date>;
}

export interface PeopleTable {
  id: string;
  nik_enc: Buffer;
  nik_index: Buffer;
  full_name: string;
  birth_date: DateString;
  sex: 'M' | 'F';
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  id: string;
  person_id: string;
  kpj: string;
  segment: 'PU' | 'BPU' | 'PMI';
  employer_id: string | null;
  status: 'active' | 'nonactive';
  joined_on: DateString;
  left_on: DateString | null;
  leaving_reason: 'resigned' | 'terminated' | 'contract_ended' | 'lapsed' | null;
  /** The name registered with this card when it differs from the person's; null when the same. */
  name_on_card: string | null;
  created_at: Generated<Date>;
}

/** Which account holds a card: at most one, linked by the member or carried over. */
export interface AccountCardsTable {
  membership_id: string;
  user_id: string;
  linked_at: Timestamp;
  linked_via: 'number' | 'discovery' | 'import' | 'migration' | 'demo' | 'joined';
}

export interface UserAccountsTable {
  id: string;
  person_id: string;
  email_enc: Buffer | null;
  email_index: Buffer | null;
  phone_enc: Buffer | null;
  phone_index: Buffer | null;
  password_hash: string;
  locale: Generated<'id' | 'en'>;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: Buffer;
  device_label: string | null;
  ip: string | null;
  /** Exactly one of user_id (a member) and staff_id (employer user, officer, supervisor, admin). */
  user_id: string | null;
  staff_id: string | null;
  /** Until when the member's recent step-up lets sensitive actions through. */
  stepped_up_until: Timestamp | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
}

export type LedgerAccountKind =
  | 'member_jht'
  | 'member_jp'
  | 'fund_contributions'
  | 'fund_development_return'
  | 'fund_jkk'
  | 'fund_jkm'
  | 'fund_jkp'
  | 'fund_penalties'
  | 'fund_payout_clearing'
  | 'fund_bank_settlement'
  | 'fund_tax_withheld';
export type PostingKind = 'contribution' | 'development_return' | 'transfer' | 'reversal' | 'penalty';

export interface LedgerAccountsTable {
  id: string;
  code: string;
  kind: LedgerAccountKind;
  membership_id: string | null;
  created_at: Generated<Date>;
}

export interface LedgerPostingsTable {
  id: string;
  source_key: string;
  kind: PostingKind;
  occurred_on: DateString;
  recorded_at: Generated<Date>;
  memo: string | null;
}

export interface LedgerEntriesTable {
  posting_id: string;
  account_id: string;
  amount: bigint;
}

export interface ContributionsTable {
  membership_id: string;
  period: string;
  reported_wage: bigint;
  jht_employer: bigint;
  jht_worker: bigint;
  jp_employer: Generated<bigint>;
  jp_worker: Generated<bigint>;
  paid_on: DateString;
  posting_id: string;
  /** The invoice that paid it; null for history seeded or imported without one. */
  invoice_id: string | null;
}

export type Program = 'JHT' | 'JP' | 'JKK' | 'JKM' | 'JKP';

export interface MembershipProgramsTable {
  membership_id: string;
  program: Program;
  enrolled_on: DateString;
}

/** The wage an employer reported for a worker from `period` on, until the next report. */
export interface WageReportsTable {
  membership_id: string;
  period: string;
  wage: bigint;
  reported_at: Timestamp;
  reported_by: string | null;
}

export interface InvoicesTable {
  id: string;
  number: string;
  /** Exactly one of employer_id (a PU monthly bill) and membership_id (a BPU member's bill). */
  employer_id: string | null;
  membership_id: string | null;
  period: string;
  status: 'unpaid' | 'paid';
  issued_at: Timestamp;
  due_on: DateString;
  contributions_total: bigint;
  penalties_total: bigint;
  total: bigint;
  va_number: string;
  va_bank_code: string;
  paid_at: Timestamp | null;
  paid_on: DateString | null;
  payment_id: string | null;
  /** When every line's contribution reached the ledger; null while the posting job still has work. */
  posted_at: Timestamp | null;
}

export interface InvoiceLinesTable {
  invoice_id: string;
  membership_id: string;
  program: Program;
  wage: bigint;
  base: bigint;
  employer_amount: bigint;
  worker_amount: bigint;
  /** The part of this program's amount booked to JKP (recomposition). */
  booked_to_jkp: Generated<bigint>;
}

export interface LatePenaltiesTable {
  late_invoice_id: string;
  program: Program;
  months_late: number;
  contribution: bigint;
  amount: bigint;
  source: string;
  billed_invoice_id: string | null;
  created_at: Timestamp;
}

export type PaymentCallbackOutcome = 'applied' | 'unknown_va' | 'already_paid' | 'amount_mismatch';

export interface PaymentCallbacksTable {
  payment_id: string;
  va_number: string;
  amount: bigint;
  paid_at: Timestamp;
  received_at: Timestamp;
  outcome: PaymentCallbackOutcome;
}

export type NotificationKind =
  | 'employer_unpaid'
  | 'wage_dropped'
  | 'identity_correction'
  | 'claim_status'
  | 'jht_claim_reminder';

export interface MemberNotificationsTable {
  id: string;
  person_id: string;
  kind: NotificationKind;
  dedupe_key: string;
  detail: ColumnType<Record<string, string>, string, string>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** Sandbox only: the simulated bank's virtual accounts (adapters/payments). */
export interface SandboxVirtualAccountsTable {
  va_number: string;
  bank_code: string;
  reference: string;
  holder_name: string;
  amount: bigint;
  created_at: Timestamp;
  paid_at: Timestamp | null;
  payment_id: string | null;
}

/** Sandbox only: the simulated bank's accounts, for the account-name inquiry (adapters/bank). */
export interface SandboxBankAccountsTable {
  id: string;
  bank_code: string;
  account_number_enc: Buffer;
  account_number_index: Buffer;
  /** As the bank spells it: titles, abbreviations and its field length included. */
  holder_name: string;
  status: 'active' | 'closed';
  created_at: Timestamp;
}

/** Sandbox only: e-mail and SMS captured instead of sent (adapters/sandbox/outbox.ts). */
export interface SandboxMessagesTable {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  /** E-mail only; null for SMS. */
  subject: string | null;
  body: string;
  created_at: Timestamp;
}

export interface SandboxRegistryTable {
  nik_index: Buffer;
  nik_enc: Buffer;
  full_name: string;
  birth_date: DateString;
  sex: 'M' | 'F';
  created_at: Generated<Date>;
  /** The reference photo (encoded image bytes), encrypted with `pii.encryptBytes`; null when none. */
  photo_enc: Buffer | null;
}

export interface RegistrationsTable {
  id: string;
  segment: 'PU' | 'BPU' | 'PMI';
  nik_enc: Buffer;
  nik_index: Buffer;
  full_name: string;
  birth_date: DateString;
  sex: 'M' | 'F';
  email_enc: Buffer;
  email_index: Buffer;
  phone_enc: Buffer;
  phone_index: Buffer;
  password_hash: string;
  locale: 'id' | 'en';
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface VerificationCodesTable {
  id: string;
  purpose: 'registration' | 'unblock' | 'password_reset' | 'account_recovery' | 'step_up' | 'contact_change';
  subject_id: string;
  channel: 'email' | 'sms';
  code_hash: Buffer;
  sent_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  consumed_at: Timestamp | null;
}

export interface SecurityEventsTable {
  id: string;
  kind: string;
  user_id: string | null;
  /** The staff account the event is about (sign-ins, role changes); null for members' events. */
  staff_id: string | null;
  ip: string | null;
  /** JSON text on insert; parsed object on read. */
  detail: ColumnType<Record<string, unknown>, string, string>;
  recorded_at: Timestamp;
}

export interface LoginThrottlesTable {
  identifier_index: Buffer;
  failures: number;
  last_failure_at: Timestamp | null;
  blocked_until: Timestamp | null;
}

export interface KnownDevicesTable {
  user_id: string;
  device_hash: Buffer;
  label: string | null;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface PasswordResetTokensTable {
  id: string;
  user_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** "Lupa akun" attempts that count towards its limits: a KPJ + NIK that did not match, or a request. */
export interface AccountRecoveryAttemptsTable {
  id: string;
  kind: 'mismatch' | 'request';
  nik_index: Buffer;
  ip: string;
  attempted_at: Timestamp;
}

/** A member who lost both e-mail and phone asks an officer to move the account to new ones. */
export interface AccountRecoveryRequestsTable {
  id: string;
  reference: string;
  status: Generated<'open' | 'resolved' | 'rejected'>;
  kpj: string;
  nik_enc: Buffer;
  nik_index: Buffer;
  full_name: string;
  birth_date: DateString;
  new_email_enc: Buffer;
  new_phone_enc: Buffer;
  note_enc: Buffer;
  locale: 'id' | 'en';
  /** The account the KPJ and NIK pointed at when submitted; null when they matched none. */
  user_id: string | null;
  ip: string | null;
  submitted_at: Timestamp;
  due_on: DateString;
  closed_at: Timestamp | null;
  closed_by: string | null;
  close_reason: string | null;
}

export type StaffRole = 'employer' | 'officer' | 'supervisor' | 'admin';

export interface BranchesTable {
  code: string;
  name: string;
}

export interface StaffAccountsTable {
  id: string;
  role: StaffRole;
  full_name: string;
  email_enc: Buffer;
  email_index: Buffer;
  password_hash: string;
  /** Officers and supervisors work at one branch office. */
  branch_code: string | null;
  /** Employer users act for one employer. */
  employer_id: string | null;
  created_at: Generated<Date>;
  disabled_at: Timestamp | null;
}

/** Append-only: which staff account read which personal data of whom, why and when. */
export interface PiiReadsTable {
  id: string;
  staff_id: string;
  branch_code: string | null;
  person_id: string;
  fields: string[];
  purpose: string;
  read_at: Timestamp;
}

/** A member's passkey: the public key and what WebAuthn needs to check its next signature. */
export interface PasskeysTable {
  id: string;
  user_id: string;
  credential_id: Buffer;
  /** COSE-encoded public key, as the authenticator gave it. */
  public_key: Buffer;
  /** The authenticator's signature counter (0 for most passkeys, which do not count). */
  counter: bigint;
  transports: string[];
  device_label: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
}

export type WebAuthnPurpose = 'register' | 'authenticate' | 'step_up';

/** A challenge handed to a browser: single-use, short-lived, for one purpose (and member, when known). */
export interface WebAuthnChallengesTable {
  /** base64url, as the browser echoes it in clientDataJSON. */
  challenge: string;
  purpose: WebAuthnPurpose;
  /** Null only for a sign-in, which starts before anyone is known. */
  user_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** A new e-mail or phone waiting for its code (the value encrypted; no index: never looked up). */
export interface ContactChangesTable {
  id: string;
  user_id: string;
  channel: 'email' | 'sms';
  value_enc: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: Timestamp | null;
}

/** A request to correct the name or birth date to the KTP's; what was asked and why, encrypted. */
export interface IdentityCorrectionsTable {
  id: string;
  person_id: string;
  requested_by: string;
  fields: ('fullName' | 'birthDate')[];
  /** JSON { fullName?, birthDate? }, encrypted. */
  requested_enc: Buffer;
  explanation_enc: Buffer;
  status: 'open' | 'approved' | 'rejected';
  due_on: DateString;
  sla_working_days: number;
  holder_staff_id: string | null;
  decision_reason_enc: Buffer | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

/** A KTP or KK photo (in deps.documents) uploaded as evidence; cited by one request at most. */
export interface IdentityEvidenceTable {
  id: string;
  person_id: string;
  correction_id: string | null;
  kind: 'ktp' | 'kk';
  document_key: string;
  created_at: Timestamp;
}

export interface DB {
  membership_programs: MembershipProgramsTable;
  member_notifications: MemberNotificationsTable;
  wage_reports: WageReportsTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  late_penalties: LatePenaltiesTable;
  payment_callbacks: PaymentCallbacksTable;
  sandbox_virtual_accounts: SandboxVirtualAccountsTable;
  sandbox_bank_accounts: SandboxBankAccountsTable;
  contact_changes: ContactChangesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebAuthnChallengesTable;
  branches: BranchesTable;
  staff_accounts: StaffAccountsTable;
  pii_reads: PiiReadsTable;
  account_recovery_attempts: AccountRecoveryAttemptsTable;
  account_recovery_requests: AccountRecoveryRequestsTable;
  account_cards: AccountCardsTable;
  password_reset_tokens: PasswordResetTokensTable;
  login_throttles: LoginThrottlesTable;
  known_devices: KnownDevicesTable;
  sandbox_registry: SandboxRegistryTable;
  registrations: RegistrationsTable;
  verification_codes: VerificationCodesTable;
  security_events: SecurityEventsTable;
  employers: EmployersTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  user_accounts: UserAccountsTable;
  sessions: SessionsTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_postings: LedgerPostingsTable;
  ledger_entries: LedgerEntriesTable;
  contributions: ContributionsTable;
  sandbox_messages: SandboxMessagesTable;
}

/** A digital membership card issued (a signed JWS); revocation is final (a trigger keeps it so). */
export interface CardCredentialsTable {
  /** The credential id, the JWS `jti`. */
  id: string;
  membership_id: string;
  /** The signing key's id (JWS `kid`). */
  kid: string;
  /** The compact JWS as issued: not a secret (it is printed as a QR code), shown again on request. */
  token: string;
  issued_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_reason: 'reissued' | 'lost' | 'misuse' | 'data_corrected' | 'other' | null;
  revoked_note: string | null;
  /** The staff account that revoked it; null when the member reissued their card. */
  revoked_by: string | null;
}

// Merged into DB above (declaration merging), so this feature's tables stay in one appended block.
export interface DB {
  card_credentials: CardCredentialsTable;
}

export type DataUpdateStatus = 'draft' | 'in_review' | 'returned' | 'updated';

/** A person's data as the last data update left it (JSON, encrypted); the version counts the updates. */
export interface PersonProfilesTable {
  person_id: string;
  data_enc: Buffer;
  version: number;
  updated_at: Timestamp;
}

/** One data update per card: its state (steps, checks) in clear, what was entered encrypted. */
export interface DataUpdatesTable {
  id: string;
  membership_id: string;
  person_id: string;
  status: DataUpdateStatus;
  round: Generated<number>;
  completed_steps: string[];
  current_step: string | null;
  /** JSON text on insert; parsed object on read. */
  checks: ColumnType<Record<string, string>, string, string>;
  payload_enc: Buffer;
  /** Face attempts are counted from here (the round's start, or the officer's return). */
  face_attempts_since: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  completed_at: Timestamp | null;
}

/** One selfie compared with the registry's reference photo. */
export interface FaceChecksTable {
  id: string;
  data_update_id: string;
  round: number;
  outcome: 'passed' | 'failed' | 'referred';
  problem: string | null;
  similarity: number | null;
  liveness: number | null;
  millis: number | null;
  /** The selfie in the document store (deps.documents). */
  selfie_key: string;
  created_at: Timestamp;
}

/** A case in the officers' queue: open until decided, due by `due_on` (working days, core `reviewDueDate`). */
export interface DataUpdateReviewsTable {
  id: string;
  data_update_id: string;
  round: number;
  kind: 'face_check' | 'data_update';
  opened_at: Timestamp;
  due_on: DateString;
  sla_working_days: number;
  holder_staff_id: string | null;
  decision: 'approve' | 'return' | null;
  reasons: Generated<string[]>;
  note_enc: Buffer | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

/** Append-only: each change of a person's data, with who made it (a trigger refuses edits). */
export interface PersonDataVersionsTable {
  id: string;
  person_id: string;
  version: number;
  data_update_id: string | null;
  author_kind: 'member' | 'officer' | 'system';
  author_user_id: string | null;
  author_staff_id: string | null;
  /** The names of the fields changed, for listing without decrypting. */
  fields: string[];
  /** JSON [{ field, before, after }], encrypted. */
  changes_enc: Buffer;
  recorded_at: Timestamp;
}

/** The heirs a person nominated (JSON, encrypted: names and NIKs). */
export interface PersonBeneficiariesTable {
  person_id: string;
  data_enc: Buffer;
  updated_at: Timestamp;
}

export interface DB {
  person_profiles: PersonProfilesTable;
  data_updates: DataUpdatesTable;
  face_checks: FaceChecksTable;
  data_update_reviews: DataUpdateReviewsTable;
  person_data_versions: PersonDataVersionsTable;
  person_beneficiaries: PersonBeneficiariesTable;
  identity_corrections: IdentityCorrectionsTable;
  identity_evidence: IdentityEvidenceTable;
  withdrawal_locks: WithdrawalLocksTable;
  leave_report_requests: LeaveReportRequestsTable;
  jht_claim_reminders: JhtClaimRemindersTable;
}

/** The member's withdrawal lock (migration 0021): a turning-off takes effect at `pending_off_at`. */
export interface WithdrawalLocksTable {
  user_id: string;
  locked: boolean;
  since: Timestamp | null;
  pending_off_at: Timestamp | null;
  updated_at: Timestamp;
}

/** A member's request to a card's employer to report the leaving; resolved when the leaver is reported. */
export interface LeaveReportRequestsTable {
  id: string;
  membership_id: string;
  employer_id: string;
  requested_by: string;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
  resolution: 'leaver_reported' | null;
}

/** "Remind me on the day I can claim": sent by the background job. */
export interface JhtClaimRemindersTable {
  id: string;
  user_id: string;
  membership_id: string;
  remind_on: DateString;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

/** A claim and where it is (migration 0023); the moves are `claim_events`. */
export interface ClaimsTable {
  id: string;
  reference: string;
  program: 'JHT';
  channel: 'app' | 'lapak_asik' | 'branch';
  user_id: string;
  person_id: string;
  membership_id: string;
  leaving_reason: 'resigned' | 'terminated';
  idempotency_key: string;
  state: string;
  state_reason: string | null;
  state_since: Timestamp;
  face_status: 'not_taken' | 'passed' | 'failed' | 'referred';
  balance: bigint | null;
  gross: bigint | null;
  tax: bigint | null;
  net: bigint | null;
  has_npwp: boolean | null;
  /** JSON text: core's tax computation (regime, lines, sources). */
  tax_detail: string | null;
  /** JSON { bankCode, accountNumber, holderName }, encrypted. */
  bank_enc: Buffer | null;
  payout_id: string | null;
  holder_staff_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
}

export interface ClaimEventsTable {
  claim_id: string;
  seq: number;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  actor: 'system' | 'participant' | 'officer' | 'supervisor' | 'bank';
  staff_id: string | null;
  at: Timestamp;
  notified_at: Timestamp | null;
}

export interface ClaimFaceChecksTable {
  id: string;
  claim_id: string;
  outcome: 'passed' | 'failed' | 'referred';
  problem: string | null;
  similarity: number | null;
  liveness: number | null;
  millis: number | null;
  selfie_key: string;
  created_at: Timestamp;
}

export interface DB {
  claims: ClaimsTable;
  claim_events: ClaimEventsTable;
  claim_face_checks: ClaimFaceChecksTable;
}

export type PayoutState = 'pending' | 'sent' | 'paid' | 'failed' | 'retrying' | 'reversed';

/** Money leaving for a member's bank account (modules/payouts): the outbox row, one per source. */
export interface PayoutsTable {
  id: string;
  /** What the payout pays, e.g. 'jht_claim', and its id there; unique together. */
  source_kind: string;
  source_id: string;
  user_id: string;
  /** The member's ledger account debited (and credited back by a reversal). */
  ledger_account_id: string;
  amount: bigint;
  bank_code: string;
  account_number_enc: Buffer;
  holder_name_enc: Buffer;
  state: PayoutState;
  attempts: Generated<number>;
  /** When the worker should next act on it; null once paid or reversed. */
  next_attempt_at: Timestamp | null;
  lease_owner: string | null;
  /** Raised by every claim and every state change: a worker holding an older token is fenced off. */
  lease_token: Generated<bigint>;
  lease_until: Timestamp | null;
  bank_reference: string | null;
  last_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only (a trigger refuses edits): every state a payout went through, and why. */
export interface PayoutEventsTable {
  id: string;
  payout_id: string;
  state: PayoutState | 'anomaly';
  reason_code: string | null;
  detail: string | null;
  at: Timestamp;
}

/** The sandbox bank's transfers, one per payout id (its idempotency key). */
export interface SandboxBankTransfersTable {
  payout_id: string;
  reference: string;
  bank_code: string;
  account_number_enc: Buffer;
  amount: bigint;
  status: 'accepted' | 'settled' | 'failed';
  failure_reason: 'closed' | 'not_found' | 'rejected' | null;
  disburse_calls: Generated<number>;
  accepted_at: Timestamp;
  settle_at: Timestamp;
  settled_at: Timestamp | null;
  /** A callback (settled or failed) waits to be delivered to JMO. */
  callback_due: boolean;
  callbacks_sent: Generated<number>;
}

// Merged into DB above (declaration merging), so this feature's tables stay in one appended block.
export interface DB {
  payouts: PayoutsTable;
  payout_events: PayoutEventsTable;
  sandbox_bank_transfers: SandboxBankTransfersTable;
}
