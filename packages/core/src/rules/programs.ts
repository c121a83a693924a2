/**
 * The five programs of the agency (DOMAIN.md glossary). Wage earners (PU) take part in all five;
 * informal workers (BPU) in JKK and JKM, optionally JHT, never JP (PP 45/2015 art. 2) and not JKP
 * (PP 37/2021 art. 4 covers wage earners only).
 */
export const PROGRAMS = ['JHT', 'JP', 'JKK', 'JKM', 'JKP'] as const;
export type Program = (typeof PROGRAMS)[number];

export function isProgram(value: string): value is Program {
  return (PROGRAMS as readonly string[]).includes(value);
}

/** Program names for explanations, in Indonesian and English. */
export const PROGRAM_NAMES: Record<Program, { readonly id: string; readonly en: string }> = {
  JHT: { id: 'Jaminan Hari Tua', en: 'old-age savings' },
  JP: { id: 'Jaminan Pensiun', en: 'pension' },
  JKK: { id: 'Jaminan Kecelakaan Kerja', en: 'work accident' },
  JKM: { id: 'Jaminan Kematian', en: 'death benefit' },
  JKP: { id: 'Jaminan Kehilangan Pekerjaan', en: 'job-loss benefit' },
};
