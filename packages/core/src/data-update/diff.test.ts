/** The version history's diff: one entry per changed leaf, nothing for equal data, stable order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPersonData, diffRecords, flattenPersonData } from './diff.ts';
import { applyEntries, EMPTY_PERSON_DATA, type PersonData } from './person-data.ts';

const bank = { code: '002', accountNumber: '012345678901', holderName: 'RINA KARTIKA' };

describe('diffPersonData', () => {
  it('lists the leaves that changed, by path', () => {
    const before: PersonData = { ...EMPTY_PERSON_DATA, phone: '+6281234567890', bank };
    const after: PersonData = {
      ...before,
      phone: '+6281399998888',
      bank: { ...bank, accountNumber: '098765432109' },
      npwp: '0013121660091000',
    };
    expect(diffPersonData(before, after)).toEqual([
      { field: 'bank.accountNumber', before: '012345678901', after: '098765432109' },
      { field: 'npwp', before: null, after: '0013121660091000' },
      { field: 'phone', before: '+6281234567890', after: '+6281399998888' },
    ]);
  });

  it('shows an object that appears as its leaves', () => {
    expect(diffPersonData(EMPTY_PERSON_DATA, { ...EMPTY_PERSON_DATA, bank })).toEqual([
      { field: 'bank.accountNumber', before: null, after: '012345678901' },
      { field: 'bank.code', before: null, after: '002' },
      { field: 'bank.holderName', before: null, after: 'RINA KARTIKA' },
    ]);
  });

  it('names the items of a list by their index (the heirs)', () => {
    const one = { beneficiaries: [{ fullName: 'Ayu', shareBp: 10000 }] };
    const two = {
      beneficiaries: [
        { fullName: 'Ayu', shareBp: 5000 },
        { fullName: 'Budi', shareBp: 5000 },
      ],
    };
    expect(diffRecords(one, two)).toEqual([
      { field: 'beneficiaries.0.shareBp', before: '10000', after: '5000' },
      { field: 'beneficiaries.1.fullName', before: null, after: 'Budi' },
      { field: 'beneficiaries.1.shareBp', before: null, after: '5000' },
    ]);
  });

  it('is empty exactly when the data is the same, and applying the entries twice changes nothing (property)', () => {
    const text = fc.option(fc.string({ maxLength: 8 }), { nil: null });
    const data = fc.record({
      phone: text,
      email: text,
      npwp: text,
      bank: fc.option(fc.record({ code: fc.string(), accountNumber: fc.string(), holderName: fc.string() }), {
        nil: null,
      }),
      familyCardNumber: text,
      address: fc.constant(null),
      maritalStatus: fc.constantFrom(null, 'single' as const, 'married' as const),
      mothersMaidenName: text,
      emergencyContact: fc.constant(null),
    });
    fc.assert(
      fc.property(data, data, (a, b) => {
        expect(diffPersonData(a, a)).toEqual([]);
        const changes = diffPersonData(a, b);
        const fa = flattenPersonData(a);
        const fb = flattenPersonData(b);
        const same = [...new Set([...fa.keys(), ...fb.keys()])].every(
          (k) => (fa.get(k) ?? null) === (fb.get(k) ?? null),
        );
        expect(changes.length === 0).toBe(same);
        const contact = { phone: '+6281234567890', email: 'a@b.id' };
        expect(applyEntries(applyEntries(a, { contact }), { contact })).toEqual(applyEntries(a, { contact }));
      }),
    );
  });
});
