/**
 * Every word the JMO screens show, in Bahasa Indonesia (the default) and English. Error messages for
 * API problem codes are not here: they come from @jmo/core's catalogue so server and app agree.
 */

import type { Locale } from '@jmo/core/contracts/errors';
import { signal } from '@preact/signals';

const id = {
  appName: 'JMO',
  appTitle: 'JMO — Jamsostek Mobile',
  skipToContent: 'Langsung ke isi halaman',
  home: 'Beranda',
  language: 'Bahasa',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' },
  signOut: 'Keluar',
  signingOut: 'Sedang keluar…',
  signOutFailed: 'Gagal keluar karena koneksi terputus. Periksa koneksi Anda lalu coba lagi.',
  footer: 'Implementasi terbuka Jamsostek Mobile. Bukan aplikasi resmi BPJS Ketenagakerjaan.',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  networkError: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
  none: 'Tidak ada',

  loginTitle: 'Masuk',
  loginIntro: 'Masuk untuk melihat kartu peserta dan saldo JHT Anda.',
  identifierLabel: 'Email atau Nomor HP',
  identifierHint: 'Contoh: nama@email.com atau 081234567890',
  identifierMissing: 'Isi email atau nomor HP Anda.',
  passwordLabel: 'Kata Sandi',
  passwordMissing: 'Isi kata sandi Anda.',
  showPassword: 'Tampilkan',
  hidePassword: 'Sembunyikan',
  submitLogin: 'Masuk',
  submittingLogin: 'Sedang masuk…',

  greeting: (name: string) => `Halo, ${name}`,
  nik: 'NIK',
  totalJht: 'Total Saldo JHT',
  asOf: (date: string) => `per ${date}`,
  yourCards: 'Kartu Peserta',
  noCards: 'Belum ada kartu peserta yang terhubung ke akun Anda.',
  kpj: 'No. KPJ',
  segments: {
    PU: 'Penerima Upah',
    BPU: 'Bukan Penerima Upah',
    PMI: 'Pekerja Migran Indonesia',
  },
  status: { active: 'Aktif', nonactive: 'Nonaktif' },
  employer: 'Pemberi kerja',
  jhtBalance: 'Saldo JHT',
  lastPayment: 'Pembayaran terakhir',
  noPayment: 'Belum ada pembayaran',
  viewHistory: 'Lihat riwayat saldo',

  historyTitle: 'Riwayat Saldo',
  backHome: 'Kembali ke Beranda',
  year: 'Tahun',
  summaryTitle: (year: number) => `Ringkasan ${year}`,
  monthsTitle: 'Rincian per Bulan',
  noMonths: 'Belum ada transaksi pada tahun ini.',
  opening: 'Saldo Awal',
  contributions: 'Iuran',
  developmentReturn: 'Hasil Pengembangan',
  closing: 'Saldo Akhir',
  reportedWage: 'Upah Dilaporkan',
  lastPaymentDate: 'Tanggal Bayar Terakhir',

  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundText: 'Alamat yang Anda buka tidak ada. Mungkin tautannya salah atau halamannya sudah dipindahkan.',

  months: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

export type Messages = typeof id;

const en: Messages = {
  appName: 'JMO',
  appTitle: 'JMO — Jamsostek Mobile',
  skipToContent: 'Skip to content',
  home: 'Home',
  language: 'Language',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' },
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutFailed: 'Could not sign out because the connection dropped. Check your connection and try again.',
  footer: 'An open implementation of Jamsostek Mobile. Not an official BPJS Ketenagakerjaan app.',
  loading: 'Loading…',
  retry: 'Try again',
  networkError: 'Cannot reach the server. Check your internet connection and try again.',
  none: 'None',

  loginTitle: 'Sign in',
  loginIntro: 'Sign in to see your membership cards and JHT balance.',
  identifierLabel: 'E-mail or mobile number',
  identifierHint: 'For example: name@email.com or 081234567890',
  identifierMissing: 'Enter your e-mail or mobile number.',
  passwordLabel: 'Password',
  passwordMissing: 'Enter your password.',
  showPassword: 'Show',
  hidePassword: 'Hide',
  submitLogin: 'Sign in',
  submittingLogin: 'Signing in…',

  greeting: (name: string) => `Hello, ${name}`,
  nik: 'NIK',
  totalJht: 'Total JHT balance',
  asOf: (date: string) => `as of ${date}`,
  yourCards: 'Membership cards',
  noCards: 'No membership card is linked to your account yet.',
  kpj: 'KPJ no.',
  segments: {
    PU: 'Wage earner',
    BPU: 'Informal worker',
    PMI: 'Indonesian migrant worker',
  },
  status: { active: 'Active', nonactive: 'Inactive' },
  employer: 'Employer',
  jhtBalance: 'JHT balance',
  lastPayment: 'Last payment',
  noPayment: 'No payment yet',
  viewHistory: 'View balance history',

  historyTitle: 'Balance history',
  backHome: 'Back to Home',
  year: 'Year',
  summaryTitle: (year: number) => `Summary ${year}`,
  monthsTitle: 'Month by month',
  noMonths: 'No transactions in this year yet.',
  opening: 'Opening balance',
  contributions: 'Contributions',
  developmentReturn: 'Development return',
  closing: 'Closing balance',
  reportedWage: 'Reported wage',
  lastPaymentDate: 'Last payment date',

  notFoundTitle: 'Page not found',
  notFoundText: 'The address you opened does not exist. The link may be wrong or the page may have moved.',

  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export const dictionaries: Record<Locale, Messages> = { id, en };

const STORAGE_KEY = 'jmo.lang';

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (value === 'id' || value === 'en') return value;
  } catch {
    // Storage can be blocked (private mode, WebView settings): fall back to the default.
  }
  return 'id';
}

/** The chosen language; Bahasa Indonesia unless the user picked English on this device. */
export const lang = signal<Locale>(storedLocale());

/** The dictionary of the chosen language. Reading it inside a component subscribes it to changes. */
export function useT(): Messages {
  return dictionaries[lang.value];
}

export function applyDocumentLang(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function setLang(locale: Locale): void {
  lang.value = locale;
  applyDocumentLang(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}
