/**
 * A member's data as a data update keeps it: the contact data (held by the account), NPWP and bank
 * account, family card and address, and the additional data with the emergency contact. What each
 * step accepts (`validate.ts`) is one entry; confirming applies the entries to the current data.
 */

/** The KTP's marital status categories: belum kawin, kawin, cerai hidup, cerai mati. */
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const EMERGENCY_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'relative',
  'friend',
  'other',
] as const;
export type EmergencyRelation = (typeof EMERGENCY_RELATIONS)[number];

export type ContactEntry = {
  /** E.164 */
  readonly phone: string;
  /** Lower-cased, as sign-in looks it up. */
  readonly email: string;
};

export type BankAccountEntry = {
  /** 3-digit clearing code from core `BANKS`. */
  readonly code: string;
  readonly accountNumber: string;
  /** The holder's name as the bank's inquiry answered it. */
  readonly holderName: string;
};

export type TaxBankEntry = {
  /** The 16-digit form (`parseNpwp().normalized16`), or null when the member has no NPWP. */
  readonly npwp: string | null;
  readonly bank: BankAccountEntry;
};

export type AddressEntry = {
  readonly street: string;
  readonly rt: string;
  readonly rw: string;
  readonly village: string;
  readonly postalCode: string;
  /** Six digits: the NIK's district unless the member has moved away from it. */
  readonly districtCode: string;
  readonly movedFromNikRegion: boolean;
};

export type PopulationEntry = {
  readonly familyCardNumber: string;
  readonly address: AddressEntry;
};

export type EmergencyContact = {
  readonly name: string;
  readonly relation: EmergencyRelation;
  /** E.164 */
  readonly phone: string;
};

export type AdditionalEntry = {
  readonly maritalStatus: MaritalStatus;
  readonly mothersMaidenName: string;
  readonly emergencyContact: EmergencyContact;
};

/** What the steps of one update entered so far. */
export type DataUpdateEntries = {
  readonly contact?: ContactEntry;
  readonly taxBank?: TaxBankEntry;
  readonly population?: PopulationEntry;
  readonly additional?: AdditionalEntry;
};

export type PersonData = {
  readonly phone: string | null;
  readonly email: string | null;
  readonly npwp: string | null;
  readonly bank: BankAccountEntry | null;
  readonly familyCardNumber: string | null;
  readonly address: AddressEntry | null;
  readonly maritalStatus: MaritalStatus | null;
  readonly mothersMaidenName: string | null;
  readonly emergencyContact: EmergencyContact | null;
};

export const EMPTY_PERSON_DATA: PersonData = Object.freeze({
  phone: null,
  email: null,
  npwp: null,
  bank: null,
  familyCardNumber: null,
  address: null,
  maritalStatus: null,
  mothersMaidenName: null,
  emergencyContact: null,
});

/** The person's data once the entries are applied; a step not entered leaves its fields as they were. */
export function applyEntries(current: PersonData, entries: DataUpdateEntries): PersonData {
  return {
    ...current,
    ...(entries.contact ? { phone: entries.contact.phone, email: entries.contact.email } : {}),
    ...(entries.taxBank ? { npwp: entries.taxBank.npwp, bank: entries.taxBank.bank } : {}),
    ...(entries.population
      ? { familyCardNumber: entries.population.familyCardNumber, address: entries.population.address }
      : {}),
    ...(entries.additional
      ? {
          maritalStatus: entries.additional.maritalStatus,
          mothersMaidenName: entries.additional.mothersMaidenName,
          emergencyContact: entries.additional.emergencyContact,
        }
      : {}),
  };
}
