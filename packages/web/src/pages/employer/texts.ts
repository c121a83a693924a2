/**
 * The employer portal's words, in Bahasa Indonesia (the default) and English, following the app's
 * language switch. Shared words (months, card statuses) come from i18n.ts; error codes from the core
 * catalogue, except where the portal speaks to HR about a worker rather than to the member
 * (`problems`).
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

export type Program = 'JHT' | 'JP' | 'JKK' | 'JKM' | 'JKP';
export type LeavingReason = 'resigned' | 'terminated' | 'contract_ended' | 'lapsed';

const id = {
  portalName: 'Portal Pemberi Kerja',
  nav: 'Menu portal pemberi kerja',
  navItems: {
    home: 'Beranda',
    workers: 'Pekerja',
    wages: 'Lapor Upah',
    invoices: 'Tagihan',
    requests: 'Permintaan Lapor',
  },
  signedInAs: 'Masuk sebagai',
  signOut: 'Keluar',
  signingOut: 'Sedang keluar…',
  signOutFailed: 'Gagal keluar karena koneksi terputus. Coba lagi.',
  notAllowed:
    'Portal ini untuk akun pemberi kerja (bagian personalia perusahaan). Akun Anda bekerja di Konsol Petugas.',
  toConsole: 'Buka Konsol Petugas',
  asOf: (date: string) => `Data per ${date}.`,

  login: {
    title: 'Masuk Portal Pemberi Kerja',
    intro:
      'Untuk bagian personalia (HRD) perusahaan: daftarkan pekerja, laporkan upah dan bayar iuran. Masuk dengan email kantor yang terdaftar.',
    staffLink: 'Petugas BPJS Ketenagakerjaan? Masuk Konsol Petugas',
    memberLink: 'Peserta? Masuk di aplikasi JMO',
  },

  programs: {
    JHT: 'Jaminan Hari Tua',
    JP: 'Jaminan Pensiun',
    JKK: 'Jaminan Kecelakaan Kerja',
    JKM: 'Jaminan Kematian',
    JKP: 'Jaminan Kehilangan Pekerjaan',
  } satisfies Record<Program, string>,
  riskGroups: ['I — sangat rendah', 'II — rendah', 'III — sedang', 'IV — tinggi', 'V — sangat tinggi'],
  leavingReasons: {
    resigned: 'Mengundurkan diri',
    terminated: 'PHK (pemutusan hubungan kerja)',
    contract_ended: 'Kontrak berakhir',
    lapsed: 'Tidak aktif',
  } satisfies Record<LeavingReason, string>,
  invoiceStatus: { unpaid: 'Belum lunas', paid: 'Lunas' },

  /** Problems the portal words for HR (the catalogue speaks to the member about "your ID card"). */
  problems: {
    registry_nik_not_found:
      'NIK ini tidak ada di data kependudukan (Dukcapil). Cocokkan 16 angka dengan KTP pekerja. Bila sudah sama, minta pekerja memeriksa datanya di Dinas Dukcapil setempat, lalu daftarkan lagi.',
    registry_name_mismatch:
      'Nama tidak sama dengan data kependudukan. Tulis nama lengkap persis seperti di KTP pekerja, tanpa gelar dan tanpa singkatan.',
    registry_birth_date_mismatch:
      'Tanggal lahir tidak sama dengan data kependudukan. Salin tanggal lahir dari KTP pekerja.',
    service_unavailable:
      'Layanan sedang tidak tersedia. Isian Anda tetap ada di formulir ini: coba kirim lagi beberapa saat lagi.',
  } as Record<string, string>,
  checkMarked: 'Periksa isian yang ditandai di bawah.',
  fieldInvalid: 'Periksa isian ini.',

  home: {
    title: 'Beranda',
    npp: 'NPP',
    riskGroup: 'Kelompok risiko JKK',
    activeWorkers: 'Pekerja aktif',
    arrearsTitle: 'Tunggakan',
    noArrears: 'Tidak ada tagihan yang lewat jatuh tempo.',
    arrears: (n: number) => (n === 1 ? '1 tagihan lewat jatuh tempo' : `${n} tagihan lewat jatuh tempo`),
    arrearsTotal: 'Total tagihan yang terlambat',
    accruedPenalty: 'Denda berjalan',
    penaltyExplain:
      'Denda berjalan adalah denda keterlambatan bila tunggakan dibayar hari ini; jumlahnya bertambah setiap bulan keterlambatan. Denda tidak dibayar lewat virtual account tagihan yang terlambat: denda ditagihkan bersama tagihan berikutnya yang Anda terbitkan.',
    payNow: 'Lihat dan bayar tagihan',
    shortcuts: 'Pintasan',
    registerWorker: 'Daftarkan pekerja',
    registerWorkerHelp: 'NIK dicek ke data kependudukan; nomor KPJ langsung terbit.',
    reportWages: 'Lapor upah',
    reportWagesHelp: 'Upah semua pekerja dalam satu kali kirim.',
    issueInvoice: 'Terbitkan tagihan',
    issueInvoiceHelp: 'Tagihan iuran bulanan dengan nomor virtual account.',
    workers: 'Daftar pekerja',
    workersHelp: 'Cari pekerja, laporkan pekerja berhenti.',
  },

  workers: {
    title: 'Pekerja',
    intro: 'Pekerja yang terdaftar oleh perusahaan Anda. NIK disamarkan.',
    register: 'Daftarkan pekerja',
    filterLabel: 'Cari nama atau nomor KPJ',
    filterHint: 'Daftar langsung menyaring saat Anda mengetik.',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} pekerja.` : `Menampilkan ${shown} dari ${total} pekerja.`,
    none: 'Belum ada pekerja yang terdaftar. Daftarkan pekerja pertama Anda.',
    noMatch: 'Tidak ada pekerja dengan nama atau KPJ itu.',
    kpj: 'No. KPJ',
    maskedNik: 'NIK (disamarkan)',
    status: 'Status',
    programs: 'Program',
    wage: 'Upah terakhir',
    wageFrom: (period: string) => `sejak ${period}`,
    noWage: 'Belum dilaporkan',
    joinedOn: 'Mulai bekerja',
    leftOn: 'Berhenti',
    reason: 'Alasan',
    reportLeaver: 'Laporkan berhenti',
  },

  register: {
    title: 'Daftarkan Pekerja',
    intro:
      'Isi data sesuai KTP pekerja. NIK, nama dan tanggal lahir dicek ke data kependudukan (Dukcapil); nomor KPJ terbit saat itu juga.',
    back: 'Kembali ke daftar pekerja',
    nik: 'NIK',
    nikHint: '16 angka, seperti pada KTP pekerja',
    nikMissing: 'Isi NIK pekerja.',
    nikLength: 'NIK terdiri dari 16 angka.',
    fullName: 'Nama lengkap sesuai KTP',
    fullNameHint: 'Persis seperti tertulis di KTP, tanpa gelar. Huruf besar atau kecil tidak masalah.',
    fullNameMissing: 'Isi nama lengkap pekerja.',
    birthDate: 'Tanggal lahir',
    birthDateMissing: 'Isi tanggal lahir pekerja.',
    startedOn: 'Hari pertama bekerja',
    startedOnHint: 'Tidak boleh di masa depan: daftarkan pekerja setelah mulai bekerja.',
    startedOnMissing: 'Isi hari pertama bekerja.',
    wage: 'Upah sebulan (Rp)',
    wageHint: 'Upah pokok dan tunjangan tetap, dalam rupiah. Contoh: 5.500.000',
    submit: 'Daftarkan Pekerja',
    submitting: 'Sedang mendaftarkan…',
    doneTitle: 'Pekerja Terdaftar',
    done: (name: string) => `${name} sudah terdaftar. Berikan nomor KPJ ini kepada pekerja.`,
    kpj: 'Nomor KPJ',
    kpjHelp: 'Pekerja dapat menambahkan kartu ini di aplikasi JMO dengan nomor KPJ tersebut.',
    enrolled: 'Program yang diikuti',
    wageFrom: (wage: string, period: string) => `Upah ${wage} berlaku sejak ${period}.`,
    noJp: (age: number, pensionAge: number) =>
      `Jaminan Pensiun (JP) tidak diikuti: pada hari pertama bekerja pekerja berumur ${age} tahun, sudah mencapai usia pensiun ${pensionAge} tahun (PP 45/2015 pasal 15).`,
    noJkp: (age: number, maxAge: number) =>
      `Jaminan Kehilangan Pekerjaan (JKP) tidak diikuti: pekerja berumur ${age} tahun saat didaftarkan, sedangkan JKP untuk pekerja di bawah ${maxAge} tahun (PP 37/2021 pasal 4).`,
    noJkpBeforeStart: 'Jaminan Kehilangan Pekerjaan (JKP) tidak diikuti: JKP baru ada sejak 2 Februari 2021.',
    another: 'Daftarkan pekerja lain',
    toList: 'Lihat daftar pekerja',
    alreadyRegistered: 'Lihat daftar pekerja',
  },

  wage: {
    missing: 'Isi upah sebulan.',
    invalid: 'Tulis upah dalam rupiah, hanya angka, misalnya 5.500.000.',
    zero: 'Upah harus lebih dari nol.',
    preview: (money: string) => `Tertulis: ${money}`,
  },

  leaver: {
    title: 'Laporkan Pekerja Berhenti',
    back: 'Kembali ke daftar pekerja',
    notFound: 'Pekerja dengan KPJ ini tidak ada di daftar pekerja Anda.',
    alreadyLeft: (date: string) => `Pekerja ini sudah dilaporkan berhenti per ${date}.`,
    worker: 'Pekerja',
    leftOn: 'Hari terakhir bekerja',
    leftOnHint: 'Tanggal hari ini atau sebelumnya.',
    leftOnMissing: 'Isi hari terakhir bekerja.',
    reason: 'Alasan berhenti',
    reasonMissing: 'Pilih alasan berhenti.',
    resigned: 'Mengundurkan diri',
    resignedHelp: 'Pekerja sendiri yang berhenti.',
    terminated: 'PHK',
    terminatedHelp: 'Pemutusan hubungan kerja oleh perusahaan.',
    next: 'Lanjutkan',
    confirmTitle: 'Laporkan berhenti?',
    confirmText: (name: string, kpj: string, date: string) =>
      `Kartu peserta ${name} (KPJ ${kpj}) menjadi nonaktif sejak ${date}. Iurannya tidak ditagihkan lagi mulai bulan berikutnya.`,
    confirmJht: (date: string) =>
      `Pekerja dapat mengajukan klaim JHT satu bulan setelah tanggal berhenti, yaitu mulai ${date}.`,
    confirmFinal: 'Laporan ini tidak dapat dibatalkan dari portal; bila keliru, hubungi kantor cabang.',
    confirm: 'Ya, laporkan berhenti',
    cancel: 'Batal, ubah isian',
    submitting: 'Sedang melaporkan…',
    done: (name: string, date: string) => `${name} dilaporkan berhenti per ${date}. Kartunya kini nonaktif.`,
    doneJht: (date: string) => `Pekerja dapat mengajukan klaim JHT mulai ${date}.`,
  },

  wages: {
    title: 'Lapor Upah',
    intro:
      'Upah yang dilaporkan berlaku mulai periode yang dipilih sampai dilaporkan lagi. Ubah yang berubah, lalu kirim semuanya sekaligus.',
    period: 'Periode (berlaku mulai)',
    periodHint: 'Bulan berjalan atau sebelumnya. Periode yang sudah ditagih tidak dapat diubah.',
    none: 'Tidak ada pekerja yang bekerja pada periode ini.',
    current: (money: string, period: string) => `Sekarang ${money} (sejak ${period})`,
    noCurrent: 'Belum ada upah yang dilaporkan',
    wageFor: (name: string) => `Upah ${name}`,
    changed: 'Berubah',
    lower: (money: string) => `Lebih rendah dari upah sekarang (${money}). Pekerja akan diberi tahu.`,
    leftOn: (date: string) => `Berhenti ${date}`,
    summary: (lines: number, changed: number) => `${lines} pekerja dalam laporan, ${changed} upah berubah.`,
    submit: (lines: number) => `Kirim Laporan Upah (${lines} pekerja)`,
    submitting: 'Sedang mengirim…',
    lineErrors: (n: number) =>
      n === 1
        ? 'Laporan belum diterima: 1 baris perlu diperbaiki. Tidak ada upah yang dicatat.'
        : `Laporan belum diterima: ${n} baris perlu diperbaiki. Tidak ada upah yang dicatat.`,
    invoiced: 'Buka tagihan periode ini',
    invoicedOption: 'sudah ditagih',
    periodInvoiced:
      'Tagihan periode ini sudah terbit, jadi upahnya tidak dapat diubah lagi. Laporkan perubahan upah untuk periode berikutnya.',
    doneTitle: (period: string) => `Laporan upah ${period} diterima`,
    done: (recorded: number, unchanged: number) =>
      `${recorded} upah dicatat, ${unchanged} tidak berubah (sama dengan yang sudah dilaporkan).`,
    dropsTitle: (n: number) => (n === 1 ? 'Upah 1 pekerja turun' : `Upah ${n} pekerja turun`),
    drop: (previous: string, wage: string) => `dari ${previous} menjadi ${wage}`,
    dropsNotice:
      'Pekerja ini diberi tahu bahwa upahnya dilaporkan lebih rendah (di aplikasi JMO, serta lewat email dan SMS bila punya akun) dan dapat mengajukan pengaduan. Pastikan penurunan ini benar.',
    nextStep: 'Terbitkan tagihan',
  },

  invoices: {
    title: 'Tagihan',
    intro: 'Tagihan iuran bulanan. Setiap tagihan dibayar ke nomor virtual account-nya sendiri.',
    issueTitle: 'Terbitkan Tagihan',
    issueIntro: 'Tagihan dihitung dari upah yang berlaku untuk setiap pekerja aktif pada periode itu.',
    period: 'Periode',
    issued: 'sudah terbit',
    issue: 'Terbitkan Tagihan',
    issuing: 'Sedang menerbitkan…',
    openIssued: (number: string) => `Buka tagihan ${number}`,
    wagesMissing: 'Pekerja berikut belum punya laporan upah. Laporkan upahnya dulu, lalu terbitkan tagihan:',
    reportWages: 'Lapor upah mereka',
    noWorkers: 'Daftarkan pekerja',
    listTitle: 'Daftar Tagihan',
    none: 'Belum ada tagihan. Terbitkan tagihan pertama di atas.',
    invoiceFor: (period: string) => `Tagihan ${period}`,
    number: 'Nomor tagihan',
    total: 'Jumlah',
    dueOn: 'Jatuh tempo',
    paidOn: 'Dibayar',
    workers: 'Pekerja',
    overdue: (months: number) => `Terlambat ${months} bulan`,
    accrued: 'Denda berjalan',
    accruedNote: 'Ditagihkan bersama tagihan berikutnya.',
    open: (period: string) => `Rincian tagihan ${period}`,
  },

  invoice: {
    back: 'Kembali ke daftar tagihan',
    title: (period: string) => `Tagihan ${period}`,
    justIssued: 'Tagihan terbit. Bayar ke virtual account di bawah sebelum jatuh tempo.',
    payTo: 'Bayar ke virtual account',
    paidTo: 'Virtual account',
    bank: 'Bank',
    vaNumber: 'Nomor virtual account',
    copy: 'Salin nomor',
    copied: 'Nomor virtual account disalin.',
    copyFailed: 'Tidak dapat menyalin otomatis. Tekan lama nomornya untuk menyalin.',
    amount: 'Jumlah yang dibayar',
    dueOn: 'Jatuh tempo',
    status: 'Status',
    paidOn: (date: string) => `Lunas pada ${date}.`,
    payExact: 'Bayar tepat sebesar jumlah ini; virtual account menerima satu kali pembayaran.',
    overdue: (months: number, fine: string) =>
      `Tagihan ini lewat jatuh tempo, terlambat ${months} bulan. Denda berjalan ${fine} tidak dibayar ke virtual account ini: denda ditagihkan bersama tagihan berikutnya.`,
    sandbox: 'Bayar di bank simulasi (sandbox)',
    sandboxNote: 'Hanya di lingkungan uji: tidak ada uang sungguhan.',
    programsTitle: 'Iuran per Program',
    program: 'Program',
    employer: 'Pemberi kerja',
    worker: 'Pekerja',
    total: 'Jumlah',
    source: 'Dasar aturan',
    contributionsTotal: 'Total iuran',
    penaltiesTotal: 'Denda tagihan terlambat',
    grandTotal: 'Total tagihan',
    linesTitle: 'Rincian per Pekerja',
    linesIntro: (n: number) => `${n} pekerja. Iuran dihitung dari upah yang berlaku pada periode ini.`,
    wage: 'Upah',
    base: 'Dasar iuran',
    workerTotal: 'Jumlah',
    jkpNote:
      'JKP Rp0: iuran JKP dibayar pemerintah pusat dan dari rekomposisi iuran JKK dan JKM yang sudah ada di tagihan ini, jadi tidak ditagihkan tersendiri.',
    jkpBooked: (money: string) => `Bagian JKK/JKM yang dialihkan ke JKP: ${money}.`,
    penaltiesTitle: 'Denda yang Ditagihkan',
    penaltiesIntro: 'Denda keterlambatan tagihan sebelumnya yang dibayar lewat jatuh tempo.',
    lateInvoice: 'Tagihan terlambat',
    monthsLate: (n: number) => `terlambat ${n} bulan`,
    contribution: 'Iuran',
    fine: 'Denda',
    noPenalties: 'Tidak ada denda yang ditagihkan bersama tagihan ini.',
    tableScroll: (name: string) => `Rincian ${name}`,
  },
  leaveRequests: {
    title: 'Permintaan Lapor Berhenti',
    intro:
      'Pekerja yang sudah berhenti meminta Anda melaporkannya ke BPJS Ketenagakerjaan. Selama belum dilaporkan, kepesertaannya masih aktif dan ia belum bisa mencairkan JHT. Laporkan dengan tanggal hari terakhir bekerja; permintaan selesai otomatis.',
    none: 'Tidak ada permintaan yang menunggu.',
    sentAt: 'Diminta',
    joinedOn: 'Mulai bekerja',
    report: 'Laporkan berhenti',
  },
};

export type EmployerTexts = typeof id;

const en: EmployerTexts = {
  portalName: 'Employer Portal',
  nav: 'Employer portal menu',
  navItems: {
    home: 'Home',
    workers: 'Workers',
    wages: 'Report wages',
    invoices: 'Invoices',
    requests: 'Leave requests',
  },
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutFailed: 'Could not sign out: the connection was lost. Try again.',
  notAllowed:
    "This portal is for employer accounts (a company's HR staff). Your account works in the Staff Console.",
  toConsole: 'Open the Staff Console',
  asOf: (date: string) => `As of ${date}.`,

  login: {
    title: 'Employer Portal Sign-in',
    intro:
      "For a company's HR staff: register workers, report wages and pay contributions. Sign in with your registered work e-mail.",
    staffLink: 'Agency staff? Sign in to the Staff Console',
    memberLink: 'A member? Sign in to the JMO app',
  },

  programs: {
    JHT: 'Old-age savings',
    JP: 'Pension',
    JKK: 'Work accident',
    JKM: 'Death benefit',
    JKP: 'Job-loss benefit',
  },
  riskGroups: ['I — very low', 'II — low', 'III — medium', 'IV — high', 'V — very high'],
  leavingReasons: {
    resigned: 'Resigned',
    terminated: 'Terminated (PHK)',
    contract_ended: 'Contract ended',
    lapsed: 'Lapsed',
  },
  invoiceStatus: { unpaid: 'Unpaid', paid: 'Paid' },

  problems: {
    registry_nik_not_found:
      "This NIK is not in the population registry (Dukcapil). Compare the 16 digits with the worker's ID card. If they match, ask the worker to check their record at the local Dukcapil office, then register again.",
    registry_name_mismatch:
      "The name differs from the population registry. Write the full name exactly as on the worker's ID card, without titles or abbreviations.",
    registry_birth_date_mismatch:
      "The date of birth differs from the population registry. Copy it from the worker's ID card.",
    service_unavailable:
      'The service is unavailable right now. What you entered stays in this form: send it again shortly.',
  },
  checkMarked: 'Check the entries marked below.',
  fieldInvalid: 'Check this entry.',

  home: {
    title: 'Home',
    npp: 'NPP',
    riskGroup: 'JKK risk group',
    activeWorkers: 'Active workers',
    arrearsTitle: 'Arrears',
    noArrears: 'No invoice is past its due date.',
    arrears: (n: number) => (n === 1 ? '1 invoice past its due date' : `${n} invoices past their due date`),
    arrearsTotal: 'Total of the late invoices',
    accruedPenalty: 'Fines so far',
    penaltyExplain:
      'Fines so far are the late-payment fines if the arrears were paid today; they grow with every month late. Fines are not paid into the late invoice’s virtual account: they are billed with the next invoice you issue.',
    payNow: 'See and pay the invoices',
    shortcuts: 'Shortcuts',
    registerWorker: 'Register a worker',
    registerWorkerHelp: 'The NIK is checked with the population registry; the KPJ number is issued at once.',
    reportWages: 'Report wages',
    reportWagesHelp: "Every worker's wage in one go.",
    issueInvoice: 'Issue an invoice',
    issueInvoiceHelp: 'The monthly contribution invoice with its virtual account.',
    workers: 'Workers',
    workersHelp: 'Find a worker, report a leaver.',
  },

  workers: {
    title: 'Workers',
    intro: 'Workers registered by your company. NIKs are masked.',
    register: 'Register a worker',
    filterLabel: 'Search by name or KPJ number',
    filterHint: 'The list filters as you type.',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} workers.` : `Showing ${shown} of ${total} workers.`,
    none: 'No workers registered yet. Register your first worker.',
    noMatch: 'No worker has that name or KPJ.',
    kpj: 'KPJ no.',
    maskedNik: 'NIK (masked)',
    status: 'Status',
    programs: 'Programs',
    wage: 'Latest wage',
    wageFrom: (period: string) => `from ${period}`,
    noWage: 'Not reported yet',
    joinedOn: 'Started',
    leftOn: 'Left',
    reason: 'Reason',
    reportLeaver: 'Report leaving',
  },

  register: {
    title: 'Register a Worker',
    intro:
      "Enter the data as on the worker's ID card (KTP). NIK, name and date of birth are checked with the population registry (Dukcapil); the KPJ number is issued at once.",
    back: 'Back to the workers',
    nik: 'NIK',
    nikHint: "16 digits, as on the worker's ID card",
    nikMissing: "Enter the worker's NIK.",
    nikLength: 'A NIK has 16 digits.',
    fullName: 'Full name as on the ID card',
    fullNameHint: 'Exactly as written on the ID card, without titles. Upper or lower case does not matter.',
    fullNameMissing: "Enter the worker's full name.",
    birthDate: 'Date of birth',
    birthDateMissing: "Enter the worker's date of birth.",
    startedOn: 'First day of work',
    startedOnHint: 'Not in the future: register a worker once they have started.',
    startedOnMissing: 'Enter the first day of work.',
    wage: 'Monthly wage (Rp)',
    wageHint: 'Basic wage and fixed allowances, in rupiah. Example: 5.500.000',
    submit: 'Register Worker',
    submitting: 'Registering…',
    doneTitle: 'Worker Registered',
    done: (name: string) => `${name} is registered. Give this KPJ number to the worker.`,
    kpj: 'KPJ number',
    kpjHelp: 'The worker can add this card in the JMO app with this KPJ number.',
    enrolled: 'Programs enrolled',
    wageFrom: (wage: string, period: string) => `Wage ${wage} in force from ${period}.`,
    noJp: (age: number, pensionAge: number) =>
      `Not enrolled in the pension (JP): on the first day of work the worker was ${age}, at or above the pension age of ${pensionAge} (PP 45/2015 art. 15).`,
    noJkp: (age: number, maxAge: number) =>
      `Not enrolled in the job-loss benefit (JKP): the worker was ${age} when registered, and JKP is for workers under ${maxAge} (PP 37/2021 art. 4).`,
    noJkpBeforeStart: 'Not enrolled in the job-loss benefit (JKP): JKP exists only from 2 February 2021.',
    another: 'Register another worker',
    toList: 'See the workers',
    alreadyRegistered: 'See the workers',
  },

  wage: {
    missing: 'Enter the monthly wage.',
    invalid: 'Write the wage in rupiah, digits only, e.g. 5.500.000.',
    zero: 'The wage must be above zero.',
    preview: (money: string) => `Reads: ${money}`,
  },

  leaver: {
    title: 'Report a Leaver',
    back: 'Back to the workers',
    notFound: 'No worker of yours has this KPJ.',
    alreadyLeft: (date: string) => `This worker was already reported as having left on ${date}.`,
    worker: 'Worker',
    leftOn: 'Last day of work',
    leftOnHint: 'Today or earlier.',
    leftOnMissing: 'Enter the last day of work.',
    reason: 'Reason for leaving',
    reasonMissing: 'Choose the reason for leaving.',
    resigned: 'Resigned',
    resignedHelp: 'The worker chose to leave.',
    terminated: 'Terminated (PHK)',
    terminatedHelp: 'The company ended the employment.',
    next: 'Continue',
    confirmTitle: 'Report leaving?',
    confirmText: (name: string, kpj: string, date: string) =>
      `The membership card of ${name} (KPJ ${kpj}) becomes non-active from ${date}. It is no longer invoiced from the following month.`,
    confirmJht: (date: string) =>
      `The worker may claim JHT one month after the leaving date, that is from ${date}.`,
    confirmFinal: 'This report cannot be undone in the portal; if it is wrong, contact a branch office.',
    confirm: 'Yes, report leaving',
    cancel: 'Cancel, change the entries',
    submitting: 'Reporting…',
    done: (name: string, date: string) =>
      `${name} was reported as having left on ${date}. The card is now non-active.`,
    doneJht: (date: string) => `The worker may claim JHT from ${date}.`,
  },

  wages: {
    title: 'Report Wages',
    intro:
      'A reported wage is in force from the chosen period until reported again. Change what changed, then send everything at once.',
    period: 'Period (in force from)',
    periodHint: 'The current month or earlier. A period already invoiced cannot change.',
    none: 'No worker worked in this period.',
    current: (money: string, period: string) => `Now ${money} (from ${period})`,
    noCurrent: 'No wage reported yet',
    wageFor: (name: string) => `Wage of ${name}`,
    changed: 'Changed',
    lower: (money: string) => `Lower than the current wage (${money}). The worker will be told.`,
    leftOn: (date: string) => `Left ${date}`,
    summary: (lines: number, changed: number) => `${lines} workers in the report, ${changed} wages changed.`,
    submit: (lines: number) => `Send Wage Report (${lines} workers)`,
    submitting: 'Sending…',
    lineErrors: (n: number) =>
      n === 1
        ? 'The report was not accepted: 1 line needs fixing. No wage was recorded.'
        : `The report was not accepted: ${n} lines need fixing. No wage was recorded.`,
    invoiced: "Open this period's invoice",
    invoicedOption: 'already invoiced',
    periodInvoiced:
      'The invoice for this period is already issued, so its wages can no longer change. Report the change for the next period.',
    doneTitle: (period: string) => `Wage report for ${period} accepted`,
    done: (recorded: number, unchanged: number) =>
      `${recorded} wages recorded, ${unchanged} unchanged (the same as already reported).`,
    dropsTitle: (n: number) => (n === 1 ? "1 worker's wage went down" : `${n} workers' wages went down`),
    drop: (previous: string, wage: string) => `from ${previous} to ${wage}`,
    dropsNotice:
      'These workers are told that their wage was reported lower (in the JMO app, and by e-mail and SMS when they have an account) and may file a complaint. Make sure the drop is right.',
    nextStep: 'Issue the invoice',
  },

  invoices: {
    title: 'Invoices',
    intro: 'Monthly contribution invoices. Each invoice is paid into its own virtual account.',
    issueTitle: 'Issue an Invoice',
    issueIntro: "The invoice is computed from each active worker's wage in force in that period.",
    period: 'Period',
    issued: 'already issued',
    issue: 'Issue Invoice',
    issuing: 'Issuing…',
    openIssued: (number: string) => `Open invoice ${number}`,
    wagesMissing:
      'These workers have no reported wage yet. Report their wages first, then issue the invoice:',
    reportWages: 'Report their wages',
    noWorkers: 'Register a worker',
    listTitle: 'All Invoices',
    none: 'No invoices yet. Issue the first one above.',
    invoiceFor: (period: string) => `Invoice ${period}`,
    number: 'Invoice number',
    total: 'Amount',
    dueOn: 'Due',
    paidOn: 'Paid',
    workers: 'Workers',
    overdue: (months: number) => (months === 1 ? '1 month late' : `${months} months late`),
    accrued: 'Fines so far',
    accruedNote: 'Billed with the next invoice.',
    open: (period: string) => `Details of invoice ${period}`,
  },

  invoice: {
    back: 'Back to the invoices',
    title: (period: string) => `Invoice ${period}`,
    justIssued: 'Invoice issued. Pay into the virtual account below before the due date.',
    payTo: 'Pay into the virtual account',
    paidTo: 'Virtual account',
    bank: 'Bank',
    vaNumber: 'Virtual account number',
    copy: 'Copy number',
    copied: 'Virtual account number copied.',
    copyFailed: 'Could not copy automatically. Long-press the number to copy it.',
    amount: 'Amount to pay',
    dueOn: 'Due',
    status: 'Status',
    paidOn: (date: string) => `Paid on ${date}.`,
    payExact: 'Pay exactly this amount; the virtual account takes one payment.',
    overdue: (months: number, fine: string) =>
      `This invoice is past its due date, ${months} month(s) late. The fines so far, ${fine}, are not paid into this virtual account: they are billed with the next invoice.`,
    sandbox: 'Pay at the simulated bank (sandbox)',
    sandboxNote: 'Test environment only: no real money.',
    programsTitle: 'Contributions per Program',
    program: 'Program',
    employer: 'Employer',
    worker: 'Worker',
    total: 'Total',
    source: 'Rule',
    contributionsTotal: 'Contributions',
    penaltiesTotal: 'Fines for late invoices',
    grandTotal: 'Invoice total',
    linesTitle: 'Per Worker',
    linesIntro: (n: number) => `${n} workers. Contributions come from the wage in force in this period.`,
    wage: 'Wage',
    base: 'Base',
    workerTotal: 'Total',
    jkpNote:
      'JKP Rp0: the JKP contribution is paid by the central government and by recomposing part of the JKK and JKM contributions already on this invoice, so it is not billed on its own.',
    jkpBooked: (money: string) => `Part of JKK/JKM booked to JKP: ${money}.`,
    penaltiesTitle: 'Fines Billed',
    penaltiesIntro: 'Late-payment fines of earlier invoices paid after their due date.',
    lateInvoice: 'Late invoice',
    monthsLate: (n: number) => (n === 1 ? '1 month late' : `${n} months late`),
    contribution: 'Contribution',
    fine: 'Fine',
    noPenalties: 'No fines are billed with this invoice.',
    tableScroll: (name: string) => `Details of ${name}`,
  },
  leaveRequests: {
    title: 'Requests to Report Leaving',
    intro:
      'Workers who have left ask you to report it to BPJS Ketenagakerjaan. Until you do, their membership stays active and they cannot claim their JHT. Report each with the last day of work; the request then closes by itself.',
    none: 'No requests are waiting.',
    sentAt: 'Asked',
    joinedOn: 'Started work',
    report: 'Report leaving',
  },
};

const employerTexts: Record<Locale, EmployerTexts> = { id, en };

/** The portal's words in the chosen language; re-renders when the language changes. */
export function useEmployerT(): EmployerTexts {
  return employerTexts[lang.value];
}
