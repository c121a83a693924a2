/**
 * Words for the data update, in Indonesian and English: why a field of a step was refused (beside the
 * identifier reasons of `ids/messages.ts`), why an officer returned a case and which step that
 * reopens, and what having no NPWP means. Codes are API: never rename one.
 */
import type { Locale } from '../contracts/errors.ts';
import { type IdReason, idReasonMessages } from '../ids/messages.ts';
import type { DataUpdateStep } from './steps.ts';

export const dataUpdateReasonMessages = {
  family_card_not_digits: {
    id: 'Nomor KK hanya boleh berisi angka.',
    en: 'A family card (KK) number may contain digits only.',
  },
  family_card_wrong_length: {
    id: 'Nomor KK harus 16 angka. Lihat nomor di bagian atas Kartu Keluarga Anda.',
    en: 'A family card (KK) number has 16 digits. It is printed at the top of your family card.',
  },
  family_card_unknown_region: {
    id: 'Enam angka pertama nomor KK bukan kode wilayah yang dikenal. Periksa kembali ketikan Anda.',
    en: 'The first six digits of the KK number are not a known region code. Check for a typo.',
  },
  family_card_is_nik: {
    id: 'Ini NIK Anda, bukan nomor KK. Nomor KK tertulis di bagian atas Kartu Keluarga.',
    en: 'This is your NIK, not the family card number. The KK number is printed at the top of the family card.',
  },
  region_contradicts_nik: {
    id: 'Wilayah ini berbeda dengan wilayah dalam NIK Anda. Bila Anda sudah pindah domisili, centang "Sudah pindah dari wilayah NIK".',
    en: 'This region differs from the one in your NIK. If you have moved, tick "Moved away from the NIK region".',
  },
  region_unknown: {
    id: 'Kode kecamatan tidak dikenal. Pilih kecamatan dari daftar.',
    en: 'The district code is not known. Choose the district from the list.',
  },
  postal_code_invalid: {
    id: 'Kode pos terdiri dari 5 angka, tidak diawali 0.',
    en: 'A postal code has 5 digits and does not start with 0.',
  },
  rt_rw_invalid: {
    id: 'RT dan RW berisi 1 sampai 3 angka, misalnya 004.',
    en: 'RT and RW are 1 to 3 digits, for example 004.',
  },
  text_required: {
    id: 'Isian ini wajib diisi.',
    en: 'This field is required.',
  },
  name_invalid: {
    id: 'Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung.',
    en: 'A name may contain letters, spaces, dots, commas, apostrophes and hyphens only.',
  },
  npwp_not_yours: {
    id: 'NPWP 16 angka untuk orang pribadi adalah NIK Anda sendiri. Ketik NIK Anda, NPWP lama 15 angka, atau kosongkan bila tidak punya.',
    en: 'A 16-digit NPWP of an individual is their own NIK. Type your NIK, your old 15-digit NPWP, or leave it empty if you have none.',
  },
  emergency_contact_is_member: {
    id: 'Kontak darurat harus orang lain yang bisa dihubungi bila Anda tidak bisa: jangan pakai nomor HP Anda sendiri.',
    en: 'The emergency contact must be someone else who can be reached when you cannot: do not use your own number.',
  },
  beneficiaries_too_many: {
    id: 'Paling banyak 10 ahli waris.',
    en: 'At most 10 heirs.',
  },
  beneficiary_share_invalid: {
    id: 'Bagian tiap ahli waris antara 0,01% dan 100%.',
    en: "Each heir's share is between 0.01% and 100%.",
  },
  beneficiary_shares_not_total: {
    id: 'Jumlah bagian semua ahli waris harus tepat 100%.',
    en: 'The shares of all heirs must add up to exactly 100%.',
  },
  beneficiary_is_member: {
    id: 'Anda tidak bisa menjadi ahli waris diri sendiri. Periksa NIK ahli waris.',
    en: "You cannot be your own heir. Check the heir's NIK.",
  },
  beneficiary_duplicate: {
    id: 'NIK ini sudah ada di daftar ahli waris. Satu orang cukup dicatat sekali.',
    en: 'This NIK is already in the list of heirs. List each person once.',
  },
  beneficiary_relation_invalid: {
    id: 'Pilih hubungan keluarga dari daftar: pasangan, anak, orang tua, kakek/nenek, cucu, saudara kandung, mertua, atau orang yang ditunjuk dalam wasiat.',
    en: 'Choose the relation from the list: spouse, child, parent, grandparent, grandchild, sibling, parent-in-law, or a person named in a will.',
  },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

export type DataUpdateReason = keyof typeof dataUpdateReasonMessages;

/** A field of a step that was refused, and why. */
export type FieldProblem = { readonly path: string; readonly code: DataUpdateReason | IdReason };

export function fieldProblemMessage(code: DataUpdateReason | IdReason, locale: Locale): string {
  const entry =
    (dataUpdateReasonMessages as Record<string, { id: string; en: string }>)[code] ??
    (idReasonMessages as Record<string, { id: string; en: string }>)[code];
  return entry![locale];
}

/** Why an officer returns a case, the step it reopens (null: nothing to redo but to confirm again), and the words. */
export const returnReasons = {
  selfie_unclear: {
    step: 'face',
    id: 'Foto wajah kurang jelas. Ambil swafoto baru di tempat terang, wajah menghadap lurus ke kamera, tanpa kacamata.',
    en: 'The selfie is not clear enough. Take a new one in good light, facing the camera, without glasses.',
  },
  selfie_not_member: {
    step: 'face',
    id: 'Foto wajah tidak menunjukkan pemilik kartu. Pemilik kartu sendiri yang harus mengambil swafoto.',
    en: 'The selfie does not show the card holder. The card holder must take the selfie themself.',
  },
  npwp_invalid: {
    step: 'tax_bank',
    id: 'NPWP tidak sesuai dengan data pajak Anda. Periksa NPWP pada kartu NPWP, atau kosongkan bila tidak punya.',
    en: 'The NPWP does not fit your tax record. Check the number on your NPWP card, or leave it empty if you have none.',
  },
  bank_account_not_own: {
    step: 'tax_bank',
    id: 'Rekening bank harus atas nama Anda sendiri, sesuai KTP. Masukkan rekening atas nama Anda.',
    en: 'The bank account must be in your own name, as on your ID card. Enter an account in your name.',
  },
  family_card_mismatch: {
    step: 'population',
    id: 'Nomor KK tidak sesuai dengan data kependudukan. Salin nomor dari Kartu Keluarga terbaru.',
    en: 'The KK number does not fit the population record. Copy it from your latest family card.',
  },
  address_incomplete: {
    step: 'population',
    id: 'Alamat belum lengkap. Lengkapi jalan, RT/RW, kelurahan/desa dan kode pos sesuai KTP atau domisili.',
    en: 'The address is incomplete. Fill in street, RT/RW, village and postal code as on your ID card or where you live.',
  },
  emergency_contact_invalid: {
    step: 'additional',
    id: 'Kontak darurat tidak dapat dihubungi. Masukkan nama dan nomor HP orang yang bisa dihubungi.',
    en: 'The emergency contact cannot be reached. Enter the name and number of someone who can be.',
  },
  other: {
    step: null,
    id: 'Baca catatan petugas, perbaiki yang diminta, lalu konfirmasi lagi.',
    en: "Read the officer's note, fix what is asked, then confirm again.",
  },
} as const satisfies Record<
  string,
  { readonly step: DataUpdateStep | null; readonly id: string; readonly en: string }
>;

export type ReturnReason = keyof typeof returnReasons;
export const RETURN_REASONS = Object.keys(returnReasons) as [ReturnReason, ...ReturnReason[]];

/** The steps a return with these reasons reopens, in order, without repeats. */
export function stepsToRedo(reasons: readonly ReturnReason[]): DataUpdateStep[] {
  const steps: DataUpdateStep[] = [];
  for (const reason of reasons) {
    const step: DataUpdateStep | null = returnReasons[reason].step;
    if (step !== null && !steps.includes(step)) steps.push(step);
  }
  return steps;
}

/**
 * What having no NPWP means (DOMAIN.md, tax on JHT; PP 68/2009 and UU PPh art. 21(5a)): the tax on
 * a JHT payout is 20% higher without one, and an NPWP is asked for when the JHT exceeds
 * Rp50.000.000. Since 2024 a resident's NIK serves as their NPWP.
 */
export const NO_NPWP_NOTE = {
  id: 'Tanpa NPWP, pajak atas pencairan JHT 20% lebih tinggi, dan NPWP diminta bila saldo JHT lebih dari Rp50.000.000. Sejak 2024 NIK Anda berlaku sebagai NPWP bila sudah dipadankan di DJP Online.',
  en: 'Without an NPWP, the tax on a JHT payout is 20% higher, and an NPWP is asked for when the JHT balance exceeds Rp50,000,000. Since 2024 your NIK serves as your NPWP once it is linked in DJP Online.',
} as const;

/** The steps' names as the wizard shows them. */
export const stepLabels = {
  membership: { id: 'Data kepesertaan', en: 'Membership data' },
  confirm: { id: 'Konfirmasi data kepesertaan', en: 'Confirm the membership data' },
  face: { id: 'Verifikasi wajah', en: 'Face check' },
  contact: { id: 'Data kontak', en: 'Contact data' },
  tax_bank: { id: 'NPWP dan rekening bank', en: 'NPWP and bank account' },
  population: { id: 'Data kependudukan', en: 'Population data' },
  additional: { id: 'Data tambahan dan kontak darurat', en: 'Additional data and emergency contact' },
  review: { id: 'Periksa dan konfirmasi', en: 'Review and confirm' },
} as const satisfies Record<DataUpdateStep, { readonly id: string; readonly en: string }>;

/** The `detail` of a `step_out_of_order` refusal: the step to do first. */
export function stepToDoFirst(step: DataUpdateStep, locale: Locale): string {
  return locale === 'en'
    ? `Do this step first: ${stepLabels[step].en} (${step}).`
    : `Selesaikan dulu langkah: ${stepLabels[step].id} (${step}).`;
}
