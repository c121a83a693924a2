/**
 * Words of the member's "Kartu Digital" page, in Bahasa Indonesia (the default) and English,
 * following the app's language switch. Shared words (segments, statuses, dates) come from i18n.ts.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

const id = {
  title: 'Kartu Digital',
  open: 'Kartu Digital',
  openHint: 'QR untuk klinik, unduh PDF',
  explain:
    'Klinik dan mitra PLKK memindai QR ini untuk memeriksa keaslian kartu: mereka melihat nama, No. KPJ, segmen, program, status dan masa berlaku, tanpa NIK lengkap dan tanggal lahir.',
  qrAlt: (kpj: string) => `Kode QR Kartu Digital KPJ ${kpj}`,
  name: 'Nama',
  programs: 'Program',
  validUntil: 'Berlaku sampai',
  issued: 'Diterbitkan',
  download: 'Unduh PDF',
  verifyLink: 'Buka halaman pemeriksaan',
  reissue: 'Terbitkan ulang',
  reissueConfirmTitle: 'Terbitkan ulang kartu digital?',
  reissueConfirmText:
    'Kartu digital yang sekarang, termasuk PDF yang sudah dicetak atau dibagikan, langsung tidak berlaku. Lakukan ini bila HP hilang atau cetakan kartu jatuh ke tangan orang lain.',
  reissueConfirm: 'Ya, terbitkan ulang',
  reissueCancel: 'Batal',
  reissuing: 'Menerbitkan…',
  reissued: 'Kartu digital baru sudah terbit. Kartu yang lama tidak berlaku lagi.',
  outdated:
    'Data kartu berubah sejak kartu digital ini terbit. Terbitkan ulang agar klinik melihat data terbaru.',
  backToCard: 'Kembali ke Riwayat Saldo',
};

export type DigitalCardTexts = typeof id;

const en: DigitalCardTexts = {
  title: 'Digital card',
  open: 'Digital card',
  openHint: 'QR for clinics, PDF download',
  explain:
    'Clinics and PLKK partners scan this QR to check the card is genuine: they see the name, KPJ number, segment, programs, status and validity, without the full NIK or the date of birth.',
  qrAlt: (kpj: string) => `QR code of the digital card for KPJ ${kpj}`,
  name: 'Name',
  programs: 'Programs',
  validUntil: 'Valid until',
  issued: 'Issued',
  download: 'Download PDF',
  verifyLink: 'Open the check page',
  reissue: 'Reissue',
  reissueConfirmTitle: 'Reissue the digital card?',
  reissueConfirmText:
    'The current digital card, printed or shared PDFs included, stops being valid at once. Do this when your phone is lost or a printed card is in someone else’s hands.',
  reissueConfirm: 'Yes, reissue',
  reissueCancel: 'Cancel',
  reissuing: 'Reissuing…',
  reissued: 'A new digital card was issued. The old one is no longer valid.',
  outdated:
    'The card’s details changed since this digital card was issued. Reissue it so clinics see the current details.',
  backToCard: 'Back to the balance history',
};

const texts: Record<Locale, DigitalCardTexts> = { id, en };

export function useDigitalCardT(): DigitalCardTexts {
  return texts[lang.value];
}
