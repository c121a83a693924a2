/**
 * The sandbox bank's accounts in the demo: one in each persona's name at a state bank (Himbara),
 * spelled as banks spell names (one with an abbreviation, one with a title), and the cases a data
 * update must handle: an account in someone else's name, a closed one, and one at a bank that is
 * not Himbara. e2e tests and docs name them from here; `/sandbox/bank` lists them.
 */
import type { SandboxBankAccount } from '../adapters/bank/sandbox.ts';
import { DEMO_LOGINS } from './personas.ts';

export interface DemoBankAccount extends SandboxBankAccount {
  /** E-mail of the demo login this account is offered to in the demo. */
  forLogin: string;
  /** What a demo visitor sees when they use it for that login. */
  shows: { id: string; en: string };
}

const [budi, siti, ayu, made, dewi] = DEMO_LOGINS;

export const DEMO_BANK_ACCOUNTS: readonly DemoBankAccount[] = Object.freeze([
  {
    bankCode: '002', // BRI
    accountNumber: '034101000743502',
    holderName: 'BUDI SANTOSO',
    status: 'active',
    forLogin: budi!.email,
    shows: { id: 'Nama sama persis', en: 'The same name' },
  },
  {
    bankCode: '009', // BNI
    accountNumber: '0271845502',
    holderName: 'ST. RAHAYU',
    status: 'active',
    forLogin: siti!.email,
    shows: { id: 'Singkatan: ST. untuk SITI', en: 'An abbreviation: ST. for SITI' },
  },
  {
    bankCode: '200', // BTN
    accountNumber: '0012301500012345',
    holderName: 'AYU LESTARI',
    status: 'active',
    forLogin: ayu!.email,
    shows: { id: 'Nama sama persis', en: 'The same name' },
  },
  {
    bankCode: '008', // Mandiri
    accountNumber: '1430012345678',
    holderName: 'I MADE WIRAWAN, S.E.',
    status: 'active',
    forLogin: made!.email,
    shows: { id: 'Gelar di belakang nama (S.E.)', en: 'A degree after the name (S.E.)' },
  },
  {
    bankCode: '002', // BRI
    accountNumber: '034101000743510',
    holderName: 'RINA SANTOSO',
    status: 'active',
    forLogin: budi!.email,
    shows: {
      id: 'Rekening atas nama orang lain (hanya nama belakang yang sama): ditolak',
      en: 'An account in someone else’s name (only the surname is shared): refused',
    },
  },
  {
    bankCode: '009', // BNI
    accountNumber: '0198765432',
    holderName: 'BUDI SANTOSO',
    status: 'closed',
    forLogin: budi!.email,
    shows: { id: 'Rekening sudah ditutup: ditolak', en: 'A closed account: refused' },
  },
  {
    bankCode: '451', // BSI
    accountNumber: '7123456789',
    holderName: 'AYU LESTARI',
    status: 'active',
    forLogin: ayu!.email,
    shows: {
      id: 'Bank bukan Himbara (BSI): pembayaran dikirim bertahap (batch), tidak dalam hitungan menit',
      en: 'A bank that is not Himbara (BSI): payouts go by batch, not within minutes',
    },
  },
  {
    bankCode: '002', // BRI
    accountNumber: '034101000743528',
    holderName: 'DEWI ANGGRAINI',
    status: 'active',
    forLogin: dewi!.email,
    shows: {
      id: 'Rekening dari pengkinian data Dewi (sudah tercatat): tujuan pembayaran klaim JHT',
      en: "Dewi's account from her data update (already recorded): where her JHT claim is paid",
    },
  },
]);
