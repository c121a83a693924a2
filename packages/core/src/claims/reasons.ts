/**
 * Why a claim is where it is: the closed catalogue of reason codes a transition may carry, each in
 * Indonesian and English as the member reads it in "Tracking Klaim" (and the officer in the console).
 * Codes are API and stored with every claim event: never rename one.
 */
import type { Locale } from '../contracts/errors.ts';

export const claimReasonMessages = {
  stp_all_checks_passed: {
    id: 'Semua pemeriksaan otomatis lolos dan saldo dalam batas klaim di aplikasi, jadi klaim disetujui tanpa menunggu petugas.',
    en: 'Every automated check passed and the balance is within the in-app claim cap, so the claim was approved without waiting for an officer.',
  },
  above_in_app_cap: {
    id: 'Saldo melebihi batas klaim di aplikasi, jadi petugas kantor cabang memeriksa klaim ini.',
    en: 'The balance is above the in-app claim cap, so a branch officer checks this claim.',
  },
  face_mismatch: {
    id: 'Swafoto tidak cocok dengan foto di data kependudukan, jadi petugas memastikan identitas Anda.',
    en: 'The selfie does not match the population registry photo, so an officer confirms who you are.',
  },
  data_not_updated: {
    id: 'Data kepesertaan belum dikinikan (pengkinian data), jadi petugas memeriksa klaim ini.',
    en: 'The membership data has not been updated (pengkinian data), so an officer checks this claim.',
  },
  bank_holder_mismatch: {
    id: 'Nama pemilik rekening berbeda dengan nama Anda. Gunakan rekening atas nama Anda sendiri.',
    en: 'The account holder name differs from yours. Use an account in your own name.',
  },
  automated_check_unavailable: {
    id: 'Pemeriksaan otomatis sedang tidak tersedia, jadi petugas memeriksa klaim ini.',
    en: 'An automated check is unavailable right now, so an officer checks this claim.',
  },
  documents_to_check: {
    id: 'Klaim dengan dokumen (Lapak Asik atau kantor cabang) diperiksa oleh petugas.',
    en: 'A claim with documents (Lapak Asik or a branch) is checked by an officer.',
  },
  interview_required: {
    id: 'Petugas perlu wawancara (video atau di kantor cabang) untuk memastikan identitas dan dokumen. Jadwalnya dikirim lewat e-mail.',
    en: 'An officer needs an interview (by video or at a branch) to confirm your identity and documents. The schedule is sent by e-mail.',
  },
  documents_incomplete: {
    id: 'Dokumen belum lengkap. Unggah dokumen yang diminta petugas, lalu kirim ulang klaim.',
    en: 'Documents are missing. Upload the documents the officer asks for, then send the claim again.',
  },
  document_unreadable: {
    id: 'Ada dokumen yang tidak terbaca. Foto ulang dengan cahaya cukup dan seluruh halaman terlihat, lalu kirim ulang.',
    en: 'A document cannot be read. Photograph it again in good light with the whole page visible, then send it again.',
  },
  membership_still_active: {
    id: 'Kepesertaan masih aktif: pemberi kerja belum melaporkan Anda berhenti bekerja. Minta pemberi kerja melaporkannya.',
    en: 'The membership is still active: the employer has not reported that you left. Ask the employer to report it.',
  },
  waiting_period_not_over: {
    id: 'Masa tunggu satu bulan setelah tanggal berhenti bekerja belum selesai. Ajukan lagi setelah tanggal yang tertera.',
    en: 'The one-month wait after the leaving date is not over. Claim again after the date shown.',
  },
  duplicate_claim: {
    id: 'Sudah ada klaim JHT lain untuk kartu ini. Lihat klaim tersebut di Tracking Klaim.',
    en: 'Another JHT claim exists for this card. See that claim in claim tracking.',
  },
  identity_not_confirmed: {
    id: 'Identitas tidak dapat dipastikan dalam wawancara. Datang ke kantor cabang dengan KTP asli.',
    en: 'Your identity could not be confirmed in the interview. Visit a branch with your original ID card.',
  },
  fraud_suspected: {
    id: 'Klaim ditolak karena ada tanda pemalsuan data atau dokumen. Hubungi kantor cabang bila ini keliru.',
    en: 'The claim was rejected because data or documents appear forged. Contact a branch if this is a mistake.',
  },
  member_cancelled: {
    id: 'Dibatalkan atas permintaan Anda. Saldo JHT tetap utuh dan Anda dapat mengajukan klaim baru.',
    en: 'Cancelled at your request. The JHT balance is untouched and you may file a new claim.',
  },
  fix_deadline_passed: {
    id: 'Perbaikan tidak dikirim sebelum batas waktu, jadi klaim ditutup. Saldo tetap utuh; ajukan klaim baru.',
    en: 'The fix was not sent before the deadline, so the claim was closed. The balance is untouched; file a new claim.',
  },
  bank_account_closed: {
    id: 'Rekening tujuan sudah ditutup atau tidak aktif. Gunakan rekening aktif atas nama Anda.',
    en: 'The destination account is closed or inactive. Use an active account in your name.',
  },
  bank_account_not_found: {
    id: 'Rekening tujuan tidak ditemukan di bank. Periksa nomor rekening dan banknya.',
    en: 'The bank did not find the destination account. Check the account number and the bank.',
  },
  bank_timeout: {
    id: 'Bank tidak menjawab tepat waktu. Pembayaran dicoba lagi otomatis; Anda tidak perlu berbuat apa-apa.',
    en: 'The bank did not answer in time. The payout is retried automatically; you need not do anything.',
  },
  bank_rejected: {
    id: 'Bank menolak transfer ini. Petugas memeriksa penyebabnya dan menghubungi Anda bila perlu.',
    en: 'The bank refused this transfer. An officer looks into the cause and contacts you if needed.',
  },
  retries_exhausted: {
    id: 'Pembayaran tetap gagal setelah dicoba beberapa kali, jadi dana dikembalikan ke saldo JHT. Ajukan klaim baru dengan rekening lain.',
    en: 'The payout kept failing after several tries, so the money went back to the JHT balance. File a new claim with another account.',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type ClaimReasonCode = keyof typeof claimReasonMessages;
export const CLAIM_REASON_CODES = Object.keys(claimReasonMessages) as ClaimReasonCode[];

export function isClaimReasonCode(value: string): value is ClaimReasonCode {
  return Object.hasOwn(claimReasonMessages, value);
}

export function claimReasonMessage(code: ClaimReasonCode, locale: Locale): string {
  return claimReasonMessages[code][locale];
}
