/**
 * National holidays (hari libur nasional) by year, as the joint decree of three ministers (SKB 3
 * Menteri: Religious Affairs, Manpower, Administrative Reform) sets them each year. They move a
 * contribution's due date to the next working day (PP 44/2015 art. 21(3), 24(4)).
 *
 * Joint leave days (cuti bersama) are **not** listed: the same decrees say they are taken from annual
 * leave and private employers decide on them, so they are working days for a due date here (our
 * reading; the regulations only say "hari libur").
 *
 * One entry per year, `validFrom` = 1 January; `nationalHolidaysOf(year)` returns it only when it is
 * that year's list. A year without a list is unknown, not holiday-free: callers say so.
 */
import { type CalendarDate, calendarDate } from '../time/period.ts';
import { type DatedRule, type RuleTable, ruleTable } from './dated.ts';

export type NationalHoliday = { readonly date: CalendarDate; readonly name: string };
export type NationalHolidayYear = { readonly year: number; readonly holidays: readonly NationalHoliday[] };

const year = (y: number, holidays: [string, string][]): NationalHolidayYear => ({
  year: y,
  holidays: holidays.map(([date, name]) => ({ date: calendarDate(date), name })),
});

export const NATIONAL_HOLIDAYS: RuleTable<NationalHolidayYear> = ruleTable<NationalHolidayYear>([
  {
    validFrom: '2024-01-01',
    value: year(2024, [
      ['2024-01-01', 'Tahun Baru 2024 Masehi'],
      ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'],
      ['2024-03-11', 'Hari Suci Nyepi (Tahun Baru Saka 1946)'],
      ['2024-03-29', 'Wafat Isa Almasih'],
      ['2024-03-31', 'Hari Paskah'],
      ['2024-04-10', 'Idulfitri 1445 Hijriah'],
      ['2024-04-11', 'Idulfitri 1445 Hijriah'],
      ['2024-05-01', 'Hari Buruh Internasional'],
      ['2024-05-09', 'Kenaikan Isa Almasih'],
      ['2024-05-23', 'Hari Raya Waisak 2568 BE'],
      ['2024-06-01', 'Hari Lahir Pancasila'],
      ['2024-06-17', 'Iduladha 1445 Hijriah'],
      ['2024-07-07', 'Tahun Baru Islam 1446 Hijriah'],
      ['2024-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2024-09-16', 'Maulid Nabi Muhammad SAW'],
      ['2024-12-25', 'Hari Raya Natal'],
    ]),
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB No. 855/2023, 3/2023, 4/2023, as listed by tribunnews.com (13 Sep 2023), idcorner.co.id and belitung.tribunnews.com',
    note: '17 national holidays (the decree also sets 10 joint leave days, not listed). The decree text itself was not read.',
  },
  {
    validFrom: '2025-01-01',
    value: year(2025, [
      ['2025-01-01', 'Tahun Baru 2025 Masehi'],
      ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
      ['2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'],
      ['2025-03-31', 'Idulfitri 1446 Hijriah'],
      ['2025-04-01', 'Idulfitri 1446 Hijriah'],
      ['2025-04-18', 'Wafat Yesus Kristus'],
      ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2025-05-01', 'Hari Buruh Internasional'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus'],
      ['2025-06-01', 'Hari Lahir Pancasila'],
      ['2025-06-06', 'Iduladha 1446 Hijriah'],
      ['2025-06-27', 'Tahun Baru Islam 1447 Hijriah'],
      ['2025-08-17', 'Proklamasi Kemerdekaan'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
      ['2025-12-25', 'Kelahiran Yesus Kristus'],
    ]),
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024), as listed by Sekretariat Kabinet via rasikapekalongan.com and koran-jakarta.com',
    note: '17 national holidays (the decree also sets 10 joint leave days, not listed). The decree text itself was not read.',
  },
  {
    validFrom: '2026-01-01',
    value: year(2026, [
      ['2026-01-01', 'Tahun Baru 2026 Masehi'],
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
      ['2026-03-21', 'Idulfitri 1447 Hijriah'],
      ['2026-03-22', 'Idulfitri 1447 Hijriah'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2026-05-01', 'Hari Buruh Internasional'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Iduladha 1447 Hijriah'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila'],
      ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah'],
      ['2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
      ['2026-12-25', 'Kelahiran Yesus Kristus (Natal)'],
    ]),
    source:
      'SKB of the Menko PMK, Menteri Agama, Menteri PANRB and Menteri Ketenagakerjaan announced 19 Sep 2025, as listed by matamaluku.com, garuda.tv and brilio.net',
    note:
      '17 national holidays (8 joint leave days, not listed). The decree number and text were not found; ' +
      'three outlets give the same dates.',
  },
]);

/** The year's list, or undefined when we have none for that year (holidays unknown). */
export function nationalHolidaysOf(y: number): DatedRule<NationalHolidayYear> | undefined {
  return NATIONAL_HOLIDAYS.find((entry) => entry.value.year === y);
}
