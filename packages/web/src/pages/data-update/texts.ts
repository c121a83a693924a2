/**
 * Words of the data update ("pengkinian data") and the heirs page, in Bahasa Indonesia (the default)
 * and English, following the app's language switch. Problem texts come from core's catalogue; the
 * field messages come from the server in the chosen language.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

type Step =
  | 'membership'
  | 'confirm'
  | 'face'
  | 'contact'
  | 'tax_bank'
  | 'population'
  | 'additional'
  | 'review';

const id = {
  title: 'Pengkinian Data',
  back: 'Kembali ke Beranda',
  stepTitles: {
    membership: 'Data kepesertaan',
    confirm: 'Periksa data kepesertaan',
    face: 'Verifikasi wajah',
    contact: 'Data kontak',
    tax_bank: 'NPWP dan rekening bank',
    population: 'Data kependudukan',
    additional: 'Data tambahan dan kontak darurat',
    review: 'Periksa semua data',
  } satisfies Record<Step, string>,
  next: 'Lanjut',
  saving: 'Menyimpan…',
  fieldCheck: 'Periksa isian ini.',
  offered: (kpj: string) => `Gunakan data dari kartu ${kpj}`,
  offeredHelp: 'Anda sudah mengisi data ini untuk kartu lain. Pakai saja, tidak perlu mengetik ulang.',
  offeredUsed: 'Data dari kartu lain sudah diisikan. Periksa lalu simpan.',

  // Membership
  membershipIntro: 'Ini data kepesertaan Anda yang tercatat di BPJS Ketenagakerjaan.',
  kpj: 'Nomor KPJ',
  fullName: 'Nama lengkap',
  nik: 'NIK',
  birthDate: 'Tanggal lahir',
  sex: 'Jenis kelamin',
  sexes: { M: 'Laki-laki', F: 'Perempuan' },
  segment: 'Segmen',
  employer: 'Pemberi kerja',
  joinedOn: 'Terdaftar sejak',
  status: 'Status',
  statuses: { active: 'Aktif', nonactive: 'Tidak aktif' },

  // Confirm
  confirmQuestion: 'Apakah data kepesertaan di atas sudah benar?',
  confirmYes: 'Sudah',
  confirmNo: 'Belum benar',
  confirmNoHelp:
    'Bila nama atau tanggal lahir berbeda dengan KTP, ajukan perbaikan data dengan foto KTP dan KK ke petugas. Anda tidak perlu datang ke kantor cabang.',

  // Face
  faceIntro:
    'Ambil swafoto untuk dicocokkan dengan foto KTP Anda. Cari tempat terang, lepas kacamata dan masker, lalu hadapkan wajah lurus ke kamera.',
  takePhoto: 'Ambil foto',
  startingCamera: 'Menyalakan kamera…',
  noCamera:
    'Kamera tidak bisa dibuka (tidak ada kamera atau izin ditolak). Ambil swafoto dengan aplikasi kamera HP lalu pilih fotonya di sini.',
  chooseFile: 'Pilih atau ambil foto',
  checking: 'Memeriksa wajah… Mohon tunggu, biasanya sekitar 1 detik.',
  facePassed: 'Wajah Anda cocok dengan foto KTP. Verifikasi wajah berhasil.',
  faceFailed: 'Wajah belum berhasil diverifikasi',
  attemptsLeft: (n: number) => `Sisa ${n} percobaan hari ini.`,
  tips: 'Tips agar berhasil',
  tipList: [
    'Cari cahaya terang dari depan, jangan membelakangi lampu atau jendela.',
    'Hadapkan wajah lurus ke kamera, setinggi mata.',
    'Lepas kacamata, masker dan topi; rapikan rambut dari wajah.',
    'Tahan HP dengan kedua tangan agar tidak goyang.',
    'Hanya wajah Anda di foto, tanpa orang lain di belakang.',
    'Gunakan wajah Anda langsung, bukan foto dari kertas atau layar.',
  ],
  tryAgain: 'Coba lagi',
  humanTitle: 'Sedang diverifikasi petugas',
  humanIntro:
    'Swafoto Anda sudah diteruskan ke petugas BPJS Ketenagakerjaan untuk diperiksa. Anda tetap bisa melanjutkan langkah berikutnya sambil menunggu.',
  holder: 'Ditangani oleh',
  holderQueue: 'Menunggu petugas berikutnya',
  holderOfficer: (name: string, branch: string | null) => (branch ? `${name}, ${branch}` : name),
  dueOn: 'Selesai paling lambat',
  slaNote: (days: number) => `Batas waktu ${days} hari kerja.`,
  slaIllustrative: '(contoh, bukan ketentuan resmi)',
  continueSteps: 'Lanjutkan langkah berikutnya',

  // Contact
  phone: 'Nomor HP',
  phoneHint: 'Contoh: 081234567890',
  email: 'Email',
  emailHint: 'Contoh: nama@email.com',
  contactIntro: 'Nomor HP atau email yang diubah akan dikonfirmasi dengan kode yang dikirim ke alamat baru.',
  codeTitle: 'Masukkan kode konfirmasi',
  codeSentTo: (channel: 'email' | 'sms', to: string) =>
    channel === 'sms' ? `Kode 6 angka dikirim lewat SMS ke ${to}.` : `Kode 6 angka dikirim ke email ${to}.`,
  codeLabel: (channel: 'email' | 'sms'): string => (channel === 'sms' ? 'Kode dari SMS' : 'Kode dari Email'),
  codeMissing: 'Isi 6 angka kode.',
  verify: 'Konfirmasi kode',
  verifying: 'Memeriksa kode…',
  codeExpires: (time: string) => `Kode berlaku sampai pukul ${time}.`,
  changeContact: 'Ubah nomor HP atau email (kirim kode baru)',

  // Tax and bank
  bank: 'Bank',
  bankChoose: 'Pilih bank',
  himbara: 'Himbara',
  himbaraHelp: 'Himbara: bank milik negara (BRI, BNI, Mandiri, BTN).',
  accountNumber: 'Nomor rekening',
  accountHint: 'Rekening harus atas nama Anda sendiri, sesuai KTP.',
  npwp: 'NPWP (tidak wajib)',
  npwpHint: '15 angka, atau 16 angka (NIK Anda). Kosongkan bila tidak punya.',
  noNpwp: 'Saya tidak punya NPWP',
  holderName: 'Nama pemilik rekening menurut bank',
  holderPending: 'Bank belum memastikan nama pemilik rekening.',
  bankChecking: 'Memeriksa rekening ke bank…',
  bankUnavailable:
    'Bank belum bisa memeriksa rekening saat ini. Coba lagi beberapa saat lagi; isian Anda tidak hilang.',
  bankConfirmed: 'Rekening sudah diperiksa oleh bank.',

  // Population
  familyCard: 'Nomor Kartu Keluarga (KK)',
  familyCardHint: '16 angka, tertulis di bagian atas KK.',
  street: 'Alamat (jalan, nomor rumah)',
  rt: 'RT',
  rw: 'RW',
  village: 'Kelurahan/Desa',
  postalCode: 'Kode pos',
  region: 'Wilayah sesuai NIK',
  province: 'Provinsi',
  regency: 'Kabupaten/Kota',
  district: 'Kecamatan',
  moved: 'Saya sekarang tinggal di kecamatan lain',
  districtChoose: 'Kecamatan tempat tinggal sekarang',
  districtCode: 'Kode kecamatan (6 angka)',
  districtCodeHint: 'Bila kecamatan Anda tidak ada di daftar, isi kodenya, misalnya 317401.',
  districtOther: 'Tidak ada di daftar',

  // Additional
  maritalStatus: 'Status perkawinan',
  maritalChoose: 'Pilih status',
  maritalStatuses: {
    single: 'Belum kawin',
    married: 'Kawin',
    divorced: 'Cerai hidup',
    widowed: 'Cerai mati',
  },
  mothersMaidenName: 'Nama ibu kandung',
  emergencyTitle: 'Kontak darurat',
  emergencyName: 'Nama',
  emergencyRelation: 'Hubungan',
  emergencyPhone: 'Nomor HP',
  relationChoose: 'Pilih hubungan',
  emergencyRelations: {
    spouse: 'Suami/istri',
    parent: 'Orang tua',
    child: 'Anak',
    sibling: 'Saudara kandung',
    relative: 'Kerabat',
    friend: 'Teman',
    other: 'Lainnya',
  },

  // Review
  reviewIntro: 'Periksa semua data. Ubah bila ada yang salah, lalu tekan Konfirmasi.',
  change: 'Ubah',
  changeSection: (section: string) => `Ubah ${section}`,
  confirmButton: 'Konfirmasi',
  confirming: 'Mengirim…',
  faceResult: { passed: 'Berhasil', referred: 'Diperiksa petugas', approved: 'Disetujui petugas' },
  noValue: '—',

  // Outcome
  updatedTitle: 'Data berhasil diperbarui',
  updatedText: 'Terima kasih. Data Anda sudah diperbarui dan Anda bisa mengajukan klaim.',
  inReviewTitle: 'Sedang diverifikasi',
  inReviewText:
    'Data Anda sedang diperiksa petugas BPJS Ketenagakerjaan. Anda akan diberi tahu lewat email dan SMS.',
  returnedTitle: 'Data perlu diperbaiki',
  returnedText: 'Petugas mengembalikan pengkinian data Anda dengan alasan berikut:',
  officerNote: 'Catatan petugas',
  fix: 'Perbaiki',
  fixStep: (step: string) => `Perbaiki: ${step}`,
  home: 'Kembali ke Beranda',

  // Prompt on Beranda
  promptTitle: 'Perbarui data Anda sebelum mengajukan klaim',
  promptText: (kpj: string) => `Kartu ${kpj} belum melakukan pengkinian data.`,
  promptReturned: (kpj: string) => `Pengkinian data kartu ${kpj} perlu diperbaiki.`,
  promptInReview: (kpj: string) => `Pengkinian data kartu ${kpj} sedang diverifikasi.`,
  promptButton: 'Perbarui data',
  promptButtonCard: 'Perbarui data kartu',

  // Beneficiaries
  heirsTitle: 'Ahli Waris',
  heirsLink: 'Ahli waris',
  heirsIntro:
    'Tunjuk ahli waris yang menerima manfaat bila Anda meninggal dunia. Petugas melihat daftar ini saat klaim.',
  heirsEmpty: 'Belum ada ahli waris yang ditunjuk.',
  heirsSaved: (date: string) => `Terakhir disimpan ${date}.`,
  heir: (n: number) => `Ahli waris ${n}`,
  heirName: 'Nama lengkap sesuai KTP',
  heirNik: 'NIK',
  heirNikRetype: (masked: string) => `Tersimpan ${masked}. Ketik ulang NIK lengkap untuk menyimpan.`,
  heirRelation: 'Hubungan',
  heirShare: 'Bagian (%)',
  heirRelations: {
    spouse: 'Suami/istri',
    child: 'Anak',
    parent: 'Orang tua',
    grandparent: 'Kakek/nenek',
    grandchild: 'Cucu',
    sibling: 'Saudara kandung',
    parent_in_law: 'Mertua',
    named_in_will: 'Ditunjuk dalam wasiat',
  },
  addHeir: '+ Tambah ahli waris',
  removeHeir: 'Hapus',
  removeHeirName: (n: number) => `Hapus ahli waris ${n}`,
  sharesTotal: (total: string) => `Jumlah bagian: ${total}%`,
  sharesMustTotal: (total: string) =>
    `Jumlah bagian harus tepat 100%, sekarang ${total}%. Ubah bagian agar jumlahnya 100%.`,
  saveHeirs: 'Simpan daftar ahli waris',
  heirsDone: 'Daftar ahli waris tersimpan.',
  withdrawAll: 'Tanpa ahli waris, simpan daftar kosong.',
};

type DataUpdateTexts = typeof id;

const en: DataUpdateTexts = {
  title: 'Data Update',
  back: 'Back to Home',
  stepTitles: {
    membership: 'Membership data',
    confirm: 'Check your membership data',
    face: 'Face verification',
    contact: 'Contact details',
    tax_bank: 'NPWP and bank account',
    population: 'Population data',
    additional: 'Additional data and emergency contact',
    review: 'Check everything',
  },
  next: 'Next',
  saving: 'Saving…',
  fieldCheck: 'Check this entry.',
  offered: (kpj: string) => `Use the data from card ${kpj}`,
  offeredHelp: 'You already entered this for another card. Use it; no need to type it again.',
  offeredUsed: 'The data from your other card was filled in. Check it, then save.',

  membershipIntro: 'This is your membership data as BPJS Ketenagakerjaan holds it.',
  kpj: 'KPJ number',
  fullName: 'Full name',
  nik: 'NIK',
  birthDate: 'Date of birth',
  sex: 'Sex',
  sexes: { M: 'Male', F: 'Female' },
  segment: 'Segment',
  employer: 'Employer',
  joinedOn: 'Member since',
  status: 'Status',
  statuses: { active: 'Active', nonactive: 'Not active' },

  confirmQuestion: 'Is the membership data above correct?',
  confirmYes: 'Yes, it is',
  confirmNo: 'No, it is not',
  confirmNoHelp:
    'If your name or birth date differs from your ID card, ask an officer for a correction with photos of your KTP and KK. No branch visit needed.',

  faceIntro:
    'Take a selfie to compare with your ID photo. Find good light, take off glasses and mask, and face the camera straight on.',
  takePhoto: 'Take photo',
  startingCamera: 'Starting the camera…',
  noCamera:
    'The camera could not be opened (no camera, or permission refused). Take a selfie with your phone’s camera app and choose it here.',
  chooseFile: 'Choose or take a photo',
  checking: 'Checking your face… Please wait, this usually takes about 1 second.',
  facePassed: 'Your face matches your ID photo. Face verification passed.',
  faceFailed: 'Your face could not be verified yet',
  attemptsLeft: (n: number) => `${n} attempt${n === 1 ? '' : 's'} left today.`,
  tips: 'Tips to succeed',
  tipList: [
    'Find bright light from the front; do not stand with a lamp or window behind you.',
    'Face the camera straight on, at eye level.',
    'Take off glasses, mask and hat; keep hair off your face.',
    'Hold the phone with both hands so it does not shake.',
    'Only your face in the picture, nobody behind you.',
    'Use your real face, not a photo on paper or a screen.',
  ],
  tryAgain: 'Try again',
  humanTitle: 'Being verified by an officer',
  humanIntro:
    'Your selfie has gone to a BPJS Ketenagakerjaan officer to check. You can go on with the next steps meanwhile.',
  holder: 'Handled by',
  holderQueue: 'Waiting for the next free officer',
  holderOfficer: (name: string, branch: string | null) => (branch ? `${name}, ${branch}` : name),
  dueOn: 'Done by',
  slaNote: (days: number) => `Within ${days} working days.`,
  slaIllustrative: '(an example, not an official rule)',
  continueSteps: 'Go on with the next steps',

  phone: 'Mobile number',
  phoneHint: 'For example: 081234567890',
  email: 'E-mail',
  emailHint: 'For example: name@email.com',
  contactIntro: 'A changed number or e-mail is confirmed with a code sent to the new address.',
  codeTitle: 'Enter the confirmation code',
  codeSentTo: (channel: 'email' | 'sms', to: string) =>
    channel === 'sms' ? `A 6-digit code was sent by SMS to ${to}.` : `A 6-digit code was sent to ${to}.`,
  codeLabel: (channel: 'email' | 'sms') => (channel === 'sms' ? 'Code from SMS' : 'Code from e-mail'),
  codeMissing: 'Enter the 6-digit code.',
  verify: 'Confirm code',
  verifying: 'Checking the code…',
  codeExpires: (time: string) => `The code is valid until ${time}.`,
  changeContact: 'Change the number or e-mail (send a new code)',

  bank: 'Bank',
  bankChoose: 'Choose a bank',
  himbara: 'Himbara',
  himbaraHelp: 'Himbara: state-owned bank (BRI, BNI, Mandiri, BTN).',
  accountNumber: 'Account number',
  accountHint: 'The account must be in your own name, as on your ID card.',
  npwp: 'NPWP (optional)',
  npwpHint: '15 digits, or 16 (your NIK). Leave empty if you have none.',
  noNpwp: 'I have no NPWP',
  holderName: 'Account holder’s name according to the bank',
  holderPending: 'The bank has not confirmed the holder’s name yet.',
  bankChecking: 'Checking the account with the bank…',
  bankUnavailable: 'The bank cannot check the account right now. Try again shortly; what you typed is kept.',
  bankConfirmed: 'The bank has checked the account.',

  familyCard: 'Family card (KK) number',
  familyCardHint: '16 digits, at the top of the KK.',
  street: 'Address (street, house number)',
  rt: 'RT',
  rw: 'RW',
  village: 'Kelurahan/Desa',
  postalCode: 'Postal code',
  region: 'Region of your NIK',
  province: 'Province',
  regency: 'Regency/City',
  district: 'District',
  moved: 'I now live in another district',
  districtChoose: 'District where you live now',
  districtCode: 'District code (6 digits)',
  districtCodeHint: 'If your district is not in the list, enter its code, for example 317401.',
  districtOther: 'Not in the list',

  maritalStatus: 'Marital status',
  maritalChoose: 'Choose a status',
  maritalStatuses: { single: 'Not married', married: 'Married', divorced: 'Divorced', widowed: 'Widowed' },
  mothersMaidenName: 'Mother’s maiden name',
  emergencyTitle: 'Emergency contact',
  emergencyName: 'Name',
  emergencyRelation: 'Relation',
  emergencyPhone: 'Mobile number',
  relationChoose: 'Choose a relation',
  emergencyRelations: {
    spouse: 'Spouse',
    parent: 'Parent',
    child: 'Child',
    sibling: 'Sibling',
    relative: 'Relative',
    friend: 'Friend',
    other: 'Other',
  },

  reviewIntro: 'Check everything. Change what is wrong, then press Confirm.',
  change: 'Change',
  changeSection: (section: string) => `Change ${section}`,
  confirmButton: 'Confirm',
  confirming: 'Sending…',
  faceResult: { passed: 'Passed', referred: 'Checked by an officer', approved: 'Approved by an officer' },
  noValue: '—',

  updatedTitle: 'Your data has been updated',
  updatedText: 'Thank you. Your data is updated and you can file claims.',
  inReviewTitle: 'Being verified',
  inReviewText: 'A BPJS Ketenagakerjaan officer is checking your data. You will hear by e-mail and SMS.',
  returnedTitle: 'Your data needs a fix',
  returnedText: 'An officer returned your data update for these reasons:',
  officerNote: 'Officer’s note',
  fix: 'Fix',
  fixStep: (step: string) => `Fix: ${step}`,
  home: 'Back to Home',

  promptTitle: 'Update your data before you file a claim',
  promptText: (kpj: string) => `Card ${kpj} has not had its data update yet.`,
  promptReturned: (kpj: string) => `The data update of card ${kpj} needs a fix.`,
  promptInReview: (kpj: string) => `The data update of card ${kpj} is being verified.`,
  promptButton: 'Update data',
  promptButtonCard: 'Update card',

  heirsTitle: 'Beneficiaries',
  heirsLink: 'Beneficiaries',
  heirsIntro:
    'Name the heirs who receive the benefit if you die. Officers see this list when a claim is made.',
  heirsEmpty: 'No beneficiaries named yet.',
  heirsSaved: (date: string) => `Last saved ${date}.`,
  heir: (n: number) => `Beneficiary ${n}`,
  heirName: 'Full name as on the ID card',
  heirNik: 'NIK',
  heirNikRetype: (masked: string) => `Saved as ${masked}. Type the full NIK again to save.`,
  heirRelation: 'Relation',
  heirShare: 'Share (%)',
  heirRelations: {
    spouse: 'Spouse',
    child: 'Child',
    parent: 'Parent',
    grandparent: 'Grandparent',
    grandchild: 'Grandchild',
    sibling: 'Sibling',
    parent_in_law: 'Parent-in-law',
    named_in_will: 'Named in a will',
  },
  addHeir: '+ Add a beneficiary',
  removeHeir: 'Remove',
  removeHeirName: (n: number) => `Remove beneficiary ${n}`,
  sharesTotal: (total: string) => `Shares total: ${total}%`,
  sharesMustTotal: (total: string) =>
    `The shares must add up to exactly 100%; now ${total}%. Change the shares so they total 100%.`,
  saveHeirs: 'Save beneficiaries',
  heirsDone: 'Beneficiaries saved.',
  withdrawAll: 'No beneficiaries: save an empty list.',
};

const texts: Record<Locale, DataUpdateTexts> = { id, en };

export function useDataUpdateT(): DataUpdateTexts {
  return texts[lang.value];
}

export type { DataUpdateTexts, Step };
