/**
 * The one catalogue of error codes shared by server and web. Codes are API: never renamed.
 * The server maps each code to an HTTP status (server/src/http/problem.ts); messages live here so
 * the PWA can show the same words offline.
 */
export const errorMessages = {
  invalid_request: {
    id: 'Data yang dikirim tidak valid. Periksa kembali isian Anda.',
    en: 'The request is not valid. Please check what you entered.',
  },
  malformed_json: {
    id: 'Isi permintaan bukan JSON yang benar.',
    en: 'The request body is not valid JSON.',
  },
  body_too_large: {
    id: 'Data yang dikirim terlalu besar.',
    en: 'The request body is too large.',
  },
  unsupported_media_type: {
    id: 'Jenis isi permintaan tidak didukung. Kirim sebagai application/json.',
    en: 'Unsupported content type. Send application/json.',
  },
  not_found: {
    id: 'Halaman atau data yang Anda cari tidak ditemukan.',
    en: 'The page or record you are looking for was not found.',
  },
  method_not_allowed: {
    id: 'Metode permintaan ini tidak didukung di alamat ini.',
    en: 'This method is not supported at this address.',
  },
  invalid_credentials: {
    id: 'E-mail/nomor HP atau kata sandi salah. Periksa kembali lalu coba lagi.',
    en: 'The e-mail/mobile number or password is wrong. Check them and try again.',
  },
  too_many_requests: {
    id: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  unauthenticated: {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
  },
  card_not_found: {
    id: 'Kartu peserta (KPJ) tidak ditemukan di akun Anda.',
    en: 'This membership card (KPJ) is not in your account.',
  },
  service_unavailable: {
    id: 'Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.',
    en: 'The service is unavailable right now. Please try again shortly.',
  },
  internal_error: {
    id: 'Terjadi kesalahan pada sistem kami. Data Anda aman; silakan coba lagi.',
    en: 'Something went wrong on our side. Your data is safe; please try again.',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorMessages[code][locale];
}
