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
  step: (n: number, total: number) => `Langkah ${n} dari ${total}`,
  tryAgainAt: (time: string) => `Coba lagi setelah pukul ${time}.`,
  /** Between hours and minutes: '14.05' in Indonesian. */
  timeSeparator: '.',
  seconds: (n: number) => `${n} detik`,
  minutes: (n: number) => `${n} menit`,
  /** A countdown that still moves every second: '45 detik', '2 menit 5 detik'. */
  duration: (seconds: number) => {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    if (m === 0) return `${s} detik`;
    return s === 0 ? `${m} menit` : `${m} menit ${s} detik`;
  },

  codes: {
    emailCodeLabel: 'Kode dari Email',
    smsCodeLabel: 'Kode dari SMS',
    intro: 'Masukkan kedua kode 6 angka. Periksa juga folder spam email Anda.',
    codeMissing: 'Isi 6 angka kode.',
    codeLength: 'Kode terdiri dari 6 angka.',
    resendIn: (time: string) => `Bisa dikirim ulang dalam ${time}.`,
  },

  loginTitle: 'Masuk',
  loginIntro: 'Masuk untuk melihat kartu peserta dan saldo JHT Anda.',
  identifierLabel: 'Email atau Nomor HP',
  identifierHint: 'Contoh: nama@email.com atau 081234567890',
  identifierMissing: 'Isi email atau nomor HP Anda.',
  identifierCheck: 'Periksa email atau nomor HP, misalnya nama@email.com atau 081234567890.',
  /** The account a flow is about, with the way back to change it (unblocking, password reset). */
  account: 'Akun',
  changeAccount: 'Ubah',
  changeAccountName: 'Ubah email atau nomor HP',
  backToLogin: 'Kembali ke halaman Masuk',
  passwordLabel: 'Kata Sandi',
  passwordMissing: 'Isi kata sandi Anda.',
  showPassword: 'Tampilkan',
  hidePassword: 'Sembunyikan',
  submitLogin: 'Masuk',
  submittingLogin: 'Sedang masuk…',
  login: {
    slowedDown: (wait: string) => `Terlalu banyak percobaan salah. Coba lagi dalam ${wait}.`,
    canRetry: 'Silakan coba masuk lagi.',
    blockedUntil: (time: string, date: string) =>
      `Akun diblokir sementara sampai pukul ${time} (${date}) karena terlalu banyak percobaan masuk yang salah.`,
    blocked: 'Akun diblokir sementara karena terlalu banyak percobaan masuk yang salah.',
    unblockHelp: 'Anda bisa membukanya sekarang dengan kode yang kami kirim ke e-mail dan nomor HP akun.',
    unblockNow: 'Buka blokir sekarang',
    forgotPassword: 'Lupa kata sandi?',
    or: 'atau',
    passkey: 'Masuk dengan passkey',
    passkeyBusy: 'Menunggu passkey…',
  },

  /** Choosing a password (registration, password reset): NIST SP 800-63B, no composition rules. */
  newPassword: {
    hint: 'Minimal 8 karakter. Kalimat pendek yang mudah diingat lebih aman.',
    tooShort: 'Kata sandi minimal 8 karakter.',
    check: 'Periksa kata sandi: minimal 8 karakter.',
  },

  unblock: {
    title: 'Buka Blokir Akun',
    intro:
      'Masukkan email atau nomor HP akun Anda. Kami mengirim kode ke e-mail dan nomor HP yang terdaftar pada akun tersebut.',
    send: 'Kirim Kode',
    sending: 'Sedang mengirim…',
    codesTitle: 'Masukkan kode',
    sentTo: 'Jika akun terdaftar, kode dikirim ke e-mail dan nomor HP akun tersebut.',
    resend: 'Kirim ulang kode',
    resent: 'Kode baru sudah dikirim ke e-mail dan nomor HP akun.',
    submit: 'Buka Blokir',
    submitting: 'Sedang membuka blokir…',
    doneTitle: 'Akun Anda sudah dibuka',
    doneText: 'Silakan masuk dengan kata sandi Anda.',
    signIn: 'Masuk',
  },

  reset: {
    title: 'Lupa Kata Sandi',
    intro:
      'Masukkan email atau nomor HP akun Anda, lalu pilih cara menerima tautan atau kode untuk membuat kata sandi baru.',
    channelLegend: 'Cara menerima',
    channels: { email: 'Kirim tautan ke e-mail', sms: 'Kirim kode lewat SMS' },
    channelHelp: {
      email: 'Buka tautan dari e-mail untuk membuat kata sandi baru.',
      sms: 'Masukkan kode 6 angka dari SMS di langkah berikutnya.',
    },
    channelMissing: 'Pilih cara menerima tautan atau kode.',
    send: 'Kirim',
    sending: 'Sedang mengirim…',
    emailSentTitle: 'Periksa e-mail Anda',
    emailSent:
      'Jika akun terdaftar, kami telah mengirim tautan ke e-mail akun tersebut. Buka tautan itu untuk membuat kata sandi baru. Periksa juga folder spam.',
    resendLink: 'Kirim ulang tautan',
    resentLink: 'Tautan baru sudah dikirim ke e-mail akun.',
    newPasswordTitle: 'Buat kata sandi baru',
    smsSent:
      'Jika akun terdaftar, kami telah mengirim kode lewat SMS ke nomor HP akun tersebut. Masukkan kode 6 angka itu, lalu buat kata sandi baru.',
    linkIntro: 'Buat kata sandi baru untuk akun Anda.',
    resendCode: 'Kirim ulang kode',
    resentCode: 'Kode baru sudah dikirim lewat SMS ke nomor HP akun.',
    newPasswordLabel: 'Kata Sandi Baru',
    newPasswordMissing: 'Isi kata sandi baru.',
    submit: 'Simpan Kata Sandi',
    submitting: 'Sedang menyimpan…',
    askAgain: 'Minta tautan atau kode baru',
    doneTitle: 'Kata sandi berhasil diubah',
    doneText:
      'Demi keamanan, semua perangkat yang masuk ke akun Anda sudah dikeluarkan. Silakan masuk dengan kata sandi baru Anda.',
    signIn: 'Masuk',
  },

  /** "Lupa Akun": KPJ and NIK, a code to one channel, the identifiers and a new password. */
  recover: {
    title: 'Lupa Akun',
    linkFromLogin: 'Lupa akun?',
    linkFromReset: 'Lupa email atau nomor HP akun Anda?',
    intro:
      'Lupa email atau nomor HP yang dipakai akun JMO Anda? Masukkan nomor KPJ dari kartu peserta dan NIK dari KTP Anda.',
    kpjLabel: 'Nomor KPJ',
    kpjHint: '11 digit pada kartu peserta BPJS Ketenagakerjaan',
    kpjMissing: 'Isi nomor KPJ Anda.',
    kpjLength: (n: number) => `Nomor KPJ harus 11 digit. Yang terisi ${n} digit.`,
    find: 'Cari Akun',
    finding: 'Sedang mencari…',
    lostBoth: 'Email dan nomor HP lama sudah tidak bisa dipakai?',
    lostBothLink: 'Ajukan permintaan pemulihan',
    channelTitle: 'Pilih tujuan kode',
    channelIntro:
      'Akun Anda ditemukan. Kami mengirim kode ke salah satu alamat yang terdaftar. Pilih yang masih bisa Anda buka.',
    channelLegend: 'Kirim kode ke',
    channels: { email: 'Email', sms: 'SMS ke nomor HP' },
    channelMissing: 'Pilih tujuan kode.',
    noChannels: 'Akun ini tidak memiliki email atau nomor HP yang bisa menerima kode.',
    send: 'Kirim Kode',
    sending: 'Sedang mengirim…',
    changeIdentity: 'Ubah KPJ atau NIK',
    codeTitle: 'Masukkan kode',
    codeSent: (to: string) => `Kami mengirim kode 6 angka ke ${to}.`,
    resend: 'Kirim ulang kode',
    resent: (to: string) => `Kode baru sudah dikirim ke ${to}.`,
    verify: 'Lanjut',
    verifying: 'Sedang memeriksa…',
    chooseOther: 'Pilih tujuan lain',
    accountTitle: 'Akun Anda',
    accountIntro: 'Masuk ke JMO dengan data berikut.',
    emailLabel: 'Email',
    phoneLabel: 'Nomor HP',
    maskedNote: 'Yang disamarkan tidak kami tampilkan utuh karena kodenya tidak dikirim ke sana.',
    newPasswordIntro:
      'Buat kata sandi baru untuk akun ini. Demi keamanan, semua perangkat yang masuk ke akun akan dikeluarkan.',
    newPasswordLabel: 'Kata Sandi Baru',
    newPasswordMissing: 'Isi kata sandi baru.',
    submit: 'Simpan Kata Sandi',
    submitting: 'Sedang menyimpan…',
    askAgain: 'Minta kode baru',
    doneTitle: 'Akun Anda sudah dipulihkan',
    doneText:
      'Kata sandi baru sudah tersimpan dan semua perangkat sudah dikeluarkan. Silakan masuk dengan email atau nomor HP Anda dan kata sandi baru.',
    signIn: 'Masuk',
    fieldCheck: {
      kpj: 'Periksa nomor KPJ: 11 digit pada kartu peserta.',
      nik: 'Periksa NIK: 16 digit sesuai KTP.',
      fullName: 'Periksa nama lengkap: tulis sesuai KTP.',
      birthDate: 'Periksa tanggal lahir.',
      newEmail: 'Periksa alamat email, misalnya nama@email.com.',
      newPhone: 'Periksa nomor HP, misalnya 081234567890.',
      note: 'Ceritakan singkat, paling banyak 500 karakter.',
    },
    request: {
      title: 'Permintaan Pemulihan Akun',
      intro:
        'Jika email dan nomor HP lama sudah tidak bisa dipakai, petugas BPJS Ketenagakerjaan dapat memindahkan akun Anda ke email dan nomor HP baru setelah memeriksa identitas Anda.',
      newEmailLabel: 'Email Baru',
      newEmailHint: 'Nomor referensi dikirim ke email ini.',
      newEmailMissing: 'Isi alamat email baru.',
      newPhoneLabel: 'Nomor HP Baru',
      newPhoneHint: 'Contoh 081234567890. Petugas dapat menghubungi nomor ini.',
      newPhoneMissing: 'Isi nomor HP baru.',
      noteLabel: 'Apa yang terjadi?',
      noteHint: 'Misalnya: HP hilang dan email lama sudah tidak aktif. Paling banyak 500 karakter.',
      noteMissing: 'Ceritakan singkat apa yang terjadi.',
      submit: 'Kirim Permintaan',
      submitting: 'Sedang mengirim…',
      receivedTitle: 'Permintaan diterima',
      reference: 'Nomor referensi',
      dueOn: 'Dijawab paling lambat',
      receivedText: (email: string) =>
        `Simpan nomor referensi ini; kami juga mengirimnya ke ${email}. Petugas tidak pernah meminta kata sandi atau kode verifikasi.`,
    },
  },

  security: {
    title: 'Keamanan Akun',
    identityLink: 'Nama atau tanggal lahir salah? Ajukan koreksi',
    intro:
      'Perangkat yang masuk ke akun Anda, passkey, kata sandi, siapa yang melihat data Anda, dan riwayat masuk.',
    devices: {
      title: 'Perangkat Masuk',
      intro: 'Keluarkan perangkat yang tidak Anda kenali atau tidak Anda pakai lagi.',
      unknown: 'Perangkat tidak dikenal',
      thisDevice: 'Perangkat ini',
      lastActive: 'Terakhir aktif',
      signOut: 'Keluarkan',
      signingOut: 'Sedang mengeluarkan…',
      signOutOthers: 'Keluarkan semua perangkat lain',
      signedOut: (device: string) => `${device} sudah dikeluarkan dari akun Anda.`,
      othersSignedOut: 'Semua perangkat lain sudah dikeluarkan dari akun Anda.',
      onlyThis: 'Hanya perangkat ini yang sedang masuk ke akun Anda.',
    },
    historyTitle: 'Riwayat Masuk',
    historyIntro: 'Yang terbaru di atas.',
    empty: 'Belum ada riwayat masuk.',
    help: 'Ada aktivitas yang tidak Anda kenali? Hubungi BPJS Ketenagakerjaan di 175.',
    ip: 'IP',
    device: 'Perangkat',
    kinds: {
      login_succeeded: 'Berhasil masuk',
      login_failed: 'Percobaan masuk gagal',
      login_slowed_down: 'Percobaan masuk diperlambat',
      account_blocked: 'Akun diblokir sementara',
      account_unblocked: 'Blokir akun dibuka',
      registration_started: 'Pendaftaran dimulai',
      registered: 'Akun dibuat',
      new_device: 'Masuk dari perangkat baru',
      password_reset: 'Kata sandi diatur ulang',
      account_recovery_mismatch: 'Percobaan Lupa Akun dengan data tidak cocok',
      account_recovery_code_sent: 'Kode Lupa Akun dikirim',
      account_recovered: 'Akun dipulihkan lewat Lupa Akun',
      account_recovery_requested: 'Permintaan pemulihan akun diajukan',
      password_rehashed: 'Kata sandi lama diamankan ulang',
      legacy_account_imported: 'Akun dipindahkan dari aplikasi lama',
      card_linked: 'Kartu peserta ditambahkan',
      passkey_added: 'Passkey ditambahkan',
      passkey_removed: 'Passkey dihapus',
      stepped_up: 'Konfirmasi tindakan penting',
      password_changed: 'Kata sandi diubah',
      contact_changed: 'Data kontak diganti',
      card_credential_reissued: 'Kartu digital diterbitkan ulang',
      card_credential_revoked: 'Kartu digital dicabut petugas',
      withdrawal_lock_on: 'Kunci pencairan diaktifkan',
      withdrawal_lock_off_requested: 'Diminta mematikan kunci pencairan',
    } as Record<string, string>,
    otherKind: 'Aktivitas akun',
    dataAccess: {
      title: 'Siapa yang melihat data saya',
      intro:
        'Setiap kali petugas BPJS Ketenagakerjaan membuka data pribadi Anda (NIK, tanggal lahir, e-mail, nomor HP), aksesnya dicatat di sini beserta alasannya.',
      none: 'Belum ada petugas yang membuka data pribadi Anda.',
      by: (name: string, branch: string | null) => (branch ? `${name}, ${branch}` : name),
      roles: {
        officer: 'Petugas',
        supervisor: 'Penyelia',
        admin: 'Administrator',
        employer: 'Pemberi kerja',
      } as Record<string, string>,
      purpose: 'Alasan',
      fields: 'Data yang dilihat',
      purposes: {
        member_request: 'Permintaan Anda (layanan di kantor cabang atau 175)',
        account_recovery: 'Pemulihan akun',
        data_update_review: 'Pemeriksaan pengkinian data',
        claim_review: 'Pemeriksaan klaim',
        complaint: 'Penanganan pengaduan',
      } as Record<string, string>,
      fieldNames: { nik: 'NIK', birth_date: 'tanggal lahir', email: 'e-mail', phone: 'nomor HP' } as Record<
        string,
        string
      >,
      question: 'Ada akses yang tidak Anda kenali? Ajukan pengaduan atau hubungi 175.',
    },
    contact: {
      title: 'Data Kontak',
      intro:
        'E-mail dan nomor HP untuk masuk dan menerima kode. Menggantinya perlu konfirmasi bahwa ini benar Anda, lalu kode ke alamat baru.',
      email: 'E-mail',
      phone: 'Nomor HP',
      none: 'Belum ada',
      changeEmail: 'Ganti e-mail',
      changePhone: 'Ganti nomor HP',
      newEmail: 'E-mail baru',
      newPhone: 'Nomor HP baru',
      newMissing: 'Isi alamat yang baru.',
      send: 'Kirim kode ke alamat baru',
      sending: 'Sedang mengirim…',
      sentTo: (to: string) => `Kode sudah dikirim ke ${to}. Masukkan di bawah.`,
      codeLabel: 'Kode dari alamat baru',
      confirm: 'Simpan',
      confirming: 'Menyimpan…',
      saved:
        'Data kontak sudah diganti. Alamat lama tidak lagi dipakai untuk masuk dan sudah kami beri tahu.',
      cancel: 'Batal',
    },
    password: {
      title: 'Ubah Kata Sandi',
      intro: 'Untuk mengganti kata sandi, konfirmasi dulu bahwa ini benar Anda.',
      label: 'Kata sandi baru',
      save: 'Simpan Kata Sandi',
      saving: 'Sedang menyimpan…',
      saved: 'Kata sandi sudah diganti. Perangkat lain sudah dikeluarkan dari akun Anda.',
    },
  },

  /** Confirming a sensitive action (password, contact data, bank account, claim). */
  stepUp: {
    title: 'Konfirmasi bahwa ini Anda',
    sendSms: 'Kirim kode ke HP',
    sendEmail: 'Kirim kode ke e-mail',
    sending: 'Sedang mengirim…',
    usePasskey: 'Konfirmasi dengan passkey',
    sentSms: 'Kode sudah dikirim lewat SMS ke nomor HP akun Anda.',
    sentEmail: 'Kode sudah dikirim ke e-mail akun Anda.',
    codeLabel: 'Kode konfirmasi',
    codeMissing: 'Isi 6 digit kode yang kami kirim.',
    confirm: 'Konfirmasi',
    confirming: 'Memeriksa…',
    confirmed: 'Terkonfirmasi. Lanjutkan dalam 5 menit.',
  },

  /** Optional passkey sign-in: the Security page section and the phone's answers. */
  passkeys: {
    title: 'Passkey',
    intro:
      'Masuk tanpa kata sandi dengan sidik jari, wajah atau PIN layar ponsel Anda. Passkey tersimpan di perangkat Anda; kami hanya menyimpan kunci publiknya.',
    add: 'Tambah passkey di perangkat ini',
    adding: 'Sedang menambah passkey…',
    added: 'Passkey sudah ditambahkan. Lain kali Anda bisa masuk dengan passkey.',
    none: 'Belum ada passkey. Anda tetap bisa masuk dengan kata sandi.',
    unknownDevice: 'Perangkat tidak dikenal',
    createdAt: 'Ditambahkan',
    lastUsed: 'Terakhir dipakai',
    neverUsed: 'Belum pernah',
    remove: 'Hapus',
    removing: 'Sedang menghapus…',
    removed: (device: string) => `Passkey ${device} sudah dihapus dan tidak bisa dipakai untuk masuk lagi.`,
    device: {
      cancelled: 'Passkey dibatalkan atau waktunya habis. Coba lagi bila Anda siap.',
      unsupported:
        'Browser atau perangkat ini belum mendukung passkey. Masuk dengan kata sandi, atau pakai versi browser terbaru.',
      already_added: 'Perangkat ini sudah menyimpan passkey untuk akun Anda.',
      failed: 'Passkey tidak berhasil dipakai. Coba lagi, atau masuk dengan kata sandi.',
    },
  },

  greeting: (name: string) => `Halo, ${name}`,
  nik: 'NIK',
  totalJht: 'Total Saldo JHT',
  asOf: (date: string) => `per ${date}`,
  yourCards: 'Kartu Peserta',
  noCards: 'Belum ada kartu peserta yang terhubung ke akun Anda.',
  noCardsHelp:
    'Punya kartu peserta dari pemberi kerja? Tambahkan dengan nomor KPJ-nya. Kartu juga muncul di sini setelah Anda mendaftar sendiri sebagai pekerja mandiri.',
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
  addCard: {
    title: 'Tambah Kartu Peserta',
    intro:
      'Masukkan nomor KPJ (11 digit) yang tertera pada kartu peserta Anda. Kartu harus terdaftar atas NIK dan nama Anda.',
    kpjLabel: 'Nomor KPJ',
    kpjHint: '11 digit angka seperti pada kartu, misalnya 230 1234 5678',
    kpjMissing: 'Isi nomor KPJ dari kartu peserta Anda.',
    submit: 'Tambahkan Kartu',
    submitting: 'Memeriksa kartu…',
    added: 'Kartu berhasil ditambahkan ke akun Anda.',
    addAnother: 'Tambah kartu lain',
  },
  foundCards: {
    title: 'Kartu lain atas NIK Anda',
    intro: (n: number) =>
      n === 1
        ? 'Kami menemukan 1 kartu yang terdaftar atas NIK Anda tetapi belum ada di akun ini. Tambahkan agar saldonya tidak terlupa.'
        : `Kami menemukan ${n} kartu yang terdaftar atas NIK Anda tetapi belum ada di akun ini. Tambahkan agar saldonya tidak terlupa.`,
    add: 'Tambahkan ke akun',
    adding: 'Menambahkan…',
    added: (kpj: string) => `Kartu ${kpj} sudah ditambahkan ke akun Anda.`,
    nameDiffers:
      'Nama pada kartu ini berbeda dengan nama Anda sesuai KTP, jadi belum bisa ditambahkan. Minta pemberi kerja memperbaiki nama, atau ajukan koreksi data dengan foto KTP.',
  },

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

  register: {
    title: 'Daftar',
    haveAccount: 'Sudah punya akun? Masuk',
    noAccount: 'Belum punya akun? Daftar',

    categoryTitle: 'Pilih kategori',
    categoryLegend: 'Pilih kategori yang paling sesuai dengan pekerjaan Anda.',
    categoryHelp: {
      PU: 'Pekerja dengan pemberi kerja: karyawan perusahaan, toko, atau instansi.',
      BPU: 'Pekerja mandiri / informal: pedagang, pengemudi ojek, petani, nelayan, pekerja lepas.',
      PMI: 'Bekerja, atau akan bekerja, di luar negeri.',
    },
    categoryMissing: 'Pilih salah satu kategori.',
    next: 'Lanjut',

    detailsTitle: 'Data diri',
    detailsIntro: 'Isi sesuai KTP. Data Anda dicocokkan dengan data kependudukan (Dukcapil).',
    chosenCategory: 'Kategori',
    changeCategory: 'Ubah',
    changeCategoryName: 'Ubah kategori',
    nikLabel: 'NIK',
    nikHint: '16 digit sesuai KTP',
    nikMissing: 'Isi NIK Anda.',
    nikLength: (n: number) => `NIK harus 16 digit. Yang terisi ${n} digit.`,
    nameLabel: 'Nama Lengkap',
    nameHint: 'Tulis persis seperti di KTP',
    nameMissing: 'Isi nama lengkap Anda sesuai KTP.',
    birthDateLabel: 'Tanggal Lahir',
    birthDateMissing: 'Isi tanggal lahir Anda.',
    emailLabel: 'Email',
    emailHint: 'Kode verifikasi akan dikirim ke email ini.',
    emailMissing: 'Isi alamat email Anda.',
    phoneLabel: 'Nomor HP',
    phoneHint: 'Contoh 081234567890. Kode SMS akan dikirim ke nomor ini.',
    phoneMissing: 'Isi nomor HP Anda.',
    passwordMissing: 'Buat kata sandi Anda.',
    consent: 'Saya menyatakan data yang saya isi benar dan sesuai KTP.',
    consentMissing: 'Centang pernyataan ini untuk melanjutkan.',
    fieldCheck: {
      segment: 'Pilih kategori lagi.',
      nik: 'Periksa NIK: 16 digit sesuai KTP.',
      fullName: 'Periksa nama lengkap: tulis sesuai KTP.',
      birthDate: 'Periksa tanggal lahir.',
      email: 'Periksa alamat email, misalnya nama@email.com.',
      phone: 'Periksa nomor HP, misalnya 081234567890.',
    },
    submit: 'Daftar',
    submitting: 'Sedang mendaftar…',
    signIn: 'Masuk ke akun Anda',

    verifyTitle: 'Verifikasi',
    verifySent: (email: string, phone: string) => `Kami mengirim kode ke ${email} dan ${phone}.`,
    codeValidFor: (time: string) => `Kode berlaku ${time} lagi.`,
    codeExpired: 'Kode sudah kedaluwarsa. Kirim ulang kode.',
    resendEmail: 'Kirim ulang kode e-mail',
    resendSms: 'Kirim ulang kode SMS',
    resent: (to: string) => `Kode baru sudah dikirim ke ${to}.`,
    verify: 'Verifikasi',
    verifying: 'Sedang memverifikasi…',
    editDetails: 'Ubah data diri',
    startOver: 'Mulai lagi',
  },

  /**
   * Words for problem codes the server may send before @jmo/core's catalogue has them; the
   * catalogue wins once it does (api.ts `errorText`).
   */
  problems: {} as Record<string, string>,

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

/** A message that follows the language switch: rendered with the dictionary of the moment. */
export type Say = (t: Messages) => string;

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
  step: (n: number, total: number) => `Step ${n} of ${total}`,
  tryAgainAt: (time: string) => `Try again after ${time}.`,
  timeSeparator: ':',
  seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  duration: (seconds: number) => {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    const sec = s === 1 ? '1 second' : `${s} seconds`;
    if (m === 0) return sec;
    const min = m === 1 ? '1 minute' : `${m} minutes`;
    return s === 0 ? min : `${min} ${sec}`;
  },

  codes: {
    emailCodeLabel: 'Code from e-mail',
    smsCodeLabel: 'Code from SMS',
    intro: 'Enter both 6-digit codes. Check your e-mail spam folder too.',
    codeMissing: 'Enter the 6-digit code.',
    codeLength: 'The code has 6 digits.',
    resendIn: (time: string) => `You can resend in ${time}.`,
  },

  loginTitle: 'Sign in',
  loginIntro: 'Sign in to see your membership cards and JHT balance.',
  identifierLabel: 'E-mail or mobile number',
  identifierHint: 'For example: name@email.com or 081234567890',
  identifierMissing: 'Enter your e-mail or mobile number.',
  identifierCheck: 'Check the e-mail or mobile number, for example name@email.com or 081234567890.',
  account: 'Account',
  changeAccount: 'Change',
  changeAccountName: 'Change the e-mail or mobile number',
  backToLogin: 'Back to sign in',
  passwordLabel: 'Password',
  passwordMissing: 'Enter your password.',
  showPassword: 'Show',
  hidePassword: 'Hide',
  submitLogin: 'Sign in',
  submittingLogin: 'Signing in…',
  login: {
    slowedDown: (wait: string) => `Too many wrong attempts. Try again in ${wait}.`,
    canRetry: 'You can try to sign in again.',
    blockedUntil: (time: string, date: string) =>
      `The account is temporarily blocked until ${time} (${date}) after too many wrong sign-in attempts.`,
    blocked: 'The account is temporarily blocked after too many wrong sign-in attempts.',
    unblockHelp: "You can unblock it now with codes we send to the account's e-mail and mobile number.",
    unblockNow: 'Unblock now',
    forgotPassword: 'Forgot your password?',
    or: 'or',
    passkey: 'Sign in with a passkey',
    passkeyBusy: 'Waiting for the passkey…',
  },

  newPassword: {
    hint: 'At least 8 characters. A short sentence you can remember is safer.',
    tooShort: 'Use at least 8 characters.',
    check: 'Check the password: at least 8 characters.',
  },

  unblock: {
    title: 'Unblock account',
    intro:
      'Enter the e-mail or mobile number of your account. We send codes to the e-mail and mobile number registered on that account.',
    send: 'Send codes',
    sending: 'Sending…',
    codesTitle: 'Enter the codes',
    sentTo: "If the account exists, codes were sent to the account's e-mail and mobile number.",
    resend: 'Resend codes',
    resent: "New codes were sent to the account's e-mail and mobile number.",
    submit: 'Unblock',
    submitting: 'Unblocking…',
    doneTitle: 'Your account is unblocked',
    doneText: 'Sign in with your password.',
    signIn: 'Sign in',
  },

  reset: {
    title: 'Forgot password',
    intro:
      'Enter the e-mail or mobile number of your account, then choose how to receive a link or a code to set a new password.',
    channelLegend: 'How to receive it',
    channels: { email: 'Send a link by e-mail', sms: 'Send a code by SMS' },
    channelHelp: {
      email: 'Open the link in the e-mail to set a new password.',
      sms: 'Enter the 6-digit code from the SMS in the next step.',
    },
    channelMissing: 'Choose how to receive the link or code.',
    send: 'Send',
    sending: 'Sending…',
    emailSentTitle: 'Check your e-mail',
    emailSent:
      "If the account exists, we sent a link to the account's e-mail. Open it to set a new password. Check your spam folder too.",
    resendLink: 'Resend the link',
    resentLink: "A new link was sent to the account's e-mail.",
    newPasswordTitle: 'Set a new password',
    smsSent:
      "If the account exists, we sent a code by SMS to the account's mobile number. Enter that 6-digit code, then choose a new password.",
    linkIntro: 'Set a new password for your account.',
    resendCode: 'Resend the code',
    resentCode: "A new code was sent by SMS to the account's mobile number.",
    newPasswordLabel: 'New password',
    newPasswordMissing: 'Enter a new password.',
    submit: 'Save password',
    submitting: 'Saving…',
    askAgain: 'Ask for a new link or code',
    doneTitle: 'Your password has been changed',
    doneText:
      'For your safety, every device signed in to your account has been signed out. Sign in with your new password.',
    signIn: 'Sign in',
  },

  recover: {
    title: 'Forgot account',
    linkFromLogin: 'Forgot your account?',
    linkFromReset: 'Forgot the e-mail or mobile number of your account?',
    intro:
      'Forgot which e-mail or mobile number your JMO account uses? Enter the KPJ number from your membership card and the NIK from your ID card.',
    kpjLabel: 'KPJ number',
    kpjHint: '11 digits on your BPJS Ketenagakerjaan membership card',
    kpjMissing: 'Enter your KPJ number.',
    kpjLength: (n: number) => `The KPJ number has 11 digits. You entered ${n}.`,
    find: 'Find account',
    finding: 'Searching…',
    lostBoth: 'Can no longer use the old e-mail and mobile number?',
    lostBothLink: 'Submit a recovery request',
    channelTitle: 'Where to send the code',
    channelIntro:
      'Your account was found. We send a code to one of the addresses registered on it. Choose one you can still open.',
    channelLegend: 'Send the code to',
    channels: { email: 'E-mail', sms: 'SMS to the mobile number' },
    channelMissing: 'Choose where to send the code.',
    noChannels: 'This account has no e-mail or mobile number that can receive a code.',
    send: 'Send code',
    sending: 'Sending…',
    changeIdentity: 'Change the KPJ or NIK',
    codeTitle: 'Enter the code',
    codeSent: (to: string) => `We sent a 6-digit code to ${to}.`,
    resend: 'Resend the code',
    resent: (to: string) => `A new code was sent to ${to}.`,
    verify: 'Continue',
    verifying: 'Checking…',
    chooseOther: 'Choose another address',
    accountTitle: 'Your account',
    accountIntro: 'Sign in to JMO with these details.',
    emailLabel: 'E-mail',
    phoneLabel: 'Mobile number',
    maskedNote: 'The masked one is not shown in full because the code was not sent there.',
    newPasswordIntro:
      'Set a new password for this account. For your safety, every device signed in to it will be signed out.',
    newPasswordLabel: 'New password',
    newPasswordMissing: 'Enter a new password.',
    submit: 'Save password',
    submitting: 'Saving…',
    askAgain: 'Ask for a new code',
    doneTitle: 'Your account is recovered',
    doneText:
      'The new password is saved and every device has been signed out. Sign in with your e-mail or mobile number and the new password.',
    signIn: 'Sign in',
    fieldCheck: {
      kpj: 'Check the KPJ number: 11 digits on your membership card.',
      nik: 'Check the NIK: 16 digits as on your ID card.',
      fullName: 'Check your full name: write it as on your ID card.',
      birthDate: 'Check your date of birth.',
      newEmail: 'Check the e-mail address, for example name@email.com.',
      newPhone: 'Check the mobile number, for example 081234567890.',
      note: 'Tell us briefly, at most 500 characters.',
    },
    request: {
      title: 'Account recovery request',
      intro:
        'If you can no longer use the old e-mail and mobile number, an officer of BPJS Ketenagakerjaan can move your account to a new e-mail and number after checking your identity.',
      newEmailLabel: 'New e-mail',
      newEmailHint: 'We send the reference number to this e-mail.',
      newEmailMissing: 'Enter the new e-mail address.',
      newPhoneLabel: 'New mobile number',
      newPhoneHint: 'For example 081234567890. An officer may call this number.',
      newPhoneMissing: 'Enter the new mobile number.',
      noteLabel: 'What happened?',
      noteHint: 'For example: phone lost and the old e-mail no longer works. At most 500 characters.',
      noteMissing: 'Tell us briefly what happened.',
      submit: 'Send request',
      submitting: 'Sending…',
      receivedTitle: 'Request received',
      reference: 'Reference number',
      dueOn: 'Answered by',
      receivedText: (email: string) =>
        `Keep this reference number; we also sent it to ${email}. Officers never ask for your password or a verification code.`,
    },
  },

  security: {
    title: 'Account security',
    identityLink: 'Name or birth date wrong? Ask for a correction',
    intro:
      'The devices signed in to your account, passkeys, your password, who read your data, and the sign-in history.',
    devices: {
      title: 'Signed-in devices',
      intro: 'Sign out any device you do not recognise or no longer use.',
      unknown: 'Unknown device',
      thisDevice: 'This device',
      lastActive: 'Last active',
      signOut: 'Sign out device',
      signingOut: 'Signing out…',
      signOutOthers: 'Sign out all other devices',
      signedOut: (device: string) => `${device} has been signed out of your account.`,
      othersSignedOut: 'All other devices have been signed out of your account.',
      onlyThis: 'Only this device is signed in to your account.',
    },
    historyTitle: 'Sign-in history',
    historyIntro: 'Newest first.',
    empty: 'No sign-in history yet.',
    help: 'See something you do not recognise? Call BPJS Ketenagakerjaan on 175.',
    ip: 'IP',
    device: 'Device',
    kinds: {
      login_succeeded: 'Signed in',
      login_failed: 'Failed sign-in attempt',
      login_slowed_down: 'Sign-in attempts slowed down',
      account_blocked: 'Account temporarily blocked',
      account_unblocked: 'Account unblocked',
      registration_started: 'Registration started',
      registered: 'Account created',
      new_device: 'Signed in from a new device',
      password_reset: 'Password reset',
      account_recovery_mismatch: 'Forgot-account attempt with details that did not match',
      account_recovery_code_sent: 'Forgot-account code sent',
      account_recovered: 'Account recovered with Forgot account',
      account_recovery_requested: 'Account recovery request submitted',
      password_rehashed: 'Old password re-secured',
      legacy_account_imported: 'Account moved from the old app',
      card_linked: 'Membership card added',
      passkey_added: 'Passkey added',
      passkey_removed: 'Passkey removed',
      stepped_up: 'Important action confirmed',
      password_changed: 'Password changed',
      contact_changed: 'Contact data changed',
      card_credential_reissued: 'Digital card reissued',
      card_credential_revoked: 'Digital card revoked by an officer',
      withdrawal_lock_on: 'Withdrawal lock turned on',
      withdrawal_lock_off_requested: 'Asked to turn the withdrawal lock off',
    },
    otherKind: 'Account activity',
    dataAccess: {
      title: 'Who read my data',
      intro:
        'Every time an officer of BPJS Ketenagakerjaan opens your personal data (NIK, birth date, e-mail, mobile number), it is recorded here with the reason.',
      none: 'No officer has opened your personal data.',
      by: (name: string, branch: string | null) => (branch ? `${name}, ${branch}` : name),
      roles: { officer: 'Officer', supervisor: 'Supervisor', admin: 'Administrator', employer: 'Employer' },
      purpose: 'Reason',
      fields: 'Data seen',
      purposes: {
        member_request: 'Your own request (at a branch office or on 175)',
        account_recovery: 'Account recovery',
        data_update_review: 'Data update review',
        claim_review: 'Claim review',
        complaint: 'Complaint handling',
      },
      fieldNames: { nik: 'NIK', birth_date: 'birth date', email: 'e-mail', phone: 'mobile number' },
      question: 'See an access you do not recognise? File a complaint or call 175.',
    },
    contact: {
      title: 'Contact data',
      intro:
        'The e-mail and mobile number you sign in with and receive codes at. Changing them needs you to confirm it is you, then a code to the new address.',
      email: 'E-mail',
      phone: 'Mobile number',
      none: 'None yet',
      changeEmail: 'Change e-mail',
      changePhone: 'Change mobile number',
      newEmail: 'New e-mail',
      newPhone: 'New mobile number',
      newMissing: 'Enter the new address.',
      send: 'Send a code to the new address',
      sending: 'Sending…',
      sentTo: (to: string) => `A code was sent to ${to}. Enter it below.`,
      codeLabel: 'Code from the new address',
      confirm: 'Save',
      confirming: 'Saving…',
      saved: 'Your contact data was changed. The old address no longer signs in and has been told.',
      cancel: 'Cancel',
    },
    password: {
      title: 'Change password',
      intro: 'To change your password, first confirm it is really you.',
      label: 'New password',
      save: 'Save password',
      saving: 'Saving…',
      saved: 'Your password was changed. Other devices were signed out of your account.',
    },
  },

  stepUp: {
    title: 'Confirm it is you',
    sendSms: 'Send a code to my phone',
    sendEmail: 'Send a code by e-mail',
    sending: 'Sending…',
    usePasskey: 'Confirm with a passkey',
    sentSms: 'A code was sent by SMS to the mobile number of your account.',
    sentEmail: 'A code was sent to the e-mail of your account.',
    codeLabel: 'Confirmation code',
    codeMissing: 'Enter the 6-digit code we sent.',
    confirm: 'Confirm',
    confirming: 'Checking…',
    confirmed: 'Confirmed. Go on within 5 minutes.',
  },

  passkeys: {
    title: 'Passkeys',
    intro:
      "Sign in without a password, with your phone's fingerprint, face or screen-lock PIN. The passkey stays on your device; we keep only its public key.",
    add: 'Add a passkey on this device',
    adding: 'Adding the passkey…',
    added: 'The passkey has been added. Next time you can sign in with it.',
    none: 'No passkeys yet. You can still sign in with your password.',
    unknownDevice: 'Unknown device',
    createdAt: 'Added',
    lastUsed: 'Last used',
    neverUsed: 'Never',
    remove: 'Remove',
    removing: 'Removing…',
    removed: (device: string) => `The ${device} passkey has been removed and can no longer sign in.`,
    device: {
      cancelled: 'The passkey was cancelled or timed out. Try again when you are ready.',
      unsupported:
        'This browser or device does not support passkeys yet. Sign in with your password, or use an up-to-date browser.',
      already_added: 'This device already holds a passkey for your account.',
      failed: 'The passkey did not work. Try again, or sign in with your password.',
    },
  },

  greeting: (name: string) => `Hello, ${name}`,
  nik: 'NIK',
  totalJht: 'Total JHT balance',
  asOf: (date: string) => `as of ${date}`,
  yourCards: 'Membership cards',
  noCards: 'No membership card is linked to your account yet.',
  noCardsHelp:
    'Have a membership card from your employer? Add it with its KPJ number. Cards also appear here once you enrol yourself as an independent worker.',
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
  addCard: {
    title: 'Add a membership card',
    intro:
      'Enter the KPJ number (11 digits) printed on your membership card. The card must be registered under your NIK and name.',
    kpjLabel: 'KPJ number',
    kpjHint: '11 digits as on the card, for example 230 1234 5678',
    kpjMissing: 'Enter the KPJ number from your membership card.',
    submit: 'Add card',
    submitting: 'Checking the card…',
    added: 'The card is now in your account.',
    addAnother: 'Add another card',
  },
  foundCards: {
    title: 'Other cards under your NIK',
    intro: (n: number) =>
      n === 1
        ? 'We found 1 card registered under your NIK that is not in this account yet. Add it so its balance is not forgotten.'
        : `We found ${n} cards registered under your NIK that are not in this account yet. Add them so their balances are not forgotten.`,
    add: 'Add to account',
    adding: 'Adding…',
    added: (kpj: string) => `Card ${kpj} is now in your account.`,
    nameDiffers:
      'The name on this card differs from your name as on your ID card, so it cannot be added yet. Ask the employer to correct the name, or request a data correction with a photo of your ID card.',
  },

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

  register: {
    title: 'Register',
    haveAccount: 'Already have an account? Sign in',
    noAccount: 'No account yet? Register',

    categoryTitle: 'Choose a category',
    categoryLegend: 'Choose the category that best fits your work.',
    categoryHelp: {
      PU: 'Works for an employer: a company, shop or institution.',
      BPU: 'Self-employed / informal: traders, motorbike-taxi drivers, farmers, fishers, freelancers.',
      PMI: 'Working, or about to work, abroad.',
    },
    categoryMissing: 'Choose one category.',
    next: 'Next',

    detailsTitle: 'Your details',
    detailsIntro:
      'Fill in as on your ID card (KTP). We check them against the population registry (Dukcapil).',
    chosenCategory: 'Category',
    changeCategory: 'Change',
    changeCategoryName: 'Change category',
    nikLabel: 'NIK',
    nikHint: '16 digits as on your ID card (KTP)',
    nikMissing: 'Enter your NIK.',
    nikLength: (n: number) => `The NIK has 16 digits. You entered ${n}.`,
    nameLabel: 'Full name',
    nameHint: 'Exactly as on your ID card (KTP)',
    nameMissing: 'Enter your full name as on your ID card.',
    birthDateLabel: 'Date of birth',
    birthDateMissing: 'Enter your date of birth.',
    emailLabel: 'E-mail',
    emailHint: 'We will send a verification code to this e-mail.',
    emailMissing: 'Enter your e-mail address.',
    phoneLabel: 'Mobile number',
    phoneHint: 'For example 081234567890. We will send an SMS code to this number.',
    phoneMissing: 'Enter your mobile number.',
    passwordMissing: 'Choose a password.',
    consent: 'I declare that the details I entered are true and match my ID card.',
    consentMissing: 'Tick this statement to continue.',
    fieldCheck: {
      segment: 'Choose the category again.',
      nik: 'Check the NIK: 16 digits as on your ID card.',
      fullName: 'Check your full name: write it as on your ID card.',
      birthDate: 'Check your date of birth.',
      email: 'Check the e-mail address, for example name@email.com.',
      phone: 'Check the mobile number, for example 081234567890.',
    },
    submit: 'Register',
    submitting: 'Registering…',
    signIn: 'Sign in to your account',

    verifyTitle: 'Verification',
    verifySent: (email: string, phone: string) => `We sent codes to ${email} and ${phone}.`,
    codeValidFor: (time: string) => `Code valid for ${time} more.`,
    codeExpired: 'This code has expired. Send a new one.',
    resendEmail: 'Resend e-mail code',
    resendSms: 'Resend SMS code',
    resent: (to: string) => `A new code was sent to ${to}.`,
    verify: 'Verify',
    verifying: 'Verifying…',
    editDetails: 'Change your details',
    startOver: 'Start again',
  },

  problems: {},

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
