/**
 * Banks we pay benefits into, by their 3-digit clearing code (the code used for SKN/BI-FAST
 * transfers). Sources: tempo.co and others, RULES.md §8 [M]. BSI is 451; the 427 seen on one site
 * was the old BNI Syariah code.
 *
 * `isStateOwned` is the Himbara flag (Himpunan Bank Milik Negara): BRI, BNI, Mandiri and BTN only.
 * BSI is owned through Mandiri, BNI and BRI but is not itself a Himbara member; the flag is data, so a
 * policy that treats BSI like a state bank changes this table, not code.
 *
 * Account-number lengths are not regulated publicly and vary by product. `basis: 'reported'` lengths
 * come from a media round-up (Pikiran Rakyat via xcloud.id, RULES.md §8) and are kept loose where
 * sources conflict; `basis: 'assumed'` means we know nothing better than 10–16 digits. The real check
 * is the bank's account-name inquiry.
 */
export type AccountLength = {
  readonly min: number;
  readonly max: number;
  readonly basis: 'reported' | 'assumed';
  readonly note?: string;
};

export type Bank = {
  /** 3-digit clearing code, e.g. '002'. */
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** Himbara member. */
  readonly isStateOwned: boolean;
  readonly accountLength: AccountLength;
  readonly note?: string;
};

const ASSUMED: AccountLength = { min: 10, max: 16, basis: 'assumed' };

export const BANKS: readonly Bank[] = [
  {
    code: '002',
    name: 'Bank Rakyat Indonesia',
    shortName: 'BRI',
    isStateOwned: true,
    accountLength: { min: 10, max: 15, basis: 'reported', note: '15 digits reported; 10 cited elsewhere' },
  },
  {
    code: '008',
    name: 'Bank Mandiri',
    shortName: 'Mandiri',
    isStateOwned: true,
    accountLength: { min: 13, max: 13, basis: 'reported' },
  },
  {
    code: '009',
    name: 'Bank Negara Indonesia',
    shortName: 'BNI',
    isStateOwned: true,
    accountLength: { min: 10, max: 10, basis: 'reported' },
  },
  {
    code: '011',
    name: 'Bank Danamon Indonesia',
    shortName: 'Danamon',
    isStateOwned: false,
    accountLength: ASSUMED,
  },
  { code: '013', name: 'Bank Permata', shortName: 'Permata', isStateOwned: false, accountLength: ASSUMED },
  {
    code: '014',
    name: 'Bank Central Asia',
    shortName: 'BCA',
    isStateOwned: false,
    accountLength: { min: 10, max: 10, basis: 'reported' },
  },
  {
    code: '016',
    name: 'Bank Maybank Indonesia',
    shortName: 'Maybank',
    isStateOwned: false,
    accountLength: ASSUMED,
  },
  { code: '019', name: 'Bank Panin', shortName: 'Panin', isStateOwned: false, accountLength: ASSUMED },
  {
    code: '022',
    name: 'Bank CIMB Niaga',
    shortName: 'CIMB Niaga',
    isStateOwned: false,
    accountLength: { min: 10, max: 14, basis: 'reported', note: '13 digits reported; range kept loose' },
  },
  {
    code: '028',
    name: 'Bank OCBC NISP',
    shortName: 'OCBC NISP',
    isStateOwned: false,
    accountLength: ASSUMED,
  },
  {
    code: '147',
    name: 'Bank Muamalat Indonesia',
    shortName: 'Muamalat',
    isStateOwned: false,
    accountLength: ASSUMED,
  },
  {
    code: '200',
    name: 'Bank Tabungan Negara',
    shortName: 'BTN',
    isStateOwned: true,
    accountLength: { min: 10, max: 16, basis: 'reported', note: '16 digits reported; varies by product' },
  },
  { code: '426', name: 'Bank Mega', shortName: 'Mega', isStateOwned: false, accountLength: ASSUMED },
  {
    code: '451',
    name: 'Bank Syariah Indonesia',
    shortName: 'BSI',
    isStateOwned: false,
    accountLength: { min: 10, max: 10, basis: 'reported' },
    note: 'Subsidiary of the state banks (via Mandiri, BNI, BRI), not a Himbara member.',
  },
];

const banksByCode: ReadonlyMap<string, Bank> = new Map(BANKS.map((b) => [b.code, b]));

/** Find a bank by clearing code; accepts '2', '02' or '002' and surrounding spaces. */
export function findBank(code: string): Bank | undefined {
  const trimmed = code.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  return banksByCode.get(trimmed.padStart(3, '0'));
}
