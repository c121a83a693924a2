/**
 * The words of Simulasi Iuran, in Bahasa Indonesia (the default) and English, following the app's
 * language switch. Error messages come from core's catalogue; the explanation lines from core's
 * computation (both languages), so the page and the API say the same.
 */
import type { Locale } from '@jmo/core/contracts/errors';
import { lang } from '../../i18n.ts';

const id = {
  title: 'Simulasi Iuran',
  intro:
    'Hitung iuran BPJS Ketenagakerjaan sebulan: berapa yang dibayar pemberi kerja dan pekerja, per program, dengan dasar aturannya. Dihitung di perangkat Anda, tanpa perlu masuk.',
  backHome: 'Kembali ke Beranda',
  homeLink: 'Simulasi Iuran',
  homeLinkHelp: 'Hitung iuran sebulan per program',
  segmentLegend: 'Jenis peserta',
  segments: {
    PU: { title: 'Penerima Upah (PU)', help: 'Pekerja yang digaji pemberi kerja' },
    BPU: { title: 'Bukan Penerima Upah (BPU)', help: 'Pekerja mandiri: pedagang, petani, ojek, dan lainnya' },
  },
  periodLabel: 'Periode iuran (bulan)',
  periodHint:
    'Aturan berubah dari waktu ke waktu, misalnya batas upah JP setiap Maret. Paling jauh 12 bulan ke depan.',
  periodMissing: 'Pilih bulan dan tahun periode iuran.',
  wageLabel: 'Upah sebulan (Rp)',
  wageHint: 'Gaji pokok + tunjangan tetap, tanpa titik. Contoh: 5000000',
  wageMissing: 'Isi upah sebulan dalam rupiah.',
  wageNotNumber: 'Tulis upah dengan angka saja, misalnya 5000000.',
  riskLabel: 'Kelompok risiko JKK perusahaan',
  riskHint:
    'Ditetapkan BPJS Ketenagakerjaan menurut jenis usaha. Bila tidak tahu, tanyakan bagian personalia.',
  riskOption: (roman: string, name: string, rate: string) => `${roman} — risiko ${name} (${rate})`,
  incomeLabel: 'Penghasilan sebulan yang dilaporkan',
  incomeHint:
    'Pilih dari tabel penghasilan BPU. Nilai bertanda ilustratif belum kami temukan di tabel resmi.',
  incomeOption: (amount: string, illustrative: boolean) => (illustrative ? `${amount} (ilustratif)` : amount),
  programsLegend: 'Program',
  programsHelp: 'JKK dan JKM wajib untuk peserta BPU; JHT boleh dipilih. JP hanya untuk penerima upah.',
  required: 'wajib',
  optional: 'pilihan',
  calculate: 'Hitung Iuran',
  resultTitle: (period: string) => `Rincian iuran ${period}`,
  programNames: {
    JHT: 'Jaminan Hari Tua',
    JP: 'Jaminan Pensiun',
    JKK: 'Jaminan Kecelakaan Kerja',
    JKM: 'Jaminan Kematian',
    JKP: 'Jaminan Kehilangan Pekerjaan',
  } as Record<string, string>,
  base: 'Dasar perhitungan',
  cappedAt: (cap: string, from: string) => `dibatasi ${cap}, berlaku sejak ${from}`,
  employer: 'Pemberi kerja',
  worker: 'Pekerja',
  member: 'Peserta',
  flat: 'tetap sebulan',
  itemTotal: 'Jumlah',
  bookedToJkp: 'Dibukukan ke JKP (bukan tambahan)',
  jkpNothingExtra: 'Tidak ada iuran tambahan. Dibiayai:',
  government: 'Pemerintah Pusat',
  fromJkk: 'Dari iuran JKK',
  fromJkm: 'Dari iuran JKM',
  source: 'Sumber',
  validFrom: (date: string) => `berlaku sejak ${date}`,
  illustrative: 'Ilustratif',
  illustrativeHelp: 'Nilai ini belum dari sumber resmi; hanya untuk gambaran.',
  totals: 'Jumlah sebulan',
  employerTotal: 'Dibayar pemberi kerja',
  workerTotal: 'Dipotong dari upah pekerja',
  memberTotal: 'Dibayar peserta',
  total: 'Total iuran',
  explanation: 'Penjelasan perhitungan',
  disclaimer:
    'Ini simulasi, bukan tagihan. Tagihan resmi mengikuti data yang dilaporkan ke BPJS Ketenagakerjaan.',
};

export type SimulationTexts = typeof id;

const en: SimulationTexts = {
  title: 'Contribution simulator',
  intro:
    'Work out a month of BPJS Ketenagakerjaan contributions: what the employer and the worker pay, program by program, with the rules behind it. Computed on your device, no sign-in needed.',
  backHome: 'Back to Home',
  homeLink: 'Contribution simulator',
  homeLinkHelp: 'A month of contributions per program',
  segmentLegend: 'Kind of member',
  segments: {
    PU: { title: 'Wage earner (PU)', help: 'Paid a wage by an employer' },
    BPU: { title: 'Informal worker (BPU)', help: 'Self-employed: traders, farmers, drivers and others' },
  },
  periodLabel: 'Contribution period (month)',
  periodHint: 'Rules change over time, such as the JP wage cap every March. At most 12 months ahead.',
  periodMissing: 'Choose the month and year of the contribution period.',
  wageLabel: 'Monthly wage (Rp)',
  wageHint: 'Basic wage + fixed allowances, without dots. Example: 5000000',
  wageMissing: 'Enter the monthly wage in rupiah.',
  wageNotNumber: 'Write the wage in digits only, for example 5000000.',
  riskLabel: "Company's JKK risk group",
  riskHint: 'Set by BPJS Ketenagakerjaan by line of business. If you do not know it, ask HR.',
  riskOption: (roman: string, name: string, rate: string) => `${roman} — ${name} risk (${rate})`,
  incomeLabel: 'Declared monthly income',
  incomeHint:
    'Choose from the BPU income table. Values marked illustrative are not from an official table we found.',
  incomeOption: (amount: string, illustrative: boolean) =>
    illustrative ? `${amount} (illustrative)` : amount,
  programsLegend: 'Programs',
  programsHelp: 'JKK and JKM are mandatory for BPU members; JHT is optional. JP is for wage earners only.',
  required: 'mandatory',
  optional: 'optional',
  calculate: 'Calculate',
  resultTitle: (period: string) => `Contributions for ${period}`,
  programNames: {
    JHT: 'Old-age savings',
    JP: 'Pension',
    JKK: 'Work accident',
    JKM: 'Death benefit',
    JKP: 'Job-loss benefit',
  },
  base: 'Base',
  cappedAt: (cap: string, from: string) => `capped at ${cap}, in force from ${from}`,
  employer: 'Employer',
  worker: 'Worker',
  member: 'Member',
  flat: 'flat a month',
  itemTotal: 'Total',
  bookedToJkp: 'Booked to JKP (not extra)',
  jkpNothingExtra: 'Nothing extra to pay. Funded by:',
  government: 'Central government',
  fromJkk: 'From the JKK contribution',
  fromJkm: 'From the JKM contribution',
  source: 'Source',
  validFrom: (date: string) => `in force from ${date}`,
  illustrative: 'Illustrative',
  illustrativeHelp: 'Not from an official source yet; for an idea only.',
  totals: 'Monthly totals',
  employerTotal: 'Paid by the employer',
  workerTotal: 'Deducted from the wage',
  memberTotal: 'Paid by the member',
  total: 'Total contributions',
  explanation: 'How it was calculated',
  disclaimer:
    'This is a simulation, not a bill. Official bills follow the data reported to BPJS Ketenagakerjaan.',
};

const dictionaries: Record<Locale, SimulationTexts> = { id, en };

export function useSimulationT(): SimulationTexts {
  return dictionaries[lang.value];
}
