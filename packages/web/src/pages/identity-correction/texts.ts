/**
 * Words of the identity correction page ("Koreksi identitas"), in Bahasa Indonesia (the default)
 * and English, following the app's language switch.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

const id = {
  title: 'Koreksi nama atau tanggal lahir',
  intro:
    'Bila nama atau tanggal lahir Anda di JMO berbeda dengan KTP, ajukan koreksi di sini dengan foto KTP atau Kartu Keluarga. Petugas memeriksanya; tidak perlu datang ke kantor cabang.',
  current: 'Data Anda saat ini',
  fullName: 'Nama lengkap',
  birthDate: 'Tanggal lahir',
  whichFields: 'Apa yang salah?',
  newName: 'Nama lengkap sesuai KTP',
  newNameHint: 'Ketik persis seperti tertulis di KTP, termasuk gelar bila ada.',
  newBirthDate: 'Tanggal lahir sesuai KTP',
  explanation: 'Penjelasan',
  explanationHint: 'Contoh: "Di kartu tertulis RINA KARTIKAA, di KTP saya RINA KARTIKA SARI."',
  evidence: 'Foto bukti',
  evidenceHint:
    'Foto KTP atau KK Anda: letakkan di meja, cukup terang, semua tulisan terbaca, tanpa pantulan lampu. Paling sedikit satu foto.',
  evidenceKind: 'Jenis dokumen',
  ktp: 'KTP',
  kk: 'Kartu Keluarga (KK)',
  addPhoto: 'Ambil atau pilih foto',
  uploading: 'Mengunggah foto…',
  uploaded: (kind: string, n: number) => `Foto ${kind} ${n} terunggah`,
  removePhoto: 'Hapus foto',
  submit: 'Kirim permohonan',
  submitting: 'Mengirim permohonan…',
  chooseField: 'Pilih nama, tanggal lahir, atau keduanya.',
  typeValue: 'Isi nilai sesuai KTP.',
  explain: 'Tulis penjelasan singkat (paling sedikit 10 huruf).',
  needPhoto: 'Tambahkan paling sedikit satu foto KTP atau KK.',
  statusTitle: 'Status permohonan',
  status: {
    open: 'Sedang diperiksa petugas',
    approved: 'Disetujui: data Anda sudah dikoreksi',
    rejected: 'Belum disetujui',
  } as Record<string, string>,
  requested: 'Yang diminta',
  due: 'Diputuskan paling lambat',
  holder: 'Ditangani oleh',
  noHolder: 'Menunggu petugas',
  reason: 'Alasan petugas',
  sentAt: 'Diajukan',
  askAgain: 'Anda dapat mengajukan permohonan baru dengan foto yang lebih jelas.',
  noticeApproved: 'Koreksi identitas disetujui',
  noticeRejected: 'Koreksi identitas belum disetujui',
  noticeApprovedText: 'Petugas memeriksa foto KTP/KK Anda dan mengoreksi data Anda sesuai KTP.',
  noticeRejectedText:
    'Petugas belum dapat menyetujui koreksi Anda. Alasannya ada di halaman Koreksi identitas.',
};

type IdentityTexts = typeof id;

const en: IdentityTexts = {
  title: 'Correct your name or birth date',
  intro:
    'If your name or birth date in JMO differs from your KTP, ask for a correction here with a photo of your KTP or family card. An officer checks it; no branch visit needed.',
  current: 'Your data now',
  fullName: 'Full name',
  birthDate: 'Birth date',
  whichFields: 'What is wrong?',
  newName: 'Full name as on the KTP',
  newNameHint: 'Type it exactly as the KTP prints it, titles included if any.',
  newBirthDate: 'Birth date as on the KTP',
  explanation: 'Explanation',
  explanationHint: 'For example: "The card says RINA KARTIKAA, my KTP says RINA KARTIKA SARI."',
  evidence: 'Evidence photos',
  evidenceHint:
    'A photo of your KTP or KK: lay it on a table, in good light, all text readable, no glare. At least one photo.',
  evidenceKind: 'Document',
  ktp: 'KTP (ID card)',
  kk: 'Family card (KK)',
  addPhoto: 'Take or choose a photo',
  uploading: 'Uploading the photo…',
  uploaded: (kind: string, n: number) => `${kind} photo ${n} uploaded`,
  removePhoto: 'Remove photo',
  submit: 'Send the request',
  submitting: 'Sending the request…',
  chooseField: 'Choose the name, the birth date, or both.',
  typeValue: 'Fill in the value as on the KTP.',
  explain: 'Write a short explanation (at least 10 letters).',
  needPhoto: 'Add at least one photo of the KTP or KK.',
  statusTitle: 'Request status',
  status: {
    open: 'Being checked by an officer',
    approved: 'Approved: your data is corrected',
    rejected: 'Not approved',
  },
  requested: 'Asked for',
  due: 'Decided by',
  holder: 'Handled by',
  noHolder: 'Waiting for an officer',
  reason: "Officer's reason",
  sentAt: 'Sent',
  askAgain: 'You can send a new request with clearer photos.',
  noticeApproved: 'Identity correction approved',
  noticeRejected: 'Identity correction not approved',
  noticeApprovedText: 'An officer checked your KTP/KK photos and corrected your data to match the KTP.',
  noticeRejectedText:
    'An officer could not approve your correction. The reason is on the Identity correction page.',
};

const texts: Record<Locale, IdentityTexts> = { id, en };

export function identityTexts(): IdentityTexts {
  return texts[lang.value];
}
export const useIdentityT = identityTexts;
export type { IdentityTexts };
