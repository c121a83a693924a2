/**
 * Words of the JHT claim ("Klaim JHT"), "Tracking Klaim" and the console's claim pages, in Bahasa
 * Indonesia (the default) and English, following the app's language switch. State and owner names
 * come from the server (core's `CLAIM_STATE_NAMES`), reason texts from core `claimReasonMessages`.
 */
import type { JhtClaimReason } from '@jmo/core/contracts/claims';
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

type Step = 'reason' | 'membership' | 'balance' | 'selfie' | 'bank' | 'statement';
type Decision = 'approve' | 'reject' | 'return' | 'interview';

const id = {
  title: 'Klaim JHT',
  back: 'Kembali',
  backToEligibility: 'Kembali ke syarat klaim',
  stepTitles: {
    reason: 'Alasan klaim',
    membership: 'Periksa data kepesertaan',
    balance: 'Rincian saldo',
    selfie: 'Verifikasi wajah',
    bank: 'NPWP dan rekening bank',
    statement: 'Pernyataan dan konfirmasi',
  } satisfies Record<Step, string>,
  next: 'Lanjut',
  sending: 'Mengirim…',

  // Reason
  reasonLegend: 'Mengapa Anda berhenti bekerja?',
  reasons: {
    resigned: { title: 'Mengundurkan diri', help: 'Anda berhenti atas kemauan sendiri.' },
    terminated: {
      title: 'PHK (pemutusan hubungan kerja)',
      help: 'Pemberi kerja mengakhiri hubungan kerja Anda.',
    },
  } satisfies Record<JhtClaimReason, { title: string; help: string }>,
  reasonMissing: 'Pilih alasan klaim.',
  otherReasons:
    'Alasan lain — usia pensiun 56 tahun, cacat total tetap, meninggal dunia, atau meninggalkan Indonesia selamanya — diajukan lewat Lapak Asik dengan dokumen pendukung.',
  lapakAsik: 'Ajukan lewat Lapak Asik',
  openClaim: 'Anda sudah punya klaim JHT yang sedang berjalan untuk kartu ini.',
  openClaimLink: 'Lihat di Tracking Klaim',

  // Membership
  membershipIntro: 'Ini data kepesertaan yang dipakai untuk klaim. Apakah sudah benar?',
  fullName: 'Nama',
  kpj: 'Nomor KPJ',
  employer: 'Pemberi kerja terakhir',
  leftOn: 'Tanggal berhenti bekerja',
  reasonLabel: 'Alasan klaim',
  notRecorded: 'Belum tercatat',
  dataYes: 'Sudah',
  dataNo: 'Belum',
  dataNoHelp:
    'Perbaiki data Anda lewat pengkinian data, lalu kembali ke klaim. Draf klaim Anda tetap tersimpan.',
  dataNoLink: 'Buka pengkinian data',

  // Balance
  balanceIntro: 'Saldo JHT Anda dibayar penuh, dipotong pajak sesuai aturan.',
  balance: 'Saldo JHT',
  gross: 'Jumlah sebelum pajak',
  tax: 'Pajak (PPh 21)',
  taxLines: 'Rincian pajak',
  net: 'Jumlah diterima',
  regimes: { final: 'Pajak final', progressive: 'Tarif progresif' },
  noNpwpTax: 'Tanpa NPWP, tarif pajak 20% lebih tinggi.',
  noAmounts: 'Rincian saldo belum tersedia. Coba lagi sebentar lagi.',

  // Selfie
  selfieIntro:
    'Ambil swafoto untuk memastikan yang mengajukan klaim adalah Anda. Wajah dicocokkan dengan foto KTP Anda.',
  selfiePassed: 'Wajah Anda cocok. Verifikasi wajah berhasil.',
  selfieReferred: 'Wajah akan diperiksa petugas',
  selfieReferredText:
    'Kesempatan swafoto hari ini sudah habis. Petugas BPJS Ketenagakerjaan akan memastikan wajah Anda setelah klaim diajukan. Anda tetap bisa melanjutkan.',

  // Bank
  npwp: 'NPWP',
  npwpYes: 'Terdaftar dari pengkinian data',
  npwpNo: 'Belum ada NPWP',
  bankName: 'Bank',
  accountNumber: 'Nomor rekening',
  holderName: 'Nama pemilik rekening',
  himbara: 'Bank Himbara: dana masuk dalam hitungan menit setelah klaim disetujui.',
  notHimbara: 'Bank non-Himbara: dana dibayar pada batch berikutnya setelah klaim disetujui.',
  noBank:
    'Belum ada rekening bank untuk pembayaran. Tambahkan rekening atas nama Anda sendiri lewat pengkinian data, lalu kembali ke klaim.',
  bankFrom: 'Dana dibayar ke rekening dari pengkinian data Anda.',

  // Statement
  statementTitle: 'Pernyataan',
  statement: [
    'Data yang saya berikan dalam klaim ini benar dan sesuai dengan dokumen asli.',
    'Saldo JHT dibayarkan ke rekening atas nama saya sendiri.',
    'Saya belum pernah menerima pembayaran JHT penuh untuk kepesertaan ini.',
    'Saya bersedia mengembalikan dana yang diterima bila klaim ternyata tidak berhak, dan memahami bahwa klaim dengan data palsu dapat dituntut sesuai hukum yang berlaku.',
  ],
  statementAccept: 'Saya sudah membaca dan menyetujui pernyataan di atas',
  statementMissing: 'Centang pernyataan untuk melanjutkan.',
  confirm: 'Konfirmasi',
  confirming: 'Mengirim klaim…',
  stepUpIntro: 'Klaim JHT perlu konfirmasi bahwa ini Anda. Setelah terkonfirmasi, klaim dikirim otomatis.',

  // Success
  successTitle: 'Klaim berhasil diajukan',
  reference: 'Nomor referensi',
  referenceHelp: 'Sebutkan nomor ini bila menghubungi petugas.',
  status: 'Status',
  heldBy: 'Sedang di',
  dueBy: 'Paling lambat',
  toTracking: 'Lihat di Tracking Klaim',

  // Tracking
  trackingTitle: 'Tracking Klaim',
  trackingIntro: 'Semua klaim Anda, yang terbaru di atas.',
  noClaims: 'Belum ada klaim.',
  claimOf: (reference: string) => `Klaim ${reference}`,
  openDetail: 'Lihat rincian',
  openDetailOf: (reference: string) => `Lihat rincian klaim ${reference}`,
  submittedOn: 'Diajukan',
  timeline: 'Riwayat klaim',
  whyHere: 'Keterangan',
  amounts: 'Jumlah',
  bank: 'Rekening tujuan',
  autoUpdate: 'Status diperbarui otomatis setiap beberapa detik.',
  dueIllustrative: '(perkiraan)',
  cancel: 'Batalkan klaim',
  cancelConfirm: 'Batalkan klaim ini? Saldo JHT tetap utuh dan Anda bisa mengajukan klaim baru.',
  cancelYes: 'Ya, batalkan',
  cancelNo: 'Tidak',
  cancelling: 'Membatalkan…',
  cancelled: 'Klaim sudah dibatalkan.',
  backToTracking: 'Kembali ke Tracking Klaim',
  fixClaim: 'Perbaiki dan kirim ulang klaim',
  programs: { JHT: 'Jaminan Hari Tua (JHT)' },

  /** Problem codes the core catalogue may not carry yet. */
  problems: {
    claim_not_eligible: 'Kartu ini belum memenuhi syarat klaim JHT di aplikasi. Lihat syarat dan caranya.',
    claim_already_open: 'Sudah ada klaim JHT yang sedang berjalan untuk kartu ini.',
    claim_not_cancellable: 'Klaim ini tidak bisa dibatalkan lagi.',
    claim_not_found: 'Klaim ini tidak ditemukan di akun Anda. Buka Tracking Klaim untuk melihat klaim Anda.',
    claim_not_editable: 'Klaim ini sudah diajukan atau sudah selesai, jadi tidak dapat diubah lagi.',
    claim_selfie_required: 'Ambil swafoto untuk verifikasi wajah dulu, lalu kirim klaim lagi.',
    claim_bank_missing:
      'Belum ada rekening bank atas nama Anda dari pengkinian data. Tambahkan rekening di Pengkinian Data, lalu kembali ke klaim.',
  } as Record<string, string>,

  // Console
  console: {
    nav: 'Klaim',
    queueTitle: 'Antrean Klaim',
    queueIntro: 'Klaim yang menunggu petugas, paling dekat batas waktunya di atas.',
    queueNone: 'Tidak ada klaim yang menunggu.',
    reference: 'Referensi',
    member: 'Peserta',
    kpj: 'KPJ',
    reason: 'Alasan',
    since: 'Sejak',
    due: 'Batas waktu',
    overdue: 'Lewat batas',
    gross: 'Jumlah bruto',
    open: 'Buka',
    openFor: (reference: string, name: string) => `Buka klaim ${reference} (${name})`,
    caseTitle: 'Kasus Klaim',
    backToQueue: 'Kembali ke Antrean Klaim',
    gateTitle: 'Buka kasus klaim',
    gateIntro: 'Data pribadi peserta baru ditampilkan setelah Anda membuka kasus untuk tujuan ini.',
    gateOpen: 'Buka kasus',
    nik: 'NIK (disamarkan)',
    birthDate: 'Tanggal lahir',
    state: 'Status',
    holder: 'Sedang di',
    claimReason: 'Alasan berhenti',
    face: 'Verifikasi wajah',
    faceStatuses: {
      not_taken: 'Belum swafoto',
      passed: 'Cocok',
      failed: 'Gagal',
      referred: 'Perlu diperiksa petugas',
    } as Record<string, string>,
    photosTitle: 'Swafoto dan foto data kependudukan',
    selfie: 'Swafoto klaim',
    reference_photo: 'Foto data kependudukan',
    noSelfie: 'Peserta belum mengirim swafoto.',
    decisionTitle: 'Keputusan',
    decisions: {
      approve: 'Setujui',
      reject: 'Tolak',
      return: 'Kembalikan untuk diperbaiki',
      interview: 'Minta wawancara',
    } satisfies Record<Decision, string>,
    decisionLegend: 'Keputusan',
    reasonLegend: 'Kode alasan',
    reasonMissing: 'Pilih kode alasan.',
    decisionMissing: 'Pilih keputusan.',
    memberReads: 'Peserta membaca:',
    note: 'Catatan untuk berkas (tidak dibaca peserta)',
    noteTooLong: 'Catatan paling banyak 1000 karakter.',
    review: 'Periksa keputusan',
    confirmTitle: 'Yakin dengan keputusan ini?',
    confirmDecision: 'Konfirmasi keputusan',
    deciding: 'Menyimpan…',
    change: 'Ubah',
    noDecisions: 'Tidak ada keputusan yang bisa diambil untuk klaim dalam status ini.',
    decided: (reference: string, state: string) => `Klaim ${reference}: ${state}.`,
  },
};

export type ClaimsTexts = typeof id;

const en: ClaimsTexts = {
  title: 'JHT claim',
  back: 'Back',
  backToEligibility: 'Back to the claim conditions',
  stepTitles: {
    reason: 'Reason for the claim',
    membership: 'Check your membership data',
    balance: 'Balance details',
    selfie: 'Face verification',
    bank: 'NPWP and bank account',
    statement: 'Statement and confirmation',
  },
  next: 'Next',
  sending: 'Sending…',

  reasonLegend: 'Why did you stop working?',
  reasons: {
    resigned: { title: 'Resigned', help: 'You left of your own accord.' },
    terminated: { title: 'Dismissed (PHK)', help: 'Your employer ended your employment.' },
  },
  reasonMissing: 'Choose the reason for the claim.',
  otherReasons:
    'Other reasons — retirement age 56, total permanent disability, death, or leaving Indonesia for good — are claimed through Lapak Asik with supporting documents.',
  lapakAsik: 'Claim through Lapak Asik',
  openClaim: 'You already have a JHT claim in progress for this card.',
  openClaimLink: 'See it in claim tracking',

  membershipIntro: 'This is the membership data used for the claim. Is it right?',
  fullName: 'Name',
  kpj: 'KPJ number',
  employer: 'Last employer',
  leftOn: 'Leaving date',
  reasonLabel: 'Reason for the claim',
  notRecorded: 'Not recorded',
  dataYes: 'Yes',
  dataNo: 'No',
  dataNoHelp: 'Correct your data in the data update, then come back to the claim. Your draft claim is kept.',
  dataNoLink: 'Open the data update',

  balanceIntro: 'Your JHT balance is paid in full, less tax as the rules say.',
  balance: 'JHT balance',
  gross: 'Amount before tax',
  tax: 'Tax (PPh 21)',
  taxLines: 'Tax details',
  net: 'Amount you receive',
  regimes: { final: 'Final tax', progressive: 'Progressive rates' },
  noNpwpTax: 'Without an NPWP the tax rate is 20% higher.',
  noAmounts: 'The balance details are not available yet. Try again in a moment.',

  selfieIntro:
    'Take a selfie to confirm that it is you making the claim. Your face is compared with your ID card photo.',
  selfiePassed: 'Your face matches. Face verification passed.',
  selfieReferred: 'An officer will check your face',
  selfieReferredText:
    'Today’s selfie attempts are used up. A BPJS Ketenagakerjaan officer will confirm your face after the claim is submitted. You can go on.',

  npwp: 'NPWP',
  npwpYes: 'Registered in your data update',
  npwpNo: 'No NPWP yet',
  bankName: 'Bank',
  accountNumber: 'Account number',
  holderName: 'Account holder',
  himbara: 'Himbara bank: the money arrives within minutes of the claim’s approval.',
  notHimbara: 'Non-Himbara bank: the money is paid in the next batch after the claim’s approval.',
  noBank:
    'There is no bank account for the payment yet. Add an account in your own name in the data update, then come back to the claim.',
  bankFrom: 'The money is paid to the account from your data update.',

  statementTitle: 'Statement',
  statement: [
    'The data I give in this claim is true and matches the original documents.',
    'The JHT balance is paid to an account in my own name.',
    'I have not received a full JHT payout for this membership before.',
    'I will return any money received if the claim turns out not to be due, and I understand that a claim with false data may be prosecuted under the law.',
  ],
  statementAccept: 'I have read and agree to the statement above',
  statementMissing: 'Tick the statement to go on.',
  confirm: 'Confirm',
  confirming: 'Sending the claim…',
  stepUpIntro: 'A JHT claim needs confirmation that it is you. Once confirmed, the claim is sent on its own.',

  successTitle: 'Claim submitted',
  reference: 'Reference number',
  referenceHelp: 'Quote this number when you contact an officer.',
  status: 'Status',
  heldBy: 'Now with',
  dueBy: 'At the latest',
  toTracking: 'See it in claim tracking',

  trackingTitle: 'Claim tracking',
  trackingIntro: 'All your claims, newest first.',
  noClaims: 'No claims yet.',
  claimOf: (reference: string) => `Claim ${reference}`,
  openDetail: 'See details',
  openDetailOf: (reference: string) => `See details of claim ${reference}`,
  submittedOn: 'Submitted',
  timeline: 'Claim history',
  whyHere: 'Why',
  amounts: 'Amounts',
  bank: 'Paid to',
  autoUpdate: 'The status updates automatically every few seconds.',
  dueIllustrative: '(estimate)',
  cancel: 'Cancel the claim',
  cancelConfirm: 'Cancel this claim? Your JHT balance stays untouched and you can file a new claim.',
  cancelYes: 'Yes, cancel',
  cancelNo: 'No',
  cancelling: 'Cancelling…',
  cancelled: 'The claim has been cancelled.',
  backToTracking: 'Back to claim tracking',
  fixClaim: 'Fix and send the claim again',
  programs: { JHT: 'Old-age savings (JHT)' },

  problems: {
    claim_not_eligible:
      'This card does not meet the conditions of an in-app JHT claim yet. See the conditions and what to do.',
    claim_already_open: 'A JHT claim for this card is already in progress.',
    claim_not_cancellable: 'This claim can no longer be cancelled.',
    claim_not_found: 'This claim is not in your account. Open claim tracking to see your claims.',
    claim_not_editable: 'This claim has been submitted or is finished, so it cannot be changed any more.',
    claim_selfie_required: 'Take the selfie for the face check first, then send the claim again.',
    claim_bank_missing:
      'There is no bank account in your name from the data update yet. Add an account in the data update, then come back to the claim.',
  },

  console: {
    nav: 'Claims',
    queueTitle: 'Claim queue',
    queueIntro: 'Claims waiting for an officer, nearest deadline first.',
    queueNone: 'No claims are waiting.',
    reference: 'Reference',
    member: 'Member',
    kpj: 'KPJ',
    reason: 'Reason',
    since: 'Since',
    due: 'Due',
    overdue: 'Overdue',
    gross: 'Gross amount',
    open: 'Open',
    openFor: (reference: string, name: string) => `Open claim ${reference} (${name})`,
    caseTitle: 'Claim case',
    backToQueue: 'Back to the claim queue',
    gateTitle: 'Open the claim case',
    gateIntro: 'The member’s personal data is shown only once you open the case for this purpose.',
    gateOpen: 'Open the case',
    nik: 'NIK (masked)',
    birthDate: 'Birth date',
    state: 'Status',
    holder: 'Now with',
    claimReason: 'Reason for leaving',
    face: 'Face verification',
    faceStatuses: {
      not_taken: 'No selfie yet',
      passed: 'Match',
      failed: 'Failed',
      referred: 'To be checked by an officer',
    },
    photosTitle: 'Selfie and registry photo',
    selfie: 'Claim selfie',
    reference_photo: 'Population registry photo',
    noSelfie: 'The member has not sent a selfie.',
    decisionTitle: 'Decision',
    decisions: {
      approve: 'Approve',
      reject: 'Reject',
      return: 'Return for a fix',
      interview: 'Ask for an interview',
    },
    decisionLegend: 'Decision',
    reasonLegend: 'Reason code',
    reasonMissing: 'Choose a reason code.',
    decisionMissing: 'Choose a decision.',
    memberReads: 'The member reads:',
    note: 'Note for the file (not shown to the member)',
    noteTooLong: 'A note has at most 1000 characters.',
    review: 'Review the decision',
    confirmTitle: 'Are you sure of this decision?',
    confirmDecision: 'Confirm the decision',
    deciding: 'Saving…',
    change: 'Change',
    noDecisions: 'No decision can be made on a claim in this state.',
    decided: (reference: string, state: string) => `Claim ${reference}: ${state}.`,
  },
};

const texts: Record<Locale, ClaimsTexts> = { id, en };

export function useClaimsT(): ClaimsTexts {
  return texts[lang.value];
}

export type { Decision, Step };
