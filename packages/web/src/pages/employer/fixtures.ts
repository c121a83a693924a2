/** Canned answers of the employer API for the portal's component tests (shapes of core's contracts). */
import type {
  EmployerProfileResponse,
  EmployerWorker,
  InvoiceDetail,
  InvoicesResponse,
} from '@jmo/core/contracts/employer';

export const HR = {
  id: '0192f3a0-0000-7000-8000-0000000000e1',
  fullName: 'Dian Permata',
  role: 'employer',
  branch: null,
  employer: { npp: '10000001', name: 'PT Sinar Jaya Abadi' },
};

export const OFFICER = {
  id: '0192f3a0-0000-7000-8000-0000000000a1',
  fullName: 'Rudi Hartono',
  role: 'officer',
  branch: { code: 'JKT-SLB', name: 'Kantor Cabang Jakarta Salemba' },
  employer: null,
};

export const PROFILE: EmployerProfileResponse = {
  npp: '10000001',
  name: 'PT Sinar Jaya Abadi',
  jkkRiskGroup: 2,
  activeWorkers: 2,
  asOf: '2026-11-10',
  arrears: { invoices: 1, total: '1117389', accruedPenalty: '7667' },
};

export const BUDI: EmployerWorker = {
  kpj: '23012345678',
  fullName: 'Budi Santoso',
  maskedNik: '317401********01',
  status: 'active',
  joinedOn: '2021-01-04',
  leftOn: null,
  leavingReason: null,
  programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
  wage: '7250000',
  wageFrom: '2026-01',
};

export const SITI: EmployerWorker = {
  kpj: '97000000017',
  fullName: 'Siti Rahmawati',
  maskedNik: '317401********01',
  status: 'active',
  joinedOn: '2026-10-01',
  leftOn: null,
  leavingReason: null,
  programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
  wage: '12000000',
  wageFrom: '2026-10',
};

export const AGUS: EmployerWorker = {
  kpj: '19087654321',
  fullName: 'Agus Salim',
  maskedNik: '337401********02',
  status: 'nonactive',
  joinedOn: '2019-03-01',
  leftOn: '2025-06-30',
  leavingReason: 'resigned',
  programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
  wage: '5000000',
  wageFrom: '2024-01',
};

export const WORKERS = { workers: [AGUS, BUDI, SITI] };

const VA = { bankCode: '009', bankName: 'BNI', number: '9880012345678901' };

export const OCTOBER: InvoiceDetail = {
  number: 'TAG-10000001-202610',
  period: '2026-10',
  status: 'unpaid',
  issuedAt: '2026-11-10T03:00:00.000Z',
  dueOn: '2026-11-16',
  workers: 1,
  contributionsTotal: '1117389',
  penaltiesTotal: '4000',
  total: '1121389',
  virtualAccount: VA,
  paidAt: null,
  paidOn: null,
  overdue: false,
  monthsLate: 0,
  accruedPenalty: '0',
  employer: { npp: '10000001', name: 'PT Sinar Jaya Abadi', jkkRiskGroup: 2 },
  lines: [
    {
      kpj: SITI.kpj,
      fullName: 'SITI RAHMAWATI',
      wage: '12000000',
      items: [
        { program: 'JHT', base: '12000000', employer: '444000', worker: '240000', bookedToJkp: '0' },
        { program: 'JP', base: '11086300', employer: '221726', worker: '110863', bookedToJkp: '0' },
        { program: 'JKK', base: '12000000', employer: '64800', worker: '0', bookedToJkp: '16800' },
        { program: 'JKM', base: '12000000', employer: '36000', worker: '0', bookedToJkp: '0' },
        { program: 'JKP', base: '5000000', employer: '0', worker: '0', bookedToJkp: '0' },
      ],
      employer: '766526',
      worker: '350863',
      total: '1117389',
    },
  ],
  penalties: [
    {
      lateInvoice: 'TAG-10000001-202609',
      program: 'JP',
      monthsLate: 1,
      contribution: '200000',
      amount: '4000',
      source: 'PP 45/2015 art. 38',
    },
  ],
  programs: [
    { program: 'JHT', employer: '444000', worker: '240000', total: '684000', source: 'PP 46/2015 art. 16' },
    { program: 'JP', employer: '221726', worker: '110863', total: '332589', source: 'PP 45/2015 art. 28–29' },
    { program: 'JKK', employer: '64800', worker: '0', total: '64800', source: 'PP 44/2015 art. 16' },
    { program: 'JKM', employer: '36000', worker: '0', total: '36000', source: 'PP 44/2015 art. 18' },
    { program: 'JKP', employer: '0', worker: '0', total: '0', source: 'PP 6/2025 art. 11' },
  ],
};

const { employer: _e, lines: _l, penalties: _p, programs: _g, ...OCTOBER_LISTED } = OCTOBER;

export const SEPTEMBER_LATE = {
  ...OCTOBER_LISTED,
  number: 'TAG-10000001-202609',
  period: '2026-09',
  dueOn: '2026-10-15',
  total: '1000000',
  contributionsTotal: '1000000',
  penaltiesTotal: '0',
  overdue: true,
  monthsLate: 1,
  accruedPenalty: '7667',
} as const;

export const INVOICES: InvoicesResponse = {
  asOf: '2026-11-10',
  invoices: [{ ...OCTOBER_LISTED }, { ...SEPTEMBER_LATE }],
};
