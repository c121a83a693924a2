/**
 * The verify page's words, in Bahasa Indonesia (the default) and English. Its own small dictionary:
 * the page is a separate surface and must stay light for a clinic's phone. The verdicts themselves
 * (what each outcome means and what to do) come from @jmo/core, the same as the server's.
 */
import type { Locale } from '@jmo/core/contracts/errors';

const id = {
  title: 'Periksa Kartu Digital',
  intro:
    'Untuk klinik dan mitra PLKK: pindai kode QR pada Kartu Peserta Digital JMO. Pemeriksaan tanda tangan berjalan di perangkat ini, juga tanpa internet setelah halaman ini pernah dibuka.',
  otherLanguage: 'English',
  otherLanguageName: 'Switch to English',
  scan: 'Pindai dengan kamera',
  stopScan: 'Berhenti memindai',
  scanning: 'Arahkan kamera ke kode QR pada kartu…',
  cameraVideo: 'Gambar kamera untuk memindai kode QR',
  cameraUnavailable: 'Kamera tidak dapat dibuka. Izinkan akses kamera, atau pilih foto kode QR.',
  photo: 'Pilih foto kode QR',
  reading: 'Membaca kode QR…',
  photoNoQr: 'Tidak ada kode QR yang terbaca pada foto ini. Ambil foto yang lebih dekat, tegak dan terang.',
  pasteLabel: 'Atau tempel teks kartu',
  pasteHint: 'Teks panjang yang diawali "ey", atau alamat kartu yang berisi tanda #.',
  pasteMissing: 'Tempel teks kartu lebih dulu.',
  check: 'Periksa',
  resultTitle: 'Hasil pemeriksaan',
  loadingTrust: 'Memuat kunci pemeriksa…',
  trustOnline: (time: string) => `Kunci dan daftar pencabutan terbaru, per ${time}.`,
  trustOffline: (time: string) =>
    `Offline: daftar pencabutan per ${time}. Kartu yang dicabut sesudahnya belum diketahui; sambungkan ke internet bila bisa.`,
  trustNone:
    'Kunci pemeriksa belum pernah dimuat di perangkat ini. Sambungkan ke internet lalu muat ulang halaman ini sekali; sesudah itu halaman ini bekerja tanpa internet.',
  fields: {
    name: 'Nama',
    kpj: 'Nomor KPJ',
    nik: 'NIK (4 digit akhir)',
    segment: 'Segmen',
    programs: 'Program',
    status: 'Status kepesertaan',
    employer: 'Pemberi kerja',
    issued: 'Diterbitkan',
    validUntil: 'Berlaku sampai',
    revokedAt: 'Dicabut pada',
    id: 'ID kartu',
  },
  segments: {
    PU: 'Penerima Upah (PU)',
    BPU: 'Bukan Penerima Upah (BPU)',
    PMI: 'Pekerja Migran Indonesia (PMI)',
  },
  statuses: { active: 'Aktif', nonactive: 'Nonaktif' },
  footer: 'Implementasi terbuka JMO. Bukan aplikasi resmi BPJS Ketenagakerjaan.',
  memberApp: 'Peserta? Buka aplikasi JMO',
};

export type VerifyTexts = typeof id;

const en: VerifyTexts = {
  title: 'Check a digital card',
  intro:
    'For clinics and PLKK partners: scan the QR code on a JMO digital membership card. The signature is checked on this device, without internet too once this page has been opened.',
  otherLanguage: 'Bahasa Indonesia',
  otherLanguageName: 'Ganti ke Bahasa Indonesia',
  scan: 'Scan with the camera',
  stopScan: 'Stop scanning',
  scanning: 'Point the camera at the QR code on the card…',
  cameraVideo: 'Camera picture for scanning the QR code',
  cameraUnavailable: 'The camera could not be opened. Allow camera access, or choose a photo of the QR code.',
  photo: 'Choose a photo of the QR code',
  reading: 'Reading the QR code…',
  photoNoQr: 'No QR code could be read in this photo. Take it closer, straight and in good light.',
  pasteLabel: 'Or paste the card text',
  pasteHint: 'A long text starting with "ey", or the card address containing #.',
  pasteMissing: 'Paste the card text first.',
  check: 'Check',
  resultTitle: 'Result',
  loadingTrust: 'Loading the verification keys…',
  trustOnline: (time: string) => `Current keys and revocation list, as of ${time}.`,
  trustOffline: (time: string) =>
    `Offline: revocations as of ${time}. Cards revoked since are not known yet; connect to the internet when you can.`,
  trustNone:
    'The verification keys were never loaded on this device. Connect to the internet and reload this page once; after that it works without internet.',
  fields: {
    name: 'Name',
    kpj: 'KPJ number',
    nik: 'NIK (last 4 digits)',
    segment: 'Segment',
    programs: 'Programs',
    status: 'Membership status',
    employer: 'Employer',
    issued: 'Issued',
    validUntil: 'Valid until',
    revokedAt: 'Revoked on',
    id: 'Card id',
  },
  segments: { PU: 'Wage earner (PU)', BPU: 'Informal worker (BPU)', PMI: 'Migrant worker (PMI)' },
  statuses: { active: 'Active', nonactive: 'Not active' },
  footer: 'An open implementation of JMO. Not an official BPJS Ketenagakerjaan app.',
  memberApp: 'A member? Open the JMO app',
};

export const verifyTexts: Record<Locale, VerifyTexts> = { id, en };

const STORAGE_KEY = 'jmo.lang';

/** The language chosen on this device (shared with the member app), Bahasa Indonesia by default. */
export function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (value === 'id' || value === 'en') return value;
  } catch {
    // Storage blocked: the default.
  }
  return 'id';
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not kept; the choice holds for this visit.
  }
}

export function formatInstant(iso: string | number, locale: Locale, withTime: boolean): string {
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
  return format.format(typeof iso === 'number' ? new Date(iso) : new Date(iso));
}
