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
  login_slowed_down: {
    id: 'Terlalu banyak percobaan kata sandi yang salah. Tunggu sebentar sebelum mencoba lagi.',
    en: 'Too many wrong passwords. Wait a moment before trying again.',
  },
  account_blocked: {
    id: 'Akun diblokir sementara karena terlalu banyak kata sandi salah. Buka blokir sekarang dengan kode ke e-mail dan nomor HP Anda, atau tunggu sampai waktu yang tertera.',
    en: 'The account is blocked for a while after too many wrong passwords. Unblock it now with codes sent to your e-mail and phone, or wait until the time shown.',
  },
  unauthenticated: {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
  },
  forbidden: {
    id: 'Akun Anda tidak berhak membuka data atau tindakan ini. Masuk dengan akun yang sesuai, atau minta akses kepada atasan Anda.',
    en: 'Your account may not open this data or action. Sign in with the right account, or ask your supervisor for access.',
  },
  recovery_request_unmatched: {
    id: 'KPJ dan NIK pada permintaan ini tidak cocok dengan akun mana pun, jadi tidak ada akun yang bisa dipindahkan. Tolak permintaan dengan alasannya.',
    en: 'The KPJ and NIK of this request match no account, so there is no account to move. Reject the request with the reason.',
  },
  step_up_required: {
    id: 'Untuk tindakan ini, konfirmasi dulu bahwa ini benar Anda: masukkan kode yang kami kirim ke HP atau e-mail Anda, atau gunakan passkey.',
    en: 'For this action, first confirm it is really you: enter the code we send to your phone or e-mail, or use your passkey.',
  },
  contact_change_not_found: {
    id: 'Permintaan ganti data kontak ini sudah selesai atau kedaluwarsa. Mulai lagi dari Keamanan Akun.',
    en: 'This contact change is finished or has expired. Start again from Account security.',
  },
  card_not_found: {
    id: 'Kartu peserta (KPJ) tidak ditemukan di akun Anda.',
    en: 'This membership card (KPJ) is not in your account.',
  },
  kpj_not_found: {
    id: 'KPJ tidak ditemukan. Periksa 11 digit nomor pada kartu peserta Anda, atau tanyakan ke bagian personalia tempat Anda bekerja.',
    en: 'KPJ not found. Check the 11 digits on your membership card, or ask the HR department where you work.',
  },
  kpj_linked_elsewhere: {
    id: 'KPJ sudah terdaftar di akun lain. Bila kartu ini milik Anda, ajukan pengaduan atau datang ke kantor cabang dengan KTP dan kartu peserta.',
    en: 'This KPJ is already registered to another account. If the card is yours, file a complaint or visit a branch office with your ID card and membership card.',
  },
  kpj_other_nik: {
    id: 'KPJ ini tidak terdaftar atas NIK Anda. Periksa nomornya; bila kartu ini memang milik Anda, data NIK pada kartu perlu dikoreksi di kantor cabang.',
    en: 'This KPJ is not registered under your NIK. Check the number; if the card is yours, the NIK on the card must be corrected at a branch office.',
  },
  card_name_mismatch: {
    id: 'Nama tidak sesuai: nama pada kartu ini berbeda dengan nama di akun Anda (sesuai KTP). Minta pemberi kerja memperbaiki nama, atau ajukan koreksi data dengan foto KTP.',
    en: 'Name does not match: the name on this card differs from the name in your account (as on your ID card). Ask the employer to correct it, or request a data correction with a photo of your ID card.',
  },
  card_already_in_account: {
    id: 'Kartu ini sudah ada di akun Anda.',
    en: 'This card is already in your account.',
  },
  card_credential_not_found: {
    id: 'Kartu digital ini tidak ditemukan. Periksa nomor kartu digitalnya, atau cari dari nomor KPJ.',
    en: 'This digital card was not found. Check its id, or look it up by the KPJ number.',
  },
  card_credential_already_revoked: {
    id: 'Kartu digital ini sudah dicabut sebelumnya.',
    en: 'This digital card was already revoked.',
  },
  registry_nik_not_found: {
    id: 'NIK tidak ditemukan di data kependudukan (Dukcapil). Periksa kembali 16 digit NIK pada KTP Anda.',
    en: 'This NIK was not found in the population registry. Check the 16 digits on your ID card.',
  },
  registry_name_mismatch: {
    id: 'Nama tidak sesuai dengan data kependudukan. Tulis nama lengkap persis seperti di KTP.',
    en: 'The name does not match the population registry. Write your full name exactly as on your ID card.',
  },
  registry_birth_date_mismatch: {
    id: 'Tanggal lahir tidak sesuai dengan data kependudukan. Periksa tanggal lahir di KTP Anda.',
    en: 'The date of birth does not match the population registry. Check the date on your ID card.',
  },
  nik_already_registered: {
    id: 'NIK ini sudah memiliki akun JMO. Silakan masuk, atau gunakan "Lupa Akun" jika tidak bisa masuk.',
    en: 'This NIK already has a JMO account. Sign in, or use "Forgot account" if you cannot.',
  },
  email_already_used: {
    id: 'E-mail ini sudah dipakai akun lain. Masuk dengan akun tersebut atau gunakan e-mail lain.',
    en: 'This e-mail is already used by another account. Sign in with it or use another e-mail.',
  },
  phone_already_used: {
    id: 'Nomor HP ini sudah dipakai akun lain. Masuk dengan akun tersebut atau gunakan nomor lain.',
    en: 'This mobile number is already used by another account. Sign in with it or use another number.',
  },
  registration_not_found: {
    id: 'Pendaftaran tidak ditemukan atau sudah kedaluwarsa. Silakan mulai pendaftaran lagi.',
    en: 'The registration was not found or has expired. Please start again.',
  },
  reset_link_invalid: {
    id: 'Tautan atur ulang kata sandi sudah kedaluwarsa atau sudah dipakai. Minta tautan baru.',
    en: 'The password reset link has expired or was already used. Ask for a new one.',
  },
  session_not_found: {
    id: 'Perangkat ini sudah tidak masuk ke akun Anda.',
    en: 'This device is no longer signed in to your account.',
  },
  passkey_expired: {
    id: 'Permintaan passkey sudah kedaluwarsa atau sudah dipakai. Coba lagi dari awal.',
    en: 'The passkey request has expired or was already used. Start again.',
  },
  passkey_not_recognised: {
    id: 'Passkey ini tidak dikenali. Masuk dengan e-mail/nomor HP dan kata sandi, lalu tambahkan passkey lagi di Keamanan Akun.',
    en: 'This passkey is not recognised. Sign in with your e-mail/mobile number and password, then add a passkey again under Account security.',
  },
  passkey_invalid: {
    id: 'Passkey tidak dapat disimpan. Coba lagi, atau pakai kunci layar perangkat (sidik jari, wajah atau PIN).',
    en: 'The passkey could not be saved. Try again, or use the device screen lock (fingerprint, face or PIN).',
  },
  passkey_already_added: {
    id: 'Passkey ini sudah tersimpan di akun Anda.',
    en: 'This passkey is already saved in your account.',
  },
  passkey_not_found: {
    id: 'Passkey tidak ditemukan di akun Anda. Muat ulang halaman untuk melihat daftar terbaru.',
    en: 'This passkey is not in your account. Reload the page to see the current list.',
  },
  contribution_wage_negative: {
    id: 'Upah tidak boleh negatif. Isi upah sebulan (gaji pokok + tunjangan tetap) dalam rupiah, misalnya 5000000.',
    en: 'The wage cannot be negative. Enter the monthly wage (basic wage + fixed allowances) in rupiah, for example 5000000.',
  },
  jht_balance_negative: {
    id: 'Saldo JHT tidak boleh negatif. Isi saldo JHT dalam rupiah tanpa titik, misalnya 80000000; saldo Anda ada di menu Cek Saldo.',
    en: 'A JHT balance cannot be negative. Enter the JHT balance in whole rupiah without dots, for example 80000000; your balance is under Check balance.',
  },
  contribution_period_not_covered: {
    id: 'Kami belum punya aturan iuran untuk periode ini. Pilih periode mulai Juli 2015 untuk pekerja penerima upah, atau mulai Januari 2020 untuk peserta BPU.',
    en: 'We have no contribution rules for this period. Choose a period from July 2015 for wage earners, or from January 2020 for informal workers (BPU).',
  },
  contribution_period_too_far_ahead: {
    id: 'Periode terlalu jauh ke depan. Simulasi hanya sampai 12 bulan dari bulan ini, karena aturan (misalnya batas upah JP) berubah setiap tahun.',
    en: 'The period is too far ahead. Simulations go up to 12 months from this month, because the rules (such as the JP wage cap) change every year.',
  },
  jkk_risk_group_unknown: {
    id: 'Kelompok risiko JKK tidak dikenal. Pilih kelompok 1 sampai 5 (I sangat rendah … V sangat tinggi) sesuai penetapan BPJS Ketenagakerjaan untuk perusahaan.',
    en: 'Unknown JKK risk group. Choose group 1 to 5 (I very low … V very high) as BPJS Ketenagakerjaan set it for the company.',
  },
  bpu_income_not_a_bracket: {
    id: 'Penghasilan untuk peserta BPU harus salah satu nilai dari tabel penghasilan (mulai Rp1.000.000). Pilih nilai terdekat dari daftar.',
    en: 'An informal worker (BPU) declares one of the income brackets (from Rp1,000,000). Choose the nearest value from the list.',
  },
  bpu_mandatory_programs_missing: {
    id: 'Peserta BPU wajib ikut JKK dan JKM sekaligus. Pilih keduanya; JHT boleh ditambahkan.',
    en: 'Informal workers (BPU) must take JKK and JKM together. Choose both; JHT may be added.',
  },
  bpu_program_not_available: {
    id: 'Program ini tidak tersedia untuk peserta BPU: JP dan JKP hanya untuk pekerja penerima upah. Pilih JKK dan JKM, dan bila mau JHT.',
    en: 'This program is not open to informal workers (BPU): JP and JKP are for wage earners only. Choose JKK and JKM, and JHT if you wish.',
  },
  code_invalid: {
    id: 'Kode verifikasi salah. Periksa kode terbaru yang kami kirim lalu coba lagi.',
    en: 'The verification code is wrong. Check the latest code we sent and try again.',
  },
  code_expired: {
    id: 'Kode verifikasi sudah kedaluwarsa. Minta kode baru.',
    en: 'The verification code has expired. Ask for a new one.',
  },
  code_attempts_exhausted: {
    id: 'Terlalu banyak kode salah. Minta kode baru.',
    en: 'Too many wrong codes. Ask for a new one.',
  },
  code_resend_too_soon: {
    id: 'Kode baru saja dikirim. Tunggu sebentar sebelum meminta kode lagi.',
    en: 'A code was just sent. Wait a moment before asking again.',
  },
  code_send_limit_reached: {
    id: 'Batas pengiriman kode tercapai. Coba lagi nanti.',
    en: 'The limit of codes sent has been reached. Try again later.',
  },
  recovery_data_mismatch: {
    id: 'Data tidak cocok. Periksa kembali nomor KPJ dan NIK Anda. Jika belum punya akun JMO, silakan daftar.',
    en: 'The details do not match. Check your KPJ and NIK numbers. If you have no JMO account yet, please register.',
  },
  recovery_attempts_limited: {
    id: 'Terlalu banyak percobaan data yang tidak cocok. Demi keamanan, coba lagi nanti.',
    en: 'Too many attempts with details that did not match. For your safety, try again later.',
  },
  recovery_channel_unavailable: {
    id: 'Akun ini tidak memiliki saluran tersebut. Pilih saluran lain atau ajukan permintaan pemulihan.',
    en: 'This account has no such channel. Choose another one or submit a recovery request.',
  },
  service_unavailable: {
    id: 'Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.',
    en: 'The service is unavailable right now. Please try again shortly.',
  },
  worker_already_registered: {
    id: 'Pekerja ini sudah terdaftar aktif di perusahaan Anda. Lihat daftar pekerja; laporkan upah barunya bila berubah.',
    en: 'This worker is already registered and active at your company. See the worker list; report a new wage if it changed.',
  },
  worker_not_found: {
    id: 'Tidak ada pekerja Anda dengan KPJ ini. Periksa nomornya di daftar pekerja.',
    en: 'None of your workers has this KPJ. Check the number in the worker list.',
  },
  worker_already_left: {
    id: 'Pekerja ini sudah dilaporkan berhenti. Tidak perlu dilaporkan lagi.',
    en: 'This worker was already reported as having left. There is nothing more to report.',
  },
  period_in_future: {
    id: 'Periode ini belum dimulai. Laporkan upah dan terbitkan tagihan untuk bulan berjalan atau sebelumnya.',
    en: 'This period has not started yet. Report wages and issue invoices for the current month or earlier.',
  },
  wage_period_invoiced: {
    id: 'Tagihan periode ini sudah terbit, jadi upahnya tidak bisa diubah lagi. Laporkan perubahan upah untuk periode berikutnya.',
    en: 'The invoice for this period is already issued, so its wages can no longer change. Report the change for the next period.',
  },
  bpu_already_member: {
    id: 'Anda sudah terdaftar sebagai peserta bukan penerima upah (BPU). Lihat kartunya di halaman Iuran BPU.',
    en: 'You are already registered as an informal worker (BPU). See that card on the BPU contributions page.',
  },
  bpu_paid_ahead_limit: {
    id: 'Iuran sudah dibayar sampai batas bayar di muka (12 bulan). Bayar lagi bulan depan.',
    en: 'Contributions are paid as far ahead as allowed (12 months). Pay again next month.',
  },
  merge_same_card: {
    id: 'Pilih dua kartu yang berbeda untuk digabungkan.',
    en: 'Choose two different cards to merge.',
  },
  card_still_active: {
    id: 'Kartu ini masih aktif di pemberi kerja dan masih menerima iuran. Saldo bisa digabungkan setelah Anda berhenti bekerja di sana.',
    en: 'This card is still active at an employer and still receives contributions. Its balance can be merged after you leave that job.',
  },
  nothing_to_merge: {
    id: 'Kartu ini tidak memiliki saldo untuk dipindahkan.',
    en: 'This card has no balance to move.',
  },
  idempotency_key_reused: {
    id: 'Permintaan ini memakai kunci yang sudah dipakai untuk tindakan lain. Muat ulang halaman lalu coba lagi.',
    en: 'This request reuses a key from another action. Reload the page and try again.',
  },
  period_not_covered: {
    id: 'JMO tidak memiliki aturan iuran untuk periode ini (sebelum Juli 2015). Hubungi kantor cabang untuk periode lama.',
    en: 'JMO has no contribution rules for this period (before July 2015). Contact a branch office for old periods.',
  },
  invoice_already_issued: {
    id: 'Tagihan periode ini sudah terbit. Buka tagihan tersebut untuk melihat nomor virtual account-nya.',
    en: 'The invoice for this period is already issued. Open it to see its virtual account number.',
  },
  no_workers_to_invoice: {
    id: 'Tidak ada pekerja aktif yang iurannya belum dibayar untuk periode ini, jadi tidak ada yang ditagihkan.',
    en: 'No active worker has an unpaid contribution for this period, so there is nothing to invoice.',
  },
  wages_missing: {
    id: 'Beberapa pekerja belum memiliki laporan upah. Laporkan upah mereka dulu, lalu terbitkan tagihan.',
    en: 'Some workers have no reported wage yet. Report their wages first, then issue the invoice.',
  },
  invoice_not_found: {
    id: 'Tagihan ini tidak ditemukan di perusahaan Anda. Periksa nomornya di daftar tagihan.',
    en: 'This invoice was not found for your company. Check its number in the invoice list.',
  },
  virtual_account_already_paid: {
    id: 'Virtual account ini sudah lunas dan tidak menerima pembayaran lagi.',
    en: 'This virtual account is already paid and takes no further payment.',
  },
  payment_signature_invalid: {
    id: 'Tanda tangan notifikasi pembayaran tidak sah. Notifikasi diabaikan.',
    en: 'The payment notification signature is not valid. The notification was ignored.',
  },
  step_out_of_order: {
    id: 'Langkah ini belum bisa diisi: selesaikan dulu langkah sebelumnya (lihat "detail"). Isian yang sudah tersimpan tetap ada.',
    en: 'This step cannot be filled in yet: finish the earlier step first (see "detail"). What you saved is kept.',
  },
  data_update_step_invalid: {
    id: 'Ada isian yang perlu diperbaiki pada langkah ini; lihat keterangan di tiap isian. Langkah lain yang sudah tersimpan tetap ada.',
    en: 'Some entries of this step need fixing; see the note on each field. The other steps you saved are kept.',
  },
  data_update_in_review: {
    id: 'Pengkinian data Anda sedang diverifikasi petugas, jadi belum bisa diubah. Lihat siapa yang menanganinya dan batas waktunya di halaman pengkinian data.',
    en: 'An officer is verifying your data update, so it cannot be changed now. See who holds it and until when on the data update page.',
  },
  face_check_already_passed: {
    id: 'Verifikasi wajah Anda untuk pengkinian data ini sudah berhasil. Lanjutkan ke langkah berikutnya.',
    en: 'Your face check for this data update has already passed. Go on to the next step.',
  },
  face_check_with_officer: {
    id: 'Foto wajah Anda sudah diteruskan ke petugas untuk diperiksa; tidak perlu mencoba lagi. Anda bisa melanjutkan langkah berikutnya sambil menunggu.',
    en: 'Your selfie has gone to an officer to check; no need to try again. You can go on with the next steps meanwhile.',
  },
  selfie_too_large: {
    id: 'Foto terlalu besar (batasnya tertulis di keterangan). Ambil foto baru dengan kamera aplikasi, atau kecilkan resolusi kamera.',
    en: 'The photo is too large (the limit is in the detail). Take a new one with the app camera, or lower the camera resolution.',
  },
  selfie_not_an_image: {
    id: 'Berkas ini bukan foto yang bisa dibaca. Kirim foto wajah berformat JPEG, PNG atau WebP.',
    en: 'This file is not a photo we can read. Send a selfie as JPEG, PNG or WebP.',
  },
  face_not_found: {
    id: 'Wajah tidak terlihat di foto. Pegang HP setinggi mata, pastikan seluruh wajah masuk bingkai dan cukup terang, lalu coba lagi.',
    en: 'No face could be seen in the photo. Hold the phone at eye level, get your whole face in the frame in good light, and try again.',
  },
  face_several_faces: {
    id: 'Ada lebih dari satu wajah di foto. Ambil swafoto sendirian, tanpa orang atau foto orang lain di belakang Anda.',
    en: 'There is more than one face in the photo. Take the selfie alone, with no one (and no picture of anyone) behind you.',
  },
  face_too_small: {
    id: 'Wajah terlalu kecil atau terlalu jauh. Dekatkan HP sampai wajah memenuhi bingkai oval, lalu coba lagi.',
    en: 'The face is too small or too far away. Bring the phone closer until your face fills the oval, and try again.',
  },
  face_image_unreadable: {
    id: 'Foto buram atau rusak. Tahan HP dengan kedua tangan agar tidak goyang, bersihkan lensa kamera, lalu coba lagi.',
    en: 'The photo is blurred or damaged. Hold the phone steady with both hands, clean the camera lens, and try again.',
  },
  face_liveness_low: {
    id: 'Foto tampak seperti foto dari kertas atau layar. Gunakan wajah Anda sendiri secara langsung di depan kamera, bukan foto atau layar.',
    en: 'The photo looks like a print or a screen. Use your real face in front of the camera, not a photo or a screen.',
  },
  face_not_matching: {
    id: 'Wajah belum cocok dengan foto KTP Anda. Cari tempat yang terang (cahaya dari depan), hadapkan wajah lurus ke kamera, lepas kacamata dan rapikan rambut dari wajah, tahan HP dengan stabil, lalu coba lagi.',
    en: 'Your face did not match your ID photo. Find good light (from the front), face the camera straight on, take off glasses and keep hair off your face, hold the phone steady, and try again.',
  },
  face_check_unavailable: {
    id: 'Verifikasi wajah sedang tidak tersedia. Coba lagi beberapa saat lagi; isian Anda yang lain tetap tersimpan.',
    en: 'The face check is unavailable right now. Try again shortly; everything else you entered is kept.',
  },
  bank_unavailable: {
    id: 'Bank belum bisa memeriksa rekening saat ini. Coba lagi beberapa saat lagi; isian Anda tetap tersimpan.',
    en: 'The bank cannot check the account right now. Try again shortly; what you entered is kept.',
  },
  bank_account_not_found: {
    id: 'Rekening tidak ditemukan di bank tersebut. Periksa nomor rekening dan pilihan bank pada buku tabungan Anda.',
    en: 'The bank has no such account. Check the account number and the bank chosen against your savings book.',
  },
  bank_account_closed: {
    id: 'Rekening ini tidak aktif (ditutup, dorman atau diblokir) dan tidak bisa menerima dana. Aktifkan di bank, atau pakai rekening lain atas nama Anda.',
    en: 'This account is not active (closed, dormant or blocked) and cannot receive money. Reactivate it at the bank, or use another account in your name.',
  },
  bank_holder_mismatch: {
    id: 'Rekening ini bukan atas nama Anda sesuai KTP. Manfaat hanya dibayar ke rekening atas nama peserta sendiri: pakai rekening atas nama Anda (singkatan dan gelar tidak masalah).',
    en: "This account is not in your name as on your ID card. Benefits are paid only into an account in the member's own name: use one in your name (abbreviations and titles are fine).",
  },
  contact_code_not_pending: {
    id: 'Tidak ada kode yang menunggu untuk alamat ini. Simpan lagi langkah data kontak untuk menerima kode baru.',
    en: 'No code is waiting for this address. Save the contact step again to get a new code.',
  },
  identity_evidence_too_large: {
    id: 'Foto dokumen terlalu besar (batasnya tertulis di keterangan). Foto ulang KTP atau KK dengan kamera HP, atau kecilkan resolusi kamera.',
    en: 'The document photo is too large (the limit is in the detail). Photograph the KTP or KK again with the phone camera, or lower the camera resolution.',
  },
  identity_evidence_not_an_image: {
    id: 'Berkas ini bukan foto yang bisa dibaca. Kirim foto KTP atau KK berformat JPEG, PNG atau WebP.',
    en: 'This file is not a photo we can read. Send a photo of the KTP or KK as JPEG, PNG or WebP.',
  },
  identity_evidence_not_found: {
    id: 'Foto bukti tidak ditemukan di antara unggahan Anda, atau sudah dipakai untuk permohonan lain. Unggah lagi foto KTP atau KK Anda.',
    en: 'The evidence photo is not among your uploads, or it belongs to another request already. Upload the photo of your KTP or KK again.',
  },
  identity_correction_no_evidence: {
    id: 'Permohonan koreksi perlu bukti. Unggah paling sedikit satu foto KTP atau KK, lalu kirim lagi.',
    en: 'A correction request needs evidence. Upload at least one photo of your KTP or KK, then send it again.',
  },
  identity_correction_same_value: {
    id: 'Isian ini sama dengan data kami saat ini, jadi tidak ada yang perlu dikoreksi. Periksa lagi isian sesuai KTP, atau hapus kolom itu dari permohonan.',
    en: 'This value is the same as the data we hold, so there is nothing to correct. Check it against the KTP again, or leave that field out of the request.',
  },
  identity_correction_already_open: {
    id: 'Anda sudah punya permohonan koreksi identitas yang sedang diperiksa petugas. Tunggu keputusannya; status dan batas waktunya ada di halaman koreksi identitas.',
    en: 'You already have an identity correction request with an officer. Wait for the decision; its status and due date are on the identity correction page.',
  },
  identity_correction_not_found: {
    id: 'Permohonan koreksi identitas ini tidak ditemukan. Muat ulang daftar permohonan.',
    en: 'This identity correction request was not found. Reload the list of requests.',
  },
  review_already_decided: {
    id: 'Kasus ini sudah diputuskan atau tidak sedang menunggu petugas. Muat ulang antrean.',
    en: 'This case has been decided already or is not waiting for an officer. Reload the queue.',
  },
  beneficiaries_invalid: {
    id: 'Daftar ahli waris perlu diperbaiki; lihat keterangan di tiap isian. Daftar sebelumnya belum diubah.',
    en: 'The list of heirs needs fixing; see the note on each field. The earlier list is unchanged.',
  },
  claim_not_found: {
    id: 'Klaim ini tidak ditemukan di akun Anda. Buka Tracking Klaim untuk melihat klaim Anda.',
    en: 'This claim is not in your account. Open claim tracking to see your claims.',
  },
  claim_not_eligible: {
    id: 'Klaim JHT belum dapat diajukan di aplikasi untuk kartu ini. Lihat syarat yang belum terpenuhi dan cara memenuhinya di halaman Klaim JHT.',
    en: 'A JHT claim cannot be made in the app for this card yet. See the condition not met, and what to do, on the JHT claim page.',
  },
  claim_already_open: {
    id: 'Kartu ini sudah punya klaim JHT yang sedang diproses. Ikuti perkembangannya di Tracking Klaim.',
    en: 'This card already has a JHT claim in progress. Follow it in claim tracking.',
  },
  claim_not_editable: {
    id: 'Klaim ini sudah diajukan atau sudah selesai, jadi tidak dapat diubah lagi. Lihat statusnya di Tracking Klaim.',
    en: 'This claim has been submitted or is finished, so it cannot be changed any more. See its status in claim tracking.',
  },
  claim_selfie_required: {
    id: 'Ambil swafoto untuk verifikasi wajah dulu, lalu kirim klaim lagi.',
    en: 'Take the selfie for the face check first, then send the claim again.',
  },
  claim_bank_missing: {
    id: 'Belum ada rekening bank atas nama Anda dari pengkinian data. Tambahkan NPWP dan rekening di Pengkinian Data, lalu kembali ke klaim.',
    en: 'There is no bank account in your name from the data update yet. Add your NPWP and account in the data update, then come back to the claim.',
  },
  claim_decision_invalid: {
    id: 'Keputusan ini tidak dapat dibuat untuk klaim dalam status sekarang, atau alasannya tidak sesuai. Pilih salah satu alasan yang tersedia.',
    en: 'This decision cannot be made for the claim in its current state, or the reason does not fit. Choose one of the reasons offered.',
  },
  claim_not_in_queue: {
    id: 'Klaim ini tidak sedang menunggu keputusan petugas (mungkin sudah diputuskan). Muat ulang antrean.',
    en: 'This claim is not waiting for an officer (it may have been decided). Reload the queue.',
  },

  internal_error: {
    id: 'Terjadi kesalahan pada sistem kami. Data Anda aman; silakan coba lagi.',
    en: 'Something went wrong on our side. Your data is safe; please try again.',
  },
  leave_report_not_needed: {
    id: 'Pemberi kerja sudah melaporkan Anda berhenti bekerja dari kartu ini, atau kartu ini tidak punya pemberi kerja. Tidak perlu permintaan lagi.',
    en: 'The employer has already reported that you left, or this card has no employer. No request is needed.',
  },
  claim_reminder_not_needed: {
    id: 'Tidak ada tanggal tunggu untuk kartu ini: klaim belum bisa dijadwalkan atau sudah bisa diajukan sekarang.',
    en: 'This card has no waiting date: a claim cannot be scheduled yet, or it can be made now.',
  },
  transfer_signature_invalid: {
    id: 'Tanda tangan notifikasi transfer bank tidak sah. Notifikasi diabaikan.',
    en: 'The bank transfer notification signature is not valid. The notification was ignored.',
  },
  payouts_unavailable: {
    id: 'Pembayaran ke rekening sedang tidak dapat diproses. Saldo Anda tetap utuh; silakan coba lagi nanti.',
    en: 'Payouts to bank accounts cannot be processed right now. Your balance is untouched; please try again later.',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorMessages[code][locale];
}
