/**
 * Each step's input is checked with the reason for each field at fault and kept in normal form:
 * NPWP rules (check digit, a NIK-as-NPWP must be the member's own), bank account formats, the family
 * card number, an address whose region must agree with the NIK unless the member moved, and an
 * emergency contact who is someone else.
 */
import { describe, expect, it } from 'vitest';
import { validateAdditional, validateContact, validatePopulation, validateTaxBank } from './validate.ts';

const nik = '3174011508900001';
const ctx = { nik, memberPhone: '+6281234567890' };
const address = {
  street: 'Jl. Melati No. 5',
  rt: '4',
  rw: '12',
  village: 'Tebet Timur',
  postalCode: '12820',
};

describe('validateContact', () => {
  it('keeps the phone in E.164 and the e-mail lower-cased', () => {
    expect(validateContact({ phone: '0812-3456-7890', email: 'Siti@Contoh.ID' })).toEqual({
      ok: true,
      value: { phone: '+6281234567890', email: 'siti@contoh.id' },
    });
  });

  it('names each field at fault', () => {
    expect(validateContact({ phone: '021-555-1234', email: 'siti@' })).toEqual({
      ok: false,
      problems: [
        { path: 'phone', code: 'phone_not_mobile' },
        { path: 'email', code: 'email_invalid' },
      ],
    });
  });
});

describe('validateTaxBank', () => {
  const bank = { bankCode: '002', accountNumber: '0123-4567-8901' };

  it('accepts a legacy NPWP, the member’s NIK as NPWP, or none', () => {
    expect(validateTaxBank({ npwp: '01.312.166.0-091.000', ...bank }, ctx)).toEqual({
      ok: true,
      value: { npwp: '0013121660091000', bankCode: '002', accountNumber: '012345678901' },
    });
    expect(validateTaxBank({ npwp: nik, ...bank }, ctx)).toMatchObject({ ok: true, value: { npwp: nik } });
    expect(validateTaxBank({ npwp: null, ...bank }, ctx)).toMatchObject({ ok: true, value: { npwp: null } });
    expect(validateTaxBank({ npwp: '  ', ...bank }, ctx)).toMatchObject({ ok: true, value: { npwp: null } });
  });

  it.each([
    ['01.312.166.1-091.000', 'npwp_bad_check_digit'],
    ['000000000000000', 'npwp_placeholder'],
    ['1234', 'npwp_wrong_length'],
    ['3174011508900002', 'npwp_not_yours'],
  ])('refuses NPWP %s with %s', (npwp, code) => {
    expect(validateTaxBank({ npwp, ...bank }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'npwp', code }],
    });
  });

  it('refuses a wrong account number or an unknown bank', () => {
    expect(validateTaxBank({ npwp: null, bankCode: '009', accountNumber: '12345' }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'accountNumber', code: 'account_wrong_length_for_bank' }],
    });
    expect(validateTaxBank({ npwp: null, bankCode: '999', accountNumber: '1234567890' }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'bankCode', code: 'bank_unknown' }],
    });
    expect(validateTaxBank({ npwp: null, bankCode: '014', accountNumber: '12345ABCDE' }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'accountNumber', code: 'account_not_digits' }],
    });
  });
});

describe('validatePopulation', () => {
  it('takes the district from the NIK and pads RT/RW', () => {
    expect(validatePopulation({ familyCardNumber: '3174 0101 0120 0001', address }, ctx)).toEqual({
      ok: true,
      value: {
        familyCardNumber: '3174010101200001',
        address: { ...address, rt: '004', rw: '012', districtCode: '317401', movedFromNikRegion: false },
      },
    });
  });

  it.each([
    ['31740101012000A1', 'family_card_not_digits'],
    ['317401010120001', 'family_card_wrong_length'],
    [nik, 'family_card_is_nik'],
    ['9974010101200001', 'family_card_unknown_region'],
    ['3100010101200001', 'family_card_unknown_region'],
  ])('refuses KK %s with %s', (familyCardNumber, code) => {
    expect(validatePopulation({ familyCardNumber, address }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'familyCardNumber', code }],
    });
  });

  it('refuses a region that contradicts the NIK unless the member moved (to a known district)', () => {
    const kk = '3174010101200001';
    expect(validatePopulation({ familyCardNumber: kk, address, districtCode: '327301' }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'districtCode', code: 'region_contradicts_nik' }],
    });
    const moved = validatePopulation(
      { familyCardNumber: kk, address, districtCode: '32.73.01', movedFromNikRegion: true },
      ctx,
    );
    expect(moved).toMatchObject({
      ok: true,
      value: { address: { districtCode: '327301', movedFromNikRegion: true } },
    });
    expect(
      validatePopulation(
        { familyCardNumber: kk, address, districtCode: '329999', movedFromNikRegion: true },
        ctx,
      ),
    ).toEqual({ ok: false, problems: [{ path: 'districtCode', code: 'region_unknown' }] });
    // Saying "moved" but keeping the NIK's district is simply not a move.
    expect(
      validatePopulation({ familyCardNumber: kk, address, movedFromNikRegion: true }, ctx),
    ).toMatchObject({ ok: true, value: { address: { movedFromNikRegion: false } } });
  });

  it('checks the address fields', () => {
    const bad = { street: '  ', rt: '1234', rw: 'x', village: '', postalCode: '02820' };
    const result = validatePopulation({ familyCardNumber: '3174010101200001', address: bad }, ctx);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'address.street:text_required',
      'address.village:text_required',
      'address.rt:rt_rw_invalid',
      'address.rw:rt_rw_invalid',
      'address.postalCode:postal_code_invalid',
    ]);
  });
});

describe('validateAdditional', () => {
  const input = {
    maritalStatus: 'married' as const,
    mothersMaidenName: "  Siti  Ma'rifah ",
    emergencyContact: { name: 'Budi Santoso', relation: 'spouse' as const, phone: '+62 813 1111 2222' },
  };

  it('normalises names and the phone', () => {
    expect(validateAdditional(input, ctx)).toEqual({
      ok: true,
      value: {
        maritalStatus: 'married',
        mothersMaidenName: "Siti Ma'rifah",
        emergencyContact: { name: 'Budi Santoso', relation: 'spouse', phone: '+6281311112222' },
      },
    });
  });

  it('wants an emergency contact who is someone else, and real names', () => {
    const own = { ...input, emergencyContact: { ...input.emergencyContact, phone: '0812 3456 7890' } };
    expect(validateAdditional(own, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'emergencyContact.phone', code: 'emergency_contact_is_member' }],
    });
    expect(validateAdditional({ ...input, mothersMaidenName: '12345' }, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'mothersMaidenName', code: 'name_invalid' }],
    });
  });
});
