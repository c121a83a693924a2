/**
 * Each step's input, checked with the reason for every field at fault (the identifier validators of
 * `ids/` and the reasons of `messages.ts`), and normalised into the entry that is kept: phones in
 * E.164, e-mail lower-cased, NPWP in its 16-digit form, the address's district from the NIK unless
 * the member says they moved. The server runs the same checks again on "Konfirmasi".
 */
import type {
  AdditionalStepBody,
  ContactStepBody,
  PopulationStepBody,
  TaxBankStepBody,
} from '../contracts/data-update.ts';
import { parseBankAccount } from '../ids/bank-account.ts';
import { parseEmail } from '../ids/email.ts';
import { isDigits, stripSeparators } from '../ids/normalize.ts';
import { parseNpwp } from '../ids/npwp.ts';
import { parsePhone } from '../ids/phone.ts';
import { findDistrict, findProvince } from '../regions/regions.ts';
import type { FieldProblem } from './messages.ts';
import type { AdditionalEntry, ContactEntry, PopulationEntry } from './person-data.ts';

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/** Who the data is about: the member's NIK (16 digits, already valid) and, where known, their phone. */
export type StepContext = {
  readonly nik: string;
  /** The account's phone in E.164, to keep the emergency contact someone else. */
  readonly memberPhone?: string | null;
};

const done = <T>(problems: FieldProblem[], value: () => T): Checked<T> =>
  problems.length > 0 ? { ok: false, problems } : { ok: true, value: value() };

const NAME = /^[\p{L}][\p{L}\p{M} .,'’-]*$/u;

function checkText(path: string, text: string, problems: FieldProblem[]): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') problems.push({ path, code: 'text_required' });
  return trimmed;
}

function checkName(path: string, text: string, problems: FieldProblem[]): string {
  const trimmed = checkText(path, text, problems);
  if (trimmed !== '' && !NAME.test(trimmed)) problems.push({ path, code: 'name_invalid' });
  return trimmed;
}

export function validateContact(input: ContactStepBody): Checked<ContactEntry> {
  const problems: FieldProblem[] = [];
  const phone = parsePhone(input.phone);
  if (!phone.ok) problems.push({ path: 'phone', code: phone.error });
  const email = parseEmail(input.email);
  if (!email.ok) problems.push({ path: 'email', code: email.error });
  return done(problems, () => ({
    phone: phone.ok ? phone.value.e164 : '',
    email: email.ok ? email.value.email.toLowerCase() : '',
  }));
}

/** The NPWP and the bank account as typed; the holder's name comes from the bank's inquiry after this. */
export function validateTaxBank(
  input: TaxBankStepBody,
  context: StepContext,
): Checked<{ npwp: string | null; bankCode: string; accountNumber: string }> {
  const problems: FieldProblem[] = [];
  let npwp: string | null = null;
  if (input.npwp !== null && input.npwp.trim() !== '') {
    const parsed = parseNpwp(input.npwp);
    if (!parsed.ok) problems.push({ path: 'npwp', code: parsed.error });
    // A resident individual's 16-digit NPWP is their NIK (PMK 112/2022): anyone else's NIK is not theirs.
    else if (parsed.value.kind === 'nik16' && parsed.value.normalized16 !== context.nik)
      problems.push({ path: 'npwp', code: 'npwp_not_yours' });
    else npwp = parsed.value.normalized16;
  }
  const account = parseBankAccount({ bankCode: input.bankCode, accountNumber: input.accountNumber });
  if (!account.ok)
    problems.push({
      path: account.error === 'bank_unknown' ? 'bankCode' : 'accountNumber',
      code: account.error,
    });
  return done(problems, () => ({
    npwp,
    bankCode: account.ok ? account.value.bank.code : '',
    accountNumber: account.ok ? account.value.accountNumber : '',
  }));
}

/**
 * A family card number has the NIK's shape without a birth date: 16 digits whose first six are a
 * region (the district that issued the card), then the issue date and a serial.
 */
function checkFamilyCard(text: string, nik: string, problems: FieldProblem[]): string {
  const path = 'familyCardNumber';
  const digits = stripSeparators(text);
  if (digits !== '' && !isDigits(digits)) problems.push({ path, code: 'family_card_not_digits' });
  else if (digits.length !== 16) problems.push({ path, code: 'family_card_wrong_length' });
  else if (digits === nik) problems.push({ path, code: 'family_card_is_nik' });
  else if (!findProvince(digits.slice(0, 2)) || digits.slice(2, 4) === '00' || digits.slice(4, 6) === '00')
    problems.push({ path, code: 'family_card_unknown_region' });
  return digits;
}

/**
 * The KK number and the address. The province, regency and district come from the NIK's region
 * codes; a NIK keeps the region where it was issued when a person moves (ids/nik.ts), so another
 * district is accepted only when the member says they moved, and must then be a known one.
 */
export function validatePopulation(
  input: PopulationStepBody,
  context: StepContext,
): Checked<PopulationEntry> {
  const problems: FieldProblem[] = [];
  const familyCardNumber = checkFamilyCard(input.familyCardNumber, context.nik, problems);
  const street = checkText('address.street', input.address.street, problems);
  const village = checkText('address.village', input.address.village, problems);
  const rt = input.address.rt.trim();
  const rw = input.address.rw.trim();
  if (!/^\d{1,3}$/.test(rt)) problems.push({ path: 'address.rt', code: 'rt_rw_invalid' });
  if (!/^\d{1,3}$/.test(rw)) problems.push({ path: 'address.rw', code: 'rt_rw_invalid' });
  const postalCode = input.address.postalCode.trim();
  if (!/^[1-9]\d{4}$/.test(postalCode))
    problems.push({ path: 'address.postalCode', code: 'postal_code_invalid' });

  const nikDistrict = context.nik.slice(0, 6);
  const moved = input.movedFromNikRegion ?? false;
  const districtCode = (input.districtCode ?? nikDistrict).trim().replaceAll('.', '');
  if (!/^\d{6}$/.test(districtCode)) problems.push({ path: 'districtCode', code: 'region_unknown' });
  else if (!moved && districtCode !== nikDistrict)
    problems.push({ path: 'districtCode', code: 'region_contradicts_nik' });
  else if (moved && districtCode !== nikDistrict && !findDistrict(districtCode))
    problems.push({ path: 'districtCode', code: 'region_unknown' });

  return done(problems, () => ({
    familyCardNumber,
    address: {
      street,
      rt: rt.padStart(3, '0'),
      rw: rw.padStart(3, '0'),
      village,
      postalCode,
      districtCode,
      movedFromNikRegion: moved && districtCode !== nikDistrict,
    },
  }));
}

export function validateAdditional(
  input: AdditionalStepBody,
  context: StepContext,
): Checked<AdditionalEntry> {
  const problems: FieldProblem[] = [];
  const mothersMaidenName = checkName('mothersMaidenName', input.mothersMaidenName, problems);
  const name = checkName('emergencyContact.name', input.emergencyContact.name, problems);
  const phone = parsePhone(input.emergencyContact.phone);
  if (!phone.ok) problems.push({ path: 'emergencyContact.phone', code: phone.error });
  else if (context.memberPhone && phone.value.e164 === context.memberPhone)
    problems.push({ path: 'emergencyContact.phone', code: 'emergency_contact_is_member' });
  return done(problems, () => ({
    maritalStatus: input.maritalStatus,
    mothersMaidenName,
    emergencyContact: {
      name,
      relation: input.emergencyContact.relation,
      phone: phone.ok ? phone.value.e164 : '',
    },
  }));
}
