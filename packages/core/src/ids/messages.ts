/**
 * One catalogue of the reasons an identifier is rejected, with words for people in Indonesian and
 * English. Codes are API (they reach the wire through the server's problem responses and the PWA's
 * forms): never rename one. A `Result`'s optional `detail` carries specifics for logs and developers.
 */
import type { Locale } from '../contracts/errors.ts';

export const idReasonMessages = {
  nik_not_digits: {
    id: 'NIK hanya boleh berisi angka.',
    en: 'A NIK may contain digits only.',
  },
  nik_wrong_length: {
    id: 'NIK harus terdiri dari 16 angka.',
    en: 'A NIK has exactly 16 digits.',
  },
  nik_unknown_province: {
    id: 'Dua angka pertama NIK bukan kode provinsi yang dikenal.',
    en: 'The first two digits of the NIK are not a known province code.',
  },
  nik_unknown_region: {
    id: 'Kode wilayah (angka ke-1 sampai ke-6) NIK tidak dikenal.',
    en: 'The region code (digits 1 to 6) of the NIK is not known.',
  },
  nik_invalid_birth_date: {
    id: 'Tanggal lahir dalam NIK (angka ke-7 sampai ke-12) tidak valid.',
    en: 'The birth date inside the NIK (digits 7 to 12) is not a valid date.',
  },
  nik_serial_zero: {
    id: 'Nomor urut NIK (empat angka terakhir) tidak boleh 0000.',
    en: 'The serial number of the NIK (the last four digits) cannot be 0000.',
  },
  kpj_not_digits: {
    id: 'Nomor KPJ hanya boleh berisi angka.',
    en: 'A KPJ card number may contain digits only.',
  },
  kpj_wrong_length: {
    id: 'Nomor KPJ harus terdiri dari 11 angka.',
    en: 'A KPJ card number has exactly 11 digits.',
  },
  npp_not_digits: {
    id: 'Nomor pendaftaran perusahaan (NPP) hanya boleh berisi angka.',
    en: 'An employer registration number (NPP) may contain digits only.',
  },
  npp_wrong_length: {
    id: 'Nomor pendaftaran perusahaan (NPP) harus terdiri dari 8 angka.',
    en: 'An employer registration number (NPP) has exactly 8 digits.',
  },
  npwp_not_digits: {
    id: 'NPWP hanya boleh berisi angka (titik dan tanda hubung boleh dipakai sebagai pemisah).',
    en: 'An NPWP may contain digits only (dots and dashes are allowed as separators).',
  },
  npwp_wrong_length: {
    id: 'NPWP harus terdiri dari 15 angka (format lama) atau 16 angka (format baru).',
    en: 'An NPWP has 15 digits (old format) or 16 digits (new format).',
  },
  npwp_bad_check_digit: {
    id: 'NPWP tidak valid: angka pemeriksa (angka ke-9) tidak cocok. Periksa kembali ketikan Anda.',
    en: 'The NPWP is not valid: its check digit (the 9th digit) does not match. Check for a typo.',
  },
  npwp_placeholder: {
    id: 'NPWP berisi angka nol semua. Kosongkan isian ini jika Anda belum memiliki NPWP.',
    en: 'The NPWP is all zeros. Leave the field empty if you have no NPWP.',
  },
  npwp_invalid_nik: {
    id: 'NPWP 16 angka ini bukan NIK yang valid.',
    en: 'This 16-digit NPWP is not a valid NIK.',
  },
  phone_not_digits: {
    id: 'Nomor HP hanya boleh berisi angka, dengan awalan + bila perlu.',
    en: 'A mobile number may contain digits only, with a leading + if needed.',
  },
  phone_not_indonesian: {
    id: 'Gunakan nomor HP Indonesia (+62 atau 08…).',
    en: 'Use an Indonesian mobile number (+62 or 08…).',
  },
  phone_not_mobile: {
    id: 'Nomor ini bukan nomor HP Indonesia. Nomor HP diawali 08 atau +628.',
    en: 'This is not an Indonesian mobile number. Mobile numbers start with 08 or +628.',
  },
  phone_wrong_length: {
    id: 'Panjang nomor HP tidak sesuai: 10 sampai 13 angka, diawali 08.',
    en: 'The mobile number has the wrong length: 10 to 13 digits, starting with 08.',
  },
  bank_unknown: {
    id: 'Bank tidak dikenal atau belum didukung.',
    en: 'The bank is not known or not supported yet.',
  },
  account_not_digits: {
    id: 'Nomor rekening hanya boleh berisi angka.',
    en: 'A bank account number may contain digits only.',
  },
  account_wrong_length_for_bank: {
    id: 'Panjang nomor rekening tidak sesuai untuk bank ini.',
    en: 'The account number has the wrong length for this bank.',
  },
  email_invalid: {
    id: 'Alamat e-mail tidak valid. Contoh: nama@contoh.com',
    en: 'The e-mail address is not valid. Example: name@example.com',
  },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

export type IdReason = keyof typeof idReasonMessages;

export function idReasonMessage(code: IdReason, locale: Locale): string {
  return idReasonMessages[code][locale];
}
