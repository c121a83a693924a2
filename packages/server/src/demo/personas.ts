/**
 * Five fixed demo members with app accounts, one for each situation a demo (and the e2e tests) must
 * show: two cards from two jobs, a card just closed with a balance the app can pay out, an informal
 * worker, three cards with a balance above the in-app claim cap, and a member who resigned months
 * ago with the data update done (seed.ts), who can claim JHT in the app at once. Their histories are built by
 * the same code as the generated population; dates that must stay recent (Siti's resignation, Ayu's
 * membership) are relative to `asOf`.
 */
import {
  addMonths,
  assert,
  buildNik,
  type CalendarDate,
  calendarDate,
  dateOf,
  lastDayOf,
  periodOfDate,
  periodParts,
  rupiah,
  type Sex,
} from '@jmo/core';
import {
  buildMembership,
  type CardPlan,
  type DemoEmployer,
  kpjFor,
  type PersonBundle,
  RESERVED_CARD_INDEX_FROM,
  RESERVED_NIK_SERIAL_FROM,
  STREAM_PERSONA,
} from './generate.ts';
import { createRng, deriveSeed } from './random.ts';

/** The password of every demo account. Demo data only: never seeded in production by default. */
export const DEMO_PASSWORD = 'demo-jmo-2026';

export interface DemoLogin {
  /** As printed and typed; stored lower-cased. */
  email: string;
  /** As typed in Indonesia ('08…'); stored in E.164. */
  phone: string;
  password: string;
  fullName: string;
  description: { id: string; en: string };
}

export const DEMO_LOGINS: readonly DemoLogin[] = Object.freeze([
  {
    email: 'budi@demo.jmo.id',
    phone: '081200000001',
    password: DEMO_PASSWORD,
    fullName: 'Budi Santoso',
    description: {
      id: 'Pekerja penerima upah, dua kartu: aktif di PT Sinar Jaya Abadi sejak 2021, nonaktif dari pemberi kerja sebelumnya (mengundurkan diri 2020)',
      en: 'Wage earner, two cards: active at PT Sinar Jaya Abadi since 2021, non-active from a previous employer (resigned 2020)',
    },
  },
  {
    email: 'siti@demo.jmo.id',
    phone: '081200000002',
    password: DEMO_PASSWORD,
    fullName: 'Siti Rahayu',
    description: {
      id: 'Pekerja penerima upah, satu kartu nonaktif (mengundurkan diri sekitar 2 bulan lalu), saldo JHT di bawah Rp10 juta',
      en: 'Wage earner, one non-active card (resigned about 2 months ago), JHT balance below Rp10 million',
    },
  },
  {
    email: 'ayu@demo.jmo.id',
    phone: '081200000003',
    password: DEMO_PASSWORD,
    fullName: 'Ayu Lestari',
    description: {
      id: 'Pekerja bukan penerima upah (penjual makanan), aktif, ikut JHT, saldo kecil',
      en: 'Informal worker (food seller), active, saving in JHT, small balance',
    },
  },
  {
    email: 'made@demo.jmo.id',
    phone: '081200000004',
    password: DEMO_PASSWORD,
    fullName: 'I Made Wirawan',
    description: {
      id: 'Pekerja penerima upah, tiga kartu (dua nonaktif, satu aktif), satu saldo di atas Rp15 juta; kartu tertuanya belum ada di akun dan ditemukan lewat NIK',
      en: 'Wage earner, three cards (two non-active, one active), one balance above Rp15 million; the oldest card is not in the account yet and is found by NIK',
    },
  },
  {
    email: 'dewi@demo.jmo.id',
    phone: '081200000005',
    password: DEMO_PASSWORD,
    fullName: 'Dewi Anggraini',
    description: {
      id: 'Pekerja penerima upah, satu kartu nonaktif (mengundurkan diri sekitar 3 bulan lalu), pengkinian data selesai (rekening BRI), saldo JHT di bawah batas klaim di aplikasi: bisa Klaim JHT',
      en: 'Wage earner, one non-active card (resigned about 3 months ago), data update done (BRI account), JHT balance within the in-app cap: can claim JHT in the app',
    },
  },
]);

/** The personas' employers: NPPs 1000000x, a range the generator never issues. */
export const PERSONA_EMPLOYERS = {
  sinarJaya: { npp: '10000001', name: 'PT Sinar Jaya Abadi', provinceCode: '31' },
  karyaMandiri: { npp: '10000002', name: 'CV Karya Mandiri Sejahtera', provinceCode: '32' },
  tekstilSentosa: { npp: '10000003', name: 'PT Tekstil Sentosa Makmur', provinceCode: '33' },
  baliPermai: { npp: '10000004', name: 'PT Bali Permai Resort', provinceCode: '51' },
  nusaDua: { npp: '10000005', name: 'PT Nusa Dua Wisata Abadi', provinceCode: '51' },
  dewata: { npp: '10000006', name: 'PT Dewata Logistik Utama', provinceCode: '51' },
} as const satisfies Record<string, DemoEmployer>;

type CardInput = Omit<CardPlan, 'kpj' | 'hasJht'> & {
  hasJht?: boolean;
  /** Left out of the account: JMO finds it under the member's NIK and offers to link it. */
  notInAccount?: true;
};

interface PersonaSpec {
  login: DemoLogin;
  birthDate: string;
  sex: Sex;
  districtCode: string;
  cards(asOf: CalendarDate): CardInput[];
}

const monthsBefore = (asOf: CalendarDate, months: number, day: number): CalendarDate => {
  const { year, month } = periodParts(addMonths(periodOfDate(asOf), -months));
  return dateOf(year, month, day);
};

const SPECS: readonly PersonaSpec[] = [
  {
    login: DEMO_LOGINS[0]!,
    birthDate: '1990-05-14',
    sex: 'M',
    districtCode: '317401', // Tebet, Jakarta Selatan
    cards: () => [
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.karyaMandiri,
        joinedOn: calendarDate('2016-03-01'),
        leftOn: calendarDate('2020-09-30'),
        leavingReason: 'resigned',
        startingWage: rupiah(3_400_000),
      },
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.sinarJaya,
        joinedOn: calendarDate('2021-01-04'),
        leftOn: null,
        leavingReason: null,
        startingWage: rupiah(7_250_000),
      },
    ],
  },
  {
    login: DEMO_LOGINS[1]!,
    birthDate: '1997-08-17',
    sex: 'F',
    districtCode: '337401', // Semarang Tengah, Kota Semarang
    cards: (asOf) => [
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.tekstilSentosa,
        joinedOn: monthsBefore(asOf, 40, 3),
        leftOn: lastDayOf(addMonths(periodOfDate(asOf), -2)),
        leavingReason: 'resigned',
        startingWage: rupiah(2_950_000),
      },
    ],
  },
  {
    login: DEMO_LOGINS[2]!,
    birthDate: '1994-02-09',
    sex: 'F',
    districtCode: '347101', // Tegalrejo, Kota Yogyakarta
    cards: (asOf) => [
      {
        segment: 'BPU',
        employer: null,
        joinedOn: monthsBefore(asOf, 20, 10),
        leftOn: null,
        leavingReason: null,
        startingWage: rupiah(2_000_000),
        hasJht: true,
      },
    ],
  },
  {
    login: DEMO_LOGINS[3]!,
    birthDate: '1986-11-03',
    sex: 'M',
    districtCode: '517101', // Denpasar Selatan, Kota Denpasar
    cards: () => [
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.baliPermai,
        joinedOn: calendarDate('2015-04-01'),
        leftOn: calendarDate('2018-06-30'),
        leavingReason: 'resigned',
        startingWage: rupiah(2_900_000),
        notInAccount: true,
      },
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.nusaDua,
        joinedOn: calendarDate('2018-08-01'),
        leftOn: calendarDate('2020-10-31'),
        leavingReason: 'terminated',
        startingWage: rupiah(4_600_000),
      },
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.dewata,
        joinedOn: calendarDate('2021-02-01'),
        leftOn: null,
        leavingReason: null,
        startingWage: rupiah(16_500_000),
      },
    ],
  },
  {
    login: DEMO_LOGINS[4]!,
    birthDate: '1995-03-21',
    sex: 'F',
    districtCode: '327301', // Sukasari, Kota Bandung
    cards: (asOf) => [
      {
        segment: 'PU',
        employer: PERSONA_EMPLOYERS.karyaMandiri,
        joinedOn: monthsBefore(asOf, 30, 1),
        leftOn: lastDayOf(addMonths(periodOfDate(asOf), -3)),
        leavingReason: 'resigned',
        startingWage: rupiah(4_200_000),
      },
    ],
  },
];

/** Personas need their fixed histories to lie before `asOf`: Budi's current job starts in 2021. */
export const PERSONAS_EARLIEST_AS_OF = '2022-01-01';

export interface Persona {
  login: DemoLogin;
  bundle: PersonBundle;
  /** Cards of the person that the account does not hold yet. */
  kpjsNotInAccount: string[];
}

export function buildPersonas(seed: number, asOf: CalendarDate): Persona[] {
  assert(asOf >= PERSONAS_EARLIEST_AS_OF, `demo personas need asOf on or after ${PERSONAS_EARLIEST_AS_OF}`);
  return SPECS.map((spec, n) => {
    const rng = createRng(deriveSeed(seed, STREAM_PERSONA, n));
    const birthDate = calendarDate(spec.birthDate);
    const cards = spec.cards(asOf);
    const memberships = cards.map((card, j) =>
      buildMembership(
        {
          ...card,
          kpj: kpjFor(
            seed,
            RESERVED_CARD_INDEX_FROM + n * 4 + j,
            periodParts(periodOfDate(card.joinedOn)).year,
          ),
          hasJht: card.hasJht ?? true,
        },
        rng,
        asOf,
      ),
    );
    return {
      login: spec.login,
      kpjsNotInAccount: memberships.filter((_, j) => cards[j]!.notInAccount).map((m) => m.kpj),
      bundle: {
        person: {
          nik: buildNik({
            districtCode: spec.districtCode,
            birthDate,
            sex: spec.sex,
            serial: RESERVED_NIK_SERIAL_FROM + 1 + n,
          }),
          fullName: spec.login.fullName,
          birthDate,
          sex: spec.sex,
          districtCode: spec.districtCode,
        },
        memberships,
      },
    };
  });
}
