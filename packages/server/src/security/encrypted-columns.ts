/**
 * The one list of every column holding PII ciphertext (`pii.encrypt`) and the blind index computed
 * from the same value. `npm run keys:rotate` walks it; `encrypted-columns.test.ts` fails when the
 * database has a `*_enc` or `*_index` column that is not here, so a new table cannot be forgotten.
 *
 * Not here, on purpose: `verification_codes.code_hash` is keyed with the index key too, but hashes a
 * code that is never stored, so it cannot be recomputed; pending codes (5 minutes) stop verifying
 * after the index key changes and people ask for a new one.
 */
import type { BlindIndexKind } from './pii.ts';

/** How a value was normalised before indexing: the rotation must index exactly as the writers did. */
export const NORMALISERS = {
  /** Stored already in normal form: a NIK as its 16 digits, a phone as E.164 (`parsePhone`), an account number as digits. */
  'as-stored': (plaintext: string) => plaintext,
  /** E-mail fully lower-cased, as registration writes it and sign-in looks it up (auth/identifier.ts). */
  'lower-case': (plaintext: string) => plaintext.toLowerCase(),
} as const;

export interface BlindIndexColumn {
  column: string;
  kind: Exclude<BlindIndexKind, 'code'>;
  normalisation: keyof typeof NORMALISERS;
  /** Columns elsewhere keyed by this same index value, moved to the new value with the row. */
  alsoKeys?: readonly { table: string; column: string }[];
}

export interface EncryptedColumn {
  /** bytea: key id ‖ IV ‖ tag ‖ ciphertext. */
  enc: string;
  index?: BlindIndexColumn;
}

export interface EncryptedTable {
  table: string;
  /** How the rotation addresses one row; it may be a blind index that the rotation itself changes. */
  primaryKey: readonly string[];
  columns: readonly EncryptedColumn[];
}

const nik: BlindIndexColumn = { column: 'nik_index', kind: 'nik', normalisation: 'as-stored' };
const email: BlindIndexColumn = { column: 'email_index', kind: 'email', normalisation: 'lower-case' };
const phone: BlindIndexColumn = { column: 'phone_index', kind: 'phone', normalisation: 'as-stored' };
/** Digits only (core `parseBankAccount`); unique together with the bank code. */
const bankAccount: BlindIndexColumn = {
  column: 'account_number_index',
  kind: 'bank_account',
  normalisation: 'as-stored',
};
/** Sign-in throttles are keyed by the blind index of the identifier typed (e-mail or phone). */
const throttles = [{ table: 'login_throttles', column: 'identifier_index' }] as const;
/** "Lupa akun" attempts are counted per blind index of the NIK typed. */
const recoveryAttempts = [{ table: 'account_recovery_attempts', column: 'nik_index' }] as const;

export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  {
    table: 'people',
    primaryKey: ['id'],
    columns: [{ enc: 'nik_enc', index: { ...nik, alsoKeys: recoveryAttempts } }],
  },
  {
    table: 'user_accounts',
    primaryKey: ['id'],
    columns: [
      { enc: 'email_enc', index: { ...email, alsoKeys: throttles } },
      { enc: 'phone_enc', index: { ...phone, alsoKeys: throttles } },
    ],
  },
  {
    table: 'registrations',
    primaryKey: ['id'],
    columns: [
      { enc: 'nik_enc', index: nik },
      { enc: 'email_enc', index: email },
      { enc: 'phone_enc', index: phone },
    ],
  },
  { table: 'contact_changes', primaryKey: ['id'], columns: [{ enc: 'value_enc' }] },
  {
    table: 'staff_accounts',
    primaryKey: ['id'],
    columns: [{ enc: 'email_enc', index: { ...email, alsoKeys: throttles } }],
  },
  {
    table: 'sandbox_registry',
    primaryKey: ['nik_index'],
    columns: [{ enc: 'nik_enc', index: nik }, { enc: 'photo_enc' }],
  },
  {
    table: 'sandbox_bank_accounts',
    primaryKey: ['id'],
    columns: [{ enc: 'account_number_enc', index: bankAccount }],
  },
  {
    table: 'account_recovery_requests',
    primaryKey: ['id'],
    columns: [
      { enc: 'nik_enc', index: nik },
      { enc: 'new_email_enc' },
      { enc: 'new_phone_enc' },
      { enc: 'note_enc' },
    ],
  },
  { table: 'person_profiles', primaryKey: ['person_id'], columns: [{ enc: 'data_enc' }] },
  { table: 'data_updates', primaryKey: ['id'], columns: [{ enc: 'payload_enc' }] },
  { table: 'data_update_reviews', primaryKey: ['id'], columns: [{ enc: 'note_enc' }] },
  // Append-only, but its guard lets the ciphertext alone be re-sealed under a new key.
  { table: 'person_data_versions', primaryKey: ['id'], columns: [{ enc: 'changes_enc' }] },
  { table: 'person_beneficiaries', primaryKey: ['person_id'], columns: [{ enc: 'data_enc' }] },
  {
    table: 'identity_corrections',
    primaryKey: ['id'],
    columns: [{ enc: 'requested_enc' }, { enc: 'explanation_enc' }, { enc: 'decision_reason_enc' }],
  },
  {
    table: 'payouts',
    primaryKey: ['id'],
    columns: [{ enc: 'account_number_enc' }, { enc: 'holder_name_enc' }],
  },
  { table: 'sandbox_bank_transfers', primaryKey: ['payout_id'], columns: [{ enc: 'account_number_enc' }] },
  // The bank account a claim is paid to, as it was when the claim was sent.
  { table: 'claims', primaryKey: ['id'], columns: [{ enc: 'bank_enc' }] },
];
