/**
 * Words of Klaim JHT's eligibility screens, the Lapak Asik page and the withdrawal lock, in Bahasa
 * Indonesia (the default) and English, following the app's language switch. What a blocker means
 * comes from the server in the same language; these are the headings and buttons around it.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

const id = {
  homeSection: 'Jaminan Hari Tua',
  homeLink: 'Klaim JHT',
  title: 'Klaim JHT',
  chooseIntro:
    'Pilih kartu yang saldo JHT-nya ingin Anda cairkan. Aplikasi memeriksa tiga syarat klaim di aplikasi lebih dulu.',
  noCards: 'Belum ada kartu di akun Anda.',
  check: 'Periksa syarat',
  balance: 'Saldo JHT',
  eligibilityTitle: 'Syarat klaim JHT',
  eligibilityIntro: 'Klaim JHT di aplikasi bisa diajukan bila ketiga syarat ini terpenuhi.',
  conditions: {
    balance_within_cap: (cap: string) => `Saldo JHT paling banyak ${cap}`,
    data_updated: 'Data peserta sudah dikinikan',
    membership_ended: 'Kepesertaan nonaktif dan masa tunggu satu bulan selesai',
  },
  met: 'Terpenuhi',
  notMet: 'Belum terpenuhi',
  askEmployer: 'Minta pemberi kerja melaporkan',
  asking: 'Mengirim…',
  requestSent: (date: string) => `Permintaan terkirim ${date}`,
  requestSentTo: (employer: string) =>
    `Bagian personalia ${employer} melihat permintaan ini di portal pemberi kerja.`,
  requestResolved: (date: string) => `Pemberi kerja sudah melaporkan pada ${date}.`,
  remindMe: (date: string) => `Ingatkan saya pada ${date}`,
  reminding: 'Memasang pengingat…',
  reminderSet: (date: string) =>
    `Pengingat dipasang: kami kabari lewat aplikasi, e-mail dan SMS pada ${date}.`,
  updateData: 'Perbarui data',
  lapakAsik: 'Ajukan lewat Lapak Asik',
  otherCards: 'Lihat kartu lain',
  safetyTitle: 'Pengaman akun',
  safetyOk: 'Kunci pencairan tidak aktif dan rekening tidak baru diganti.',
  lockOn: 'Kunci pencairan aktif',
  openSecurity: 'Buka Keamanan Akun',
  coolingOff: (date: string) => `Rekening baru diganti: klaim bisa mulai ${date}`,
  allMet: 'Semua syarat terpenuhi. Anda bisa mengajukan klaim JHT sekarang.',
  payTo: (bank: string, account: string) => `Dibayar ke ${bank} ${account}`,
  submit: 'Ajukan Klaim',
  notYet: 'Klaim belum bisa diajukan. Selesaikan langkah di atas, lalu kembali ke sini.',
  capSource: 'Batas klaim di aplikasi',

  // Lapak Asik
  lapakTitle: 'Lapak Asik',
  lapakIntro:
    'Saldo JHT di atas batas klaim di aplikasi dicairkan lewat Lapak Asik (Layanan Tanpa Kontak Fisik): Anda mengunggah dokumen secara daring, lalu petugas memverifikasinya lewat wawancara video. Uang dibayar paling lama 5 hari kerja setelah dokumen lengkap.',
  lapakNotYet:
    'Layanan Lapak Asik daring di JMO sedang disiapkan dan belum bisa dipakai di aplikasi ini. Sementara itu, siapkan dokumen di bawah ini, atau datang ke kantor cabang BPJS Ketenagakerjaan terdekat.',
  prepareTitle: 'Yang perlu disiapkan',
  prepare: [
    'KTP (Kartu Tanda Penduduk) asli',
    'Kartu Keluarga (KK)',
    'Paklaring atau surat keterangan berhenti bekerja dari pemberi kerja',
    'Buku tabungan atas nama Anda sendiri',
    'NPWP, bila saldo JHT lebih dari Rp50.000.000',
    'Kartu peserta (KPJ) atau nomor KPJ Anda',
  ],
  branchTitle: 'Di kantor cabang',
  branchText:
    'Bawa dokumen asli yang sama ke kantor cabang. Petugas memeriksa dokumen dan wajah Anda di tempat; ambil nomor antrean lebih dulu.',
  lapakBack: 'Kembali ke Klaim JHT',

  // Withdrawal lock (Keamanan Akun)
  lockTitle: 'Kunci pencairan',
  lockIntro:
    'Bila kunci pencairan aktif, tidak ada klaim JHT yang bisa diajukan dari akun Anda, meski seseorang memegang HP Anda. Mengaktifkan langsung berlaku. Mematikannya perlu konfirmasi kode dan baru berlaku setelah jeda, supaya pencuri tidak bisa langsung membuka kunci lalu mencairkan.',
  lockStateOn: (since: string) => `Aktif sejak ${since}.`,
  lockStateOff: 'Tidak aktif.',
  lockPendingOff: (at: string) => `Akan mati pada ${at}. Sampai saat itu klaim tetap terkunci.`,
  turnOn: 'Aktifkan kunci pencairan',
  turnOff: 'Matikan kunci pencairan',
  turnOffIntro: (hours: number) =>
    `Konfirmasi dulu bahwa ini Anda. Kunci baru mati ${hours} jam setelah itu, dan kami kabari lewat e-mail dan SMS.`,
  keepOn: 'Tetap aktifkan',
  saving: 'Menyimpan…',
  reminderNoticeTitle: 'JHT sudah bisa diklaim',
  reminderNotice: (kpj: string, date: string) =>
    `Mulai ${date} saldo JHT kartu ${kpj} bisa Anda klaim: Jaminan Hari Tua → Klaim JHT.`,
};

type JhtClaimTexts = typeof id;

const en: JhtClaimTexts = {
  homeSection: 'Old-age savings (JHT)',
  homeLink: 'Claim JHT',
  title: 'Claim JHT',
  chooseIntro:
    'Choose the card whose JHT savings you want to claim. The app first checks the three conditions of a claim in the app.',
  noCards: 'There are no cards in your account yet.',
  check: 'Check the conditions',
  balance: 'JHT balance',
  eligibilityTitle: 'Conditions of a JHT claim',
  eligibilityIntro: 'A JHT claim can be made in the app when all three conditions are met.',
  conditions: {
    balance_within_cap: (cap: string) => `JHT balance at most ${cap}`,
    data_updated: 'Membership data updated',
    membership_ended: 'Membership non-active and the one-month wait over',
  },
  met: 'Met',
  notMet: 'Not met yet',
  askEmployer: 'Ask my employer to report it',
  asking: 'Sending…',
  requestSent: (date: string) => `Request sent ${date}`,
  requestSentTo: (employer: string) =>
    `The HR department of ${employer} sees this request in the employer portal.`,
  requestResolved: (date: string) => `Your employer reported it on ${date}.`,
  remindMe: (date: string) => `Remind me on ${date}`,
  reminding: 'Setting the reminder…',
  reminderSet: (date: string) => `Reminder set: we will tell you in the app, by e-mail and SMS on ${date}.`,
  updateData: 'Update my data',
  lapakAsik: 'Claim through Lapak Asik',
  otherCards: 'See my other cards',
  safetyTitle: 'Account safety',
  safetyOk: 'The withdrawal lock is off and the bank account was not changed recently.',
  lockOn: 'Withdrawal lock on',
  openSecurity: 'Open Account security',
  coolingOff: (date: string) => `Bank account changed recently: you can claim from ${date}`,
  allMet: 'All conditions are met. You can claim your JHT now.',
  payTo: (bank: string, account: string) => `Paid to ${bank} ${account}`,
  submit: 'Submit claim',
  notYet: 'The claim cannot be made yet. Finish the steps above, then come back here.',
  capSource: 'In-app claim cap',

  lapakTitle: 'Lapak Asik',
  lapakIntro:
    'A JHT balance above the in-app cap is claimed through Lapak Asik (the contactless service): you upload documents online, then an officer verifies them in a video interview. The money is paid within 5 working days of complete documents.',
  lapakNotYet:
    'The online Lapak Asik service in JMO is being prepared and cannot be used in this app yet. Meanwhile, get the documents below ready, or visit the nearest BPJS Ketenagakerjaan branch.',
  prepareTitle: 'What to prepare',
  prepare: [
    'Your original KTP (identity card)',
    'Family card (KK)',
    'Paklaring or a leaving letter from your employer',
    'A savings book in your own name',
    'NPWP, when the JHT balance is above Rp50.000.000',
    'Your membership card (KPJ) or KPJ number',
  ],
  branchTitle: 'At a branch',
  branchText:
    'Bring the same original documents to a branch. An officer checks the documents and your face there; take a queue number first.',
  lapakBack: 'Back to Claim JHT',

  lockTitle: 'Withdrawal lock',
  lockIntro:
    'While the withdrawal lock is on, no JHT claim can be made from your account, even by someone holding your phone. Turning it on counts at once. Turning it off needs a code and counts only after a delay, so a thief cannot unlock and claim at once.',
  lockStateOn: (since: string) => `On since ${since}.`,
  lockStateOff: 'Off.',
  lockPendingOff: (at: string) => `Turns off on ${at}. Until then claims stay locked.`,
  turnOn: 'Turn the withdrawal lock on',
  turnOff: 'Turn the withdrawal lock off',
  turnOffIntro: (hours: number) =>
    `First confirm it is you. The lock goes off ${hours} hours after that, and we tell you by e-mail and SMS.`,
  keepOn: 'Keep it on',
  saving: 'Saving…',
  reminderNoticeTitle: 'You can claim your JHT now',
  reminderNotice: (kpj: string, date: string) =>
    `From ${date} you can claim the JHT balance of card ${kpj}: Old-age savings → Claim JHT.`,
};

const texts: Record<Locale, JhtClaimTexts> = { id, en };

export function useJhtClaimT(): JhtClaimTexts {
  return texts[lang.value];
}

export type { JhtClaimTexts };
