/**
 * Words of the member's money screens (card history explained, merging cards, notices, Iuran BPU),
 * in Bahasa Indonesia (the default) and English, following the app's language switch. Shared words
 * (months, statuses, segments) come from i18n.ts.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

type Program = 'JHT' | 'JP' | 'JKK' | 'JKM' | 'JKP';

const id = {
  programs: 'Program',
  programNames: {
    JHT: 'Jaminan Hari Tua',
    JP: 'Jaminan Pensiun',
    JKK: 'Jaminan Kecelakaan Kerja',
    JKM: 'Jaminan Kematian',
    JKP: 'Jaminan Kehilangan Pekerjaan',
  } satisfies Record<Program, string>,
  jpBalance: 'Saldo JP',

  // Card history
  chartTitle: (year: number) => `Saldo JHT sepanjang ${year}`,
  chartSummary: (first: string, last: string) => `Dari ${first} menjadi ${last} pada akhir bulan terakhir.`,
  chartTable: 'Saldo akhir per bulan',
  month: 'Bulan',
  closing: 'Saldo Akhir',
  other: 'Pindahan saldo (gabung kartu)',
  details: 'Lihat rincian',
  wageDown: 'Upah yang dilaporkan turun',
  wageDownHelp:
    'Iuran Anda mengikuti upah yang dilaporkan pemberi kerja. Bila upah Anda sebenarnya tidak turun, tanyakan ke bagian HRD pemberi kerja. Bila tidak ada jawaban, ajukan pengaduan ke BPJS Ketenagakerjaan.',
  rateTitle: (year: number) => `Tingkat hasil pengembangan ${year}`,
  rateValue: (percent: string) => `${percent} setahun`,
  rateSource: 'Sumber',
  illustrative: 'ilustratif',
  illustrativeHelp: 'Angka contoh: tingkat resmi tahun ini belum diumumkan.',

  // Merging cards
  mergeTitle: 'Pindahkan saldo ke kartu lain',
  mergeIntro:
    'Kartu ini tidak aktif lagi. Anda bisa memindahkan seluruh saldonya ke kartu lain milik Anda, supaya tabungan Anda ada di satu kartu.',
  mergeNothing: 'Kartu ini tidak punya saldo untuk dipindahkan.',
  mergeNoOther: 'Belum ada kartu lain di akun Anda untuk menerima saldo ini.',
  mergeInto: 'Kartu penerima',
  mergeChoose: 'Lanjut',
  mergeConfirmTitle: 'Periksa sebelum memindahkan',
  mergeWhat: (jht: string, jp: string | null, into: string) =>
    jp
      ? `Saldo JHT ${jht} dan saldo JP ${jp} pindah ke kartu ${into}.`
      : `Saldo JHT ${jht} pindah ke kartu ${into}.`,
  mergeAfter: (from: string) =>
    `Setelah itu kartu ${from} menunjukkan saldo Rp0. Pemindahan tidak bisa dibatalkan, tetapi uang Anda tetap milik Anda di kartu penerima.`,
  mergeConfirm: 'Ya, pindahkan saldo',
  mergeCancel: 'Batal',
  merging: 'Memindahkan…',
  merged: (jht: string, jp: string, into: string) =>
    `Saldo sudah pindah: JHT ${jht} dan JP ${jp} kini ada di kartu ${into}.`,
  mergedOpen: 'Lihat kartu penerima',
  mergeRetryHint: 'Coba lagi aman: saldo tidak akan pindah dua kali.',

  // Notices
  noticesTitle: 'Notifikasi',
  noticesLink: 'Notifikasi',
  unreadCount: (n: number) => (n === 1 ? '1 belum dibaca' : `${n} belum dibaca`),
  noNotices: 'Belum ada notifikasi.',
  noNoticesHelp:
    'Kami memberi tahu Anda bila iuran belum dibayar, upah yang dilaporkan turun, atau iuran masuk.',
  unread: 'Baru',
  employerUnpaidTitle: (period: string) => `Iuran ${period} belum dibayar`,
  employerUnpaid: (d: Record<string, string>) =>
    `Pemberi kerja Anda ${d.employer ?? ''} belum membayar iuran periode ${d.period ?? ''} untuk kartu ${d.kpj ?? ''} (jatuh tempo ${d.dueOn ?? ''}). Tanyakan ke bagian HRD. Bila tetap belum dibayar, Anda dapat mengajukan pengaduan.`,
  wageDroppedTitle: 'Upah yang dilaporkan turun',
  wageDropped: (d: Record<string, string>) =>
    `Pemberi kerja melaporkan upah lebih rendah mulai ${d.period ?? ''}: ${d.wage ?? ''}, turun dari ${d.previous ?? ''} (kartu ${d.kpj ?? ''}). Iuran Anda mengikuti upah yang dilaporkan. Bila ini bukan upah Anda sebenarnya, tanyakan ke HRD atau ajukan pengaduan.`,

  // Iuran BPU
  bpuTitle: 'Iuran BPU',
  bpuLink: 'Iuran BPU (pekerja bukan penerima upah)',
  bpuCard: 'Kartu BPU',
  cover: 'Status perlindungan',
  coverStatus: { active: 'Terlindungi', in_arrears: 'Menunggak', lapsed: 'Tidak terlindungi' },
  coverExplain: {
    active: 'Iuran Anda lancar. Bayar bulan berikutnya sebelum jatuh tempo agar tetap terlindungi.',
    in_arrears: (months: number, lapseAfter: number) =>
      `Ada ${months} bulan belum dibayar. Bayar sekarang, mulai dari bulan tertua; setelah ${lapseAfter} bulan tidak dibayar, perlindungan berhenti.`,
    lapsed:
      'Perlindungan berhenti karena iuran tidak dibayar. Bayar iuran bulan ini agar Anda terlindungi lagi.',
  },
  coveredUntil: 'Terlindungi sampai',
  notCoveredYet: 'Belum ada bulan yang dibayar',
  nextPeriod: 'Bulan yang harus dibayar',
  dueOn: 'Jatuh tempo',
  declaredIncome: 'Penghasilan yang dilaporkan',
  monthly: 'Iuran per bulan',
  monthlyTotal: 'Jumlah per bulan',
  source: 'Sumber',
  payTitle: 'Pembayaran',
  payButton: 'Bayar iuran',
  paying: 'Membuat tagihan…',
  vaIntro: (period: string) => `Bayar iuran ${period} ke virtual account ini lewat bank, ATM atau m-banking.`,
  vaBank: 'Bank',
  vaNumber: 'Nomor virtual account',
  vaAmount: 'Jumlah',
  copy: 'Salin nomor',
  copied: 'Nomor virtual account disalin.',
  copyFailed: 'Tidak dapat menyalin. Tekan lama nomornya untuk menyalin.',
  payAheadLimit: 'Anda sudah membayar sejauh yang bisa dibayar di muka.',
  sandboxLink: 'Sandbox: bayar di bank simulasi',
  paidTitle: 'Bulan yang sudah dibayar',
  paidOn: (date: string) => `dibayar ${date}`,
  noPaid: 'Belum ada bulan yang dibayar.',
  changePlan: 'Ubah penghasilan/program',
  changePlanIntro: (period: string) => `Perubahan berlaku mulai iuran ${period}.`,
  planLocked:
    'Tagihan bulan ini sudah dibuat. Bayar dulu tagihannya, lalu ubah penghasilan atau program untuk bulan berikutnya.',
  income: 'Golongan penghasilan per bulan',
  incomeHint: 'Pilih yang paling dekat dengan penghasilan Anda sebulan.',
  bracketIllustrative: '(contoh)',
  programsLegend: 'Program',
  fixedProgram: 'wajib',
  optionalProgram: 'pilihan: tabungan hari tua',
  preview: 'Iuran per bulan dengan pilihan ini',
  savePlan: 'Simpan perubahan',
  savingPlan: 'Menyimpan…',
  planSaved: 'Perubahan disimpan.',
  cancel: 'Batal',
  joinTitle: 'Daftar BPU',
  joinIntro:
    'Pekerja bukan penerima upah (pedagang, ojek, petani, pekerja lepas) bisa ikut BPJS Ketenagakerjaan sendiri dan membayar iuran tiap bulan.',
  joinConfirm: 'Daftar dan lanjut ke pembayaran',
  joining: 'Mendaftarkan…',
  joined: (kpj: string) => `Anda terdaftar. Kartu BPU Anda: ${kpj}.`,
  alreadyMember: 'Anda sudah punya kartu BPU yang aktif.',
  claimTrackingLink: 'Tracking Klaim',
};

export type MoneyTexts = typeof id;

const en: MoneyTexts = {
  programs: 'Programs',
  programNames: {
    JHT: 'Old-age savings',
    JP: 'Pension',
    JKK: 'Work-accident cover',
    JKM: 'Death benefit',
    JKP: 'Job-loss benefit',
  },
  jpBalance: 'JP balance',

  chartTitle: (year: number) => `JHT balance through ${year}`,
  chartSummary: (first: string, last: string) => `From ${first} to ${last} at the end of the latest month.`,
  chartTable: 'Closing balance by month',
  month: 'Month',
  closing: 'Closing balance',
  other: 'Moved between cards (merge)',
  details: 'See the details',
  wageDown: 'The reported wage went down',
  wageDownHelp:
    'Your contributions follow the wage your employer reports. If your real wage did not go down, ask your employer’s HR department. If they do not answer, file a complaint with BPJS Ketenagakerjaan.',
  rateTitle: (year: number) => `Development return rate ${year}`,
  rateValue: (percent: string) => `${percent} a year`,
  rateSource: 'Source',
  illustrative: 'illustrative',
  illustrativeHelp: 'An example figure: this year’s official rate has not been announced.',

  mergeTitle: 'Move the balance to another card',
  mergeIntro:
    'This card is no longer active. You can move its whole balance to another of your cards, so your savings sit on one card.',
  mergeNothing: 'This card has no balance to move.',
  mergeNoOther: 'There is no other card in your account to receive this balance yet.',
  mergeInto: 'Receiving card',
  mergeChoose: 'Continue',
  mergeConfirmTitle: 'Check before moving',
  mergeWhat: (jht: string, jp: string | null, into: string) =>
    jp
      ? `The JHT balance ${jht} and the JP balance ${jp} move to card ${into}.`
      : `The JHT balance ${jht} moves to card ${into}.`,
  mergeAfter: (from: string) =>
    `Card ${from} then shows a balance of Rp0. The move cannot be undone, but your money stays yours on the receiving card.`,
  mergeConfirm: 'Yes, move the balance',
  mergeCancel: 'Cancel',
  merging: 'Moving…',
  merged: (jht: string, jp: string, into: string) =>
    `The balance has moved: JHT ${jht} and JP ${jp} are now on card ${into}.`,
  mergedOpen: 'Open the receiving card',
  mergeRetryHint: 'Trying again is safe: the balance never moves twice.',

  noticesTitle: 'Notices',
  noticesLink: 'Notices',
  unreadCount: (n: number) => `${n} unread`,
  noNotices: 'No notices yet.',
  noNoticesHelp:
    'We tell you when a contribution is unpaid, when your reported wage goes down, or when a contribution arrives.',
  unread: 'New',
  employerUnpaidTitle: (period: string) => `Contribution for ${period} not paid`,
  employerUnpaid: (d: Record<string, string>) =>
    `Your employer ${d.employer ?? ''} has not paid the contribution for ${d.period ?? ''} on card ${d.kpj ?? ''} (due ${d.dueOn ?? ''}). Ask your HR department. If it stays unpaid, you can file a complaint.`,
  wageDroppedTitle: 'Your reported wage went down',
  wageDropped: (d: Record<string, string>) =>
    `Your employer reported a lower wage from ${d.period ?? ''}: ${d.wage ?? ''}, down from ${d.previous ?? ''} (card ${d.kpj ?? ''}). Your contributions follow the reported wage. If this is not your real wage, ask HR or file a complaint.`,

  bpuTitle: 'BPU contributions',
  bpuLink: 'BPU contributions (informal workers)',
  bpuCard: 'BPU card',
  cover: 'Cover',
  coverStatus: { active: 'Covered', in_arrears: 'In arrears', lapsed: 'Not covered' },
  coverExplain: {
    active: 'Your contributions are up to date. Pay the next month before its due date to stay covered.',
    in_arrears: (months: number, lapseAfter: number) =>
      `${months} month(s) unpaid. Pay now, starting with the oldest; after ${lapseAfter} unpaid months the cover stops.`,
    lapsed: 'Your cover stopped because contributions were not paid. Pay this month to be covered again.',
  },
  coveredUntil: 'Covered until',
  notCoveredYet: 'No month paid yet',
  nextPeriod: 'Month to pay',
  dueOn: 'Due',
  declaredIncome: 'Declared income',
  monthly: 'Contribution per month',
  monthlyTotal: 'Total per month',
  source: 'Source',
  payTitle: 'Payment',
  payButton: 'Pay contribution',
  paying: 'Creating the bill…',
  vaIntro: (period: string) =>
    `Pay the contribution for ${period} into this virtual account at a bank, an ATM or with mobile banking.`,
  vaBank: 'Bank',
  vaNumber: 'Virtual account number',
  vaAmount: 'Amount',
  copy: 'Copy number',
  copied: 'Virtual account number copied.',
  copyFailed: 'Could not copy. Long-press the number to copy it.',
  payAheadLimit: 'You have paid as far ahead as is allowed.',
  sandboxLink: 'Sandbox: pay at the simulated bank',
  paidTitle: 'Months paid',
  paidOn: (date: string) => `paid ${date}`,
  noPaid: 'No month paid yet.',
  changePlan: 'Change income/programs',
  changePlanIntro: (period: string) => `The change applies from the contribution for ${period}.`,
  planLocked:
    'This month’s bill has been issued. Pay it first, then change the income or programs for the month after.',
  income: 'Monthly income bracket',
  incomeHint: 'Choose the one closest to what you earn in a month.',
  bracketIllustrative: '(example)',
  programsLegend: 'Programs',
  fixedProgram: 'required',
  optionalProgram: 'optional: old-age savings',
  preview: 'Monthly contribution with these choices',
  savePlan: 'Save the change',
  savingPlan: 'Saving…',
  planSaved: 'Change saved.',
  cancel: 'Cancel',
  joinTitle: 'Join as BPU',
  joinIntro:
    'Informal workers (traders, drivers, farmers, freelancers) can join BPJS Ketenagakerjaan on their own and pay a contribution every month.',
  joinConfirm: 'Join and go to payment',
  joining: 'Joining…',
  joined: (kpj: string) => `You have joined. Your BPU card: ${kpj}.`,
  alreadyMember: 'You already have an active BPU card.',
  claimTrackingLink: 'Claim tracking',
};

const texts: Record<Locale, MoneyTexts> = { id, en };

export function useMoneyT(): MoneyTexts {
  return texts[lang.value];
}

export type { Program };
